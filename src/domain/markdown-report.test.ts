import { describe, expect, it } from 'vitest';
import type { GapEntry } from './gap-entry.ts';
import { blockquote, escapeMarkdown, markdownReport, type ReportInput, type ReportRound } from './markdown-report.ts';

const START = Date.UTC(2026, 10, 20, 9, 0);
const DAY = 86_400_000;

const round: ReportRound = {
  round: { id: 'r1', problemIds: ['two-sum', 'lru'], startedAt: START, durationMs: 45 * 60_000, interruptions: { mode: 'fixed', everyMin: 2, seed: 1 }, endedAt: START + 38 * 60_000 + 12_000, endReason: 'ended-early' },
  events: [
    { type: 'round-started', roundId: 'r1', at: START, problemIds: ['two-sum', 'lru'], durationMs: 45 * 60_000, assists: 'off' },
    { type: 'verdict', roundId: 'r1', at: START + 60_000, problemId: 'two-sum', summary: { kind: 'run', status: 'failed', passed: 3, total: 8, firstFailure: { name: 'empty_input', status: 'wrong' }, ms: 20 } },
    { type: 'verdict', roundId: 'r1', at: START + 90_000, problemId: 'two-sum', summary: { kind: 'run', status: 'accepted', passed: 8, total: 8, ms: 20 } },
    { type: 'verdict', roundId: 'r1', at: START + 95_000, problemId: 'two-sum', summary: { kind: 'submit', status: 'accepted', passed: 12, total: 12, ms: 30 } },
    { type: 'interruption-asked', roundId: 'r1', at: START + 120_000, slot: 0, questionId: 'q1', source: 'prompt', question: 'What is the complexity?', problemId: 'two-sum', code: '' },
    { type: 'interruption-answered', roundId: 'r1', at: START + 132_000, slot: 0, answer: 'O(n) time\nO(n) space', aloud: false, rating: 'clear', latencyMs: 12_000 },
    { type: 'interruption-asked', roundId: 'r1', at: START + 240_000, slot: 1, questionId: 'q2', source: 'prompt', question: 'Edge cases?', problemId: 'lru', code: '' },
    { type: 'round-ended', roundId: 'r1', at: START + 38 * 60_000 + 12_000, reason: 'ended-early' },
  ],
  titles: { 'two-sum': 'Two Sum', lru: 'LRU Cache' },
};

const gap = (over: Partial<GapEntry>): GapEntry => ({
  id: 'g', roundId: 'r1', problemId: 'two-sum', family: 'algorithm', tags: [], momentMs: 65_000, categories: ['edge-cases'],
  quote: 'I assumed the list was never empty', fix: 'List edge cases before coding', source: 'self', createdAt: START + DAY,
  redrill: { dueAt: START + 2 * DAY, intervalDays: 1, streak: 0, history: [] }, status: 'open', ...over,
});

const categories = [
  { id: 'edge-cases', label: 'Edge cases' },
  { id: 'complexity-analysis', label: 'Complexity analysis' },
  { id: 'testing', label: 'Testing' },
];

function report(over: Partial<ReportInput> = {}): string {
  return markdownReport({ rounds: [round], gaps: [gap({})], categories, now: START + 3 * DAY, ...over });
}

describe('markdownReport', () => {
  it('has a summary, each round and the gap log', () => {
    const md = report({ gaps: [gap({ id: 'a' }), gap({ id: 'b', categories: ['complexity-analysis'], status: 'fixed', quote: 'n squared is fine', fix: 'Say the bound' })] });
    expect(md).toMatch(/^# Mockloop report\n/);
    expect(md).toContain('Printed 2026-11-23 09:00 (UTC).');
    expect(md).toContain('- Rounds: 1 (0 to time, 1 ended early, 0 not ended)');
    expect(md).toContain('- Problems: 2 attempted, 1 accepted on Submit');
    expect(md).toContain('- Interruptions: 2 asked, 1 answered, median latency 12 s');
    expect(md).toContain('- Gap log: 2 entries, 1 open (1 due), 1 fixed');

    expect(md).toContain('### 2026-11-20 09:00');
    expect(md).toContain('- Problems: Two Sum, LRU Cache');
    expect(md).toContain('- Length: 45 min planned, 38 min 12 s taken');
    expect(md).toContain('- End: ended early');
    expect(md).toContain('| Two Sum | accepted 8/8 | accepted 12/12 |');
    expect(md).toContain('| LRU Cache | none | none |');
    expect(md).toContain('1. At 2:00 on Two Sum: What is the complexity? (answered after 12 s, rated clear)');
    expect(md).toContain('   > O(n) time\n   > O(n) space');
    expect(md).toContain('2. At 4:00 on LRU Cache: Edge cases? (not answered)');

    const edge = md.indexOf('### Edge cases (1)');
    const complexity = md.indexOf('### Complexity analysis (1)');
    expect(edge).toBeGreaterThan(md.indexOf('## Gap log'));
    expect(complexity).toBeGreaterThan(edge);
    expect(md).not.toContain('### Testing');
    expect(md).toContain('#### 2026-11-21: Two Sum (open, re-drill due 2026-11-22 (overdue))');
    expect(md).toContain('> I assumed the list was never empty');
    expect(md).toContain('- Fix: List edge cases before coding');
    expect(md).toContain('- Due: 2026-11-22');
    expect(md).toContain('- Status: fixed');
    expect(md.slice(complexity)).toContain('> n squared is fine');
  });

  it('lists a gap under each of its categories, and unknown or missing ones apart', () => {
    const md = report({ gaps: [gap({ categories: ['edge-cases', 'testing'] }), gap({ id: 'x', categories: [] }), gap({ id: 'y', categories: ['retired'] })] });
    expect(md).toContain('### Edge cases (1)');
    expect(md).toContain('### Testing (1)');
    expect(md).toContain('### Uncategorised (1)');
    expect(md).toContain('### retired (1)');
  });

  it('says so when there is nothing yet', () => {
    const md = markdownReport({ rounds: [], gaps: [], categories, now: START });
    expect(md).toContain('No rounds yet.');
    expect(md).toContain('No gaps logged.');
    expect(md).toContain('- Rounds: 0 (0 to time, 0 ended early, 0 not ended)');
  });

  it('escapes user text so it cannot add HTML, emphasis, tables or headings', () => {
    const md = report({
      rounds: [{ ...round, titles: { 'two-sum': 'Two | Sum **bold**', lru: '<img src=x onerror=alert(1)>' } }],
      gaps: [gap({
        quote: '<script>alert(1)</script>\n# Not a heading\n    indented code\n- not a list\n1. not a list',
        fix: '**bold** | [link](http://evil) `code` _x_ #tag\n## two',
        tags: ['a|b'],
      })],
    });
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    // No `<` or `>` is left unescaped except the report's own blockquote markers.
    expect(md.split('\n').map((l) => l.replace(/^ *> ?/, '')).join('\n')).not.toMatch(/(?<!\\)[<>]/);
    expect(md).toContain('> \\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('> \\# Not a heading');
    expect(md).toContain('> indented code');
    expect(md).toContain('> \\- not a list');
    expect(md).toContain('> 1\\. not a list');
    expect(md).toContain('- Fix: \\*\\*bold\\*\\* \\| \\[link\\](http://evil) \\`code\\` \\_x\\_ \\#tag \\#\\# two');
    expect(md).toContain('| Two \\| Sum \\*\\*bold\\*\\* | accepted 8/8 | accepted 12/12 |');
    expect(md).toContain('- Tags: a\\|b');
    // Every table row still has exactly its three cells.
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) expect(line.split(/(?<!\\)\|/).length).toBe(5);
    // No line written from user text starts a heading.
    expect(md.split('\n').filter((l) => /^#+ /.test(l)).every((l) => !l.includes('two') && !l.includes('Not a heading'))).toBe(true);
  });
});

describe('escaping helpers', () => {
  it('escapes each Markdown and HTML character and folds line breaks', () => {
    expect(escapeMarkdown('\\ ` * _ [ ] < > # |')).toBe('\\\\ \\` \\* \\_ \\[ \\] \\< \\> \\# \\|');
    expect(escapeMarkdown('a\nb\r\nc')).toBe('a b c');
  });

  it('quotes line by line', () => {
    expect(blockquote('one\n\n  two')).toBe('> one\n>\n> two');
    expect(blockquote('---')).toBe('> \\---');
    expect(blockquote('> nested')).toBe('> \\> nested');
  });
});
