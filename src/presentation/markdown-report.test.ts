import { describe, expect, it } from 'vitest';
import type { GapEntry } from '../domain/gap-entry.ts';
import { blockquote, escapeMarkdown, markdownReport, type ReportInput, type ReportRound } from './markdown-report.ts';

const START = Date.UTC(2026, 10, 20, 9, 0);
const DAY = 86_400_000;

const round: ReportRound = {
  round: {
    id: 'r1',
    problemIds: ['two-sum', 'lru'],
    startedAt: START,
    durationMs: 45 * 60_000,
    interruptions: { mode: 'fixed', everyMin: 2, seed: 1 },
    endedAt: START + 38 * 60_000 + 12_000,
    endReason: 'ended-early',
  },
  events: [
    {
      type: 'round-started',
      roundId: 'r1',
      at: START,
      problemIds: ['two-sum', 'lru'],
      durationMs: 45 * 60_000,
      assists: 'off',
    },
    {
      type: 'verdict',
      roundId: 'r1',
      at: START + 60_000,
      problemId: 'two-sum',
      summary: {
        kind: 'run',
        status: 'failed',
        passed: 3,
        total: 8,
        firstFailure: { name: 'empty_input', status: 'wrong' },
        ms: 20,
      },
    },
    {
      type: 'verdict',
      roundId: 'r1',
      at: START + 90_000,
      problemId: 'two-sum',
      summary: { kind: 'run', status: 'accepted', passed: 8, total: 8, ms: 20 },
    },
    {
      type: 'verdict',
      roundId: 'r1',
      at: START + 95_000,
      problemId: 'two-sum',
      summary: { kind: 'submit', status: 'accepted', passed: 12, total: 12, ms: 30 },
    },
    {
      type: 'interruption-asked',
      roundId: 'r1',
      at: START + 120_000,
      slot: 0,
      questionId: 'q1',
      source: 'prompt',
      question: 'What is the complexity?',
      problemId: 'two-sum',
      code: '',
    },
    {
      type: 'interruption-answered',
      roundId: 'r1',
      at: START + 132_000,
      slot: 0,
      answer: 'O(n) time\nO(n) space',
      aloud: false,
      rating: 'clear',
      latencyMs: 12_000,
    },
    {
      type: 'interruption-asked',
      roundId: 'r1',
      at: START + 240_000,
      slot: 1,
      questionId: 'q2',
      source: 'prompt',
      question: 'Edge cases?',
      problemId: 'lru',
      code: '',
    },
    { type: 'round-ended', roundId: 'r1', at: START + 38 * 60_000 + 12_000, reason: 'ended-early' },
  ],
  titles: { 'two-sum': 'Two Sum', lru: 'LRU Cache' },
};

const gap = (over: Partial<GapEntry>): GapEntry => ({
  id: 'g',
  roundId: 'r1',
  problemId: 'two-sum',
  family: 'algorithm',
  tags: [],
  momentMs: 65_000,
  categories: ['edge-cases'],
  quote: 'I assumed the list was never empty',
  fix: 'List edge cases before coding',
  source: 'self',
  createdAt: START + DAY,
  redrill: { dueAt: START + 2 * DAY, intervalDays: 1, streak: 0, history: [] },
  status: 'open',
  ...over,
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
    const md = report({
      gaps: [
        gap({ id: 'a' }),
        gap({
          id: 'b',
          categories: ['complexity-analysis'],
          status: 'fixed',
          quote: 'n squared is fine',
          fix: 'Say the bound',
        }),
      ],
    });
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
    expect(md).toContain('| Two Sum | Accepted 8/8 | Accepted 12/12 |');
    expect(md).toContain('| LRU Cache | none | none |');
    expect(md).toContain('1. At 02:00 on Two Sum: What is the complexity? (answered after 12 s, rated clear)');
    expect(md).toContain('   > O(n) time\n   > O(n) space');
    expect(md).toContain('2. At 04:00 on LRU Cache: Edge cases? (not answered)');

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

  it('lists a gap with two categories once, naming both, and unknown or missing ones apart', () => {
    const md = report({
      gaps: [
        gap({ categories: ['testing', 'edge-cases'] }),
        gap({ id: 'x', categories: [] }),
        gap({ id: 'y', categories: ['retired'] }),
      ],
    });
    expect(md).toContain('### Edge cases (1)');
    expect(md).not.toContain('### Testing');
    expect(md.match(/I assumed the list was never empty/g)).toHaveLength(3); // once per entry: three entries
    expect(md).toContain('- Categories: Testing, Edge cases');
    expect(md).toContain('### Uncategorised (1)');
    expect(md).toContain('### retired (1)');
  });

  it('carries the narration coach’s figures for a round with a think-aloud recording, and none without', () => {
    const snapshot = (s: number) =>
      ({
        type: 'code-snapshot',
        roundId: round.round.id,
        at: round.round.startedAt + s * 1000,
        problemId: 'two-sum',
        code: 'x',
      }) as const;
    const md = report({
      rounds: [
        {
          ...round,
          events: [...round.events, snapshot(30)],
          narration: {
            speech: [
              { startMs: 0, endMs: 6_000 },
              { startMs: 66_000, endMs: 72_000 },
            ],
            recordedMs: 80_000,
            recordingOffsetMs: 2_000,
          },
        },
      ],
    });
    expect(md).toContain('- Think-aloud: 15% of 1:20 recorded was spoken; longest silence 1:00 (00:08–01:08)');
    expect(md).toContain('  - 1:00 silent while writing code, 00:08–01:08');
    expect(report()).not.toContain('Think-aloud');
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
      gaps: [
        gap({
          quote: '<script>alert(1)</script>\n# Not a heading\n    indented code\n- not a list\n1. not a list',
          fix: '**bold** | [link](http://evil) `code` _x_ #tag\n## two',
          tags: ['a|b'],
        }),
      ],
    });
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    // No `<` or `>` is left unescaped except the report's own blockquote markers.
    expect(
      md
        .split('\n')
        .map((l) => l.replace(/^ *> ?/, ''))
        .join('\n'),
    ).not.toMatch(/(?<!\\)[<>]/);
    expect(md).toContain('> \\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('> \\# Not a heading');
    expect(md).toContain('> indented code');
    expect(md).toContain('> \\- not a list');
    expect(md).toContain('> 1\\. not a list');
    expect(md).toContain('- Fix: \\*\\*bold\\*\\* \\| \\[link\\](http://evil) \\`code\\` \\_x\\_ \\#tag \\#\\# two');
    expect(md).toContain('| Two \\| Sum \\*\\*bold\\*\\* | Accepted 8/8 | Accepted 12/12 |');
    expect(md).toContain('- Tags: a\\|b');
    // Every table row still has exactly its three cells.
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) expect(line.split(/(?<!\\)\|/).length).toBe(5);
    // No line written from user text starts a heading.
    expect(
      md
        .split('\n')
        .filter((l) => /^#+ /.test(l))
        .every((l) => !l.includes('two') && !l.includes('Not a heading')),
    ).toBe(true);
  });
});

describe('markdownReport: what a paired round, stories, loops and plans add', () => {
  const card = {
    signals: {
      understanding: { rating: 4 as const, comment: 'Asked about empty input first' },
      technical: { rating: 2 as const, comment: '' },
      rationale: { rating: 3 as const, comment: '' },
      communication: { rating: 5 as const, comment: '' },
    },
    decision: 'no-hire' as const,
    summary: 'Practise writing the loop **without** help.',
  };
  const paired: ReportRound = {
    ...round,
    round: { ...round.round, interruptions: { mode: 'off', everyMin: 2, seed: 1 } },
    events: [
      ...round.events.map((e) => (e.type === 'interruption-asked' ? { ...e, source: 'interviewer' as const } : e)),
      { type: 'partner-feedback', roundId: 'r1', at: START + 40 * 60_000, scorecard: card, requestId: 'q' },
    ],
  };

  it('says a paired round’s questions came from the interviewer, not "off", and gives the scorecard and hire decision', () => {
    const md = report({ rounds: [paired] });
    expect(md).not.toContain('- Interruptions: off');
    expect(md).toContain('- Interruptions: none scheduled; 2 questions from your interviewer (paired round)');
    expect(md).toContain('- Hire decision: No hire');
    expect(md).toContain('- Problem understanding: 4 of 5 (strong): Asked about empty input first');
    expect(md).toContain('- Technical skill: 2 of 5 (weak)');
    expect(md).toContain('> Practise writing the loop \\*\\*without\\*\\* help.');
    expect(report()).toContain('- Interruptions: every 2 min');
  });

  it('lists stories with their drills, full loops with each round and whether it counts, and study plans', () => {
    const story = {
      id: 's1',
      title: 'Fixing a **bad** retrain',
      situation: '',
      task: '',
      action: '',
      result: '',
      tags: ['incident'],
      createdAt: START,
      updatedAt: START,
    };
    const drill = {
      id: 'd1',
      storyId: 's1',
      stage: 'full' as const,
      startedAt: START + 60_000,
      durationMs: 95_500,
      limitMs: 90_000,
      overrunMs: 5_500,
      probes: [],
      structure: 'strong' as const,
      specificity: null,
    };
    const loop = {
      id: 'L',
      templateId: 'full-loop',
      name: 'Full loop',
      startedAt: START,
      endedAt: START + 3 * 3_600_000,
      stages: [
        { kind: 'coding' as const, minutes: 45, refId: 'a', startedAt: START },
        { kind: 'break' as const, minutes: 10 },
        { kind: 'fundamentals' as const, minutes: 30, refId: 'b', startedAt: START + 3_600_000 },
      ],
    };
    const plan = {
      id: 'p',
      weeks: 2 as const,
      startsOn: START,
      interviewOn: START + 14 * DAY,
      createdAt: START,
      doneDays: [0, 1, 2],
    };
    const md = report({
      stories: [story],
      storyDrills: [drill],
      loops: [loop],
      plans: [plan],
      loopRefs: {
        ends: new Map([
          ['a', START + 45 * 60_000],
          ['b', START + 3_600_000 + 60_000],
        ]),
        completed: new Set(),
      },
    });
    expect(md).toContain('## Stories and story drills');
    expect(md).toContain('1 story, 1 drill.');
    expect(md).toContain('### Fixing a \\*\\*bad\\*\\* retrain');
    expect(md).toContain(
      '  - 2026-11-20 09:01: 90-second version, told in 1 min 36 s of 1 min 30 s, 6 s over; structure strong',
    );
    expect(md).toContain('## Full loops');
    expect(md).toContain('### 2026-11-20 09:00 · Full loop');
    expect(md).toContain('- Coding: 45 min of 45 min');
    expect(md).toContain('- ML fundamentals: 1 min of 30 min (ended early: does not count)');
    expect(md).toContain('## Study plans');
    expect(md).toContain('- 2 weeks from 2026-11-20 to the interview on 2026-12-04: 3 of 14 days ticked off');
    const empty = report();
    expect(empty).toContain('No stories yet.');
    expect(empty).toContain('No full loops yet.');
    expect(empty).toContain('No study plan yet.');
  });

  it('rounds part seconds up, as the round’s clock does', () => {
    const r: ReportRound = { ...round, round: { ...round.round, endedAt: START + 38 * 60_000 + 11_200 } };
    r.events = r.events.map((e) =>
      e.type === 'interruption-asked' && e.slot === 0 ? { ...e, at: START + 119_400 } : e,
    );
    const md = report({ rounds: [r] });
    // The clock shows 38:12 taken and the question at 02:00 (1:59.4 rounds up), written as on screen.
    expect(md).toContain('38 min 12 s taken');
    expect(md).toContain('1. At 02:00 on Two Sum');
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
