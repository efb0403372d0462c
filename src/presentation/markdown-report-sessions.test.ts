import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../domain/loop-records.ts';
import { markdownReport, type ReportSession } from './markdown-report.ts';

const START = Date.UTC(2026, 10, 20, 9, 0);
const MIN = 60_000;

const fundamentals: SessionRecord = {
  id: 'f1',
  kind: 'fundamentals',
  startedAt: START,
  durationMs: 5 * MIN,
  questionIds: ['bv', 'leak', 'reg', 'drop'],
  endedAt: START + 4 * MIN,
  endReason: 'ended-early',
  items: [
    {
      questionId: 'bv',
      shownAt: START,
      answeredAt: START + 45_000,
      answer: 'Bias is error from wrong assumptions.\nVariance is sensitivity to the sample.',
      aloud: false,
      limitMs: 75_000,
      overran: false,
      grade: 'mechanism',
    },
    {
      questionId: 'leak',
      shownAt: START + MIN,
      answeredAt: START + MIN + 90_000,
      answer: '',
      aloud: true,
      limitMs: 75_000,
      overran: true,
      grade: 'definition',
    },
    { questionId: 'gone', shownAt: START + 3 * MIN, answer: '', aloud: false, limitMs: 75_000 },
  ],
};

const design: SessionRecord = {
  id: 'd1',
  kind: 'design',
  startedAt: START + 60 * MIN,
  durationMs: 60 * MIN,
  promptId: 'ads',
  promptTitle: 'Ads ranking',
  loopId: 'l1',
  endedAt: START + 80 * MIN,
  endReason: 'time-up',
  steps: [
    {
      step: 'clarify',
      budgetMs: 5 * MIN,
      startedAt: START + 60 * MIN,
      endedAt: START + 67 * MIN,
      notes: 'Which ad formats and placements?\nClick-through rate or conversions?',
    },
    { step: 'objective', budgetMs: 8 * MIN, startedAt: START + 67 * MIN, endedAt: START + 80 * MIN, notes: '' },
    { step: 'data', budgetMs: 10 * MIN, notes: '' },
    { step: 'model', budgetMs: 15 * MIN, notes: '' },
    { step: 'serving', budgetMs: 12 * MIN, notes: '' },
    { step: 'monitoring', budgetMs: 10 * MIN, notes: '' },
  ],
  numbers: { storage: '2 TB of logs a day', qps: '  ' },
};

const behavioral: SessionRecord = {
  id: 'b1',
  kind: 'behavioral',
  startedAt: START + 120 * MIN,
  durationMs: 45 * MIN,
  questionIds: ['conflict', 'failure'],
  items: [
    {
      questionId: 'conflict',
      storyId: 's1',
      shownAt: START + 120 * MIN,
      answeredAt: START + 120 * MIN + 100_000,
      notes: 'Situation: model drift\nResult: rollback in 10 min',
      structure: 'strong',
    },
    { questionId: 'failure', storyId: 'deleted', shownAt: START + 122 * MIN, notes: '' },
  ],
};

const sessions: ReportSession[] = [
  { session: fundamentals, questions: { bv: 'Explain the bias-variance trade-off.', leak: 'What is data leakage?' } },
  {
    session: design,
    keyPoints: {
      clarify: ['Ad formats and placements', 'Click-through rate versus conversion objective'],
      objective: ['Calibrated probabilities'],
    },
  },
  {
    session: behavioral,
    questions: { conflict: 'Tell me about a disagreement.', failure: 'Tell me about a failure.' },
    stories: { s1: 'Drift rollback' },
  },
];

function report(list: ReportSession[] = sessions): string {
  return markdownReport({ rounds: [], sessions: list, gaps: [], categories: [], now: START + DAY_MS });
}
const DAY_MS = 86_400_000;

describe('markdownReport: practice rounds', () => {
  it('counts them in the summary and lists them newest first', () => {
    const md = report();
    expect(md).toContain('- Practice rounds: 3 (1 ML fundamentals, 1 ML system design, 1 Behavioral)');
    const practice = md.indexOf('## Practice rounds');
    expect(practice).toBeGreaterThan(md.indexOf('## Rounds'));
    expect(practice).toBeLessThan(md.indexOf('## Gap log'));
    const order = [
      '### 2026-11-20 11:00 · Behavioral',
      '### 2026-11-20 10:00 · ML system design: Ads ranking',
      '### 2026-11-20 09:00 · ML fundamentals',
    ].map((h) => md.indexOf(h));
    expect(order.every((at) => at > practice)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(report([])).toContain('No practice rounds yet.');
  });

  it('counts practice rounds in the period the report covers', () => {
    const later = { ...behavioral, id: 'b2', startedAt: START + 3 * DAY_MS };
    expect(report([{ session: fundamentals }, { session: later }])).toContain('- Period: 2026-11-20 to 2026-11-23');
    expect(report([])).not.toContain('- Period:');
  });

  it('gives each fundamentals question its text, the answer or "answered aloud", time against the limit, the grade, and a summary', () => {
    const md = report();
    expect(md).toContain('- Length: 5 min planned, 4 min taken');
    expect(md).toContain('- End: ended early');
    expect(md).toContain(
      '- Summary: 3 of 4 questions asked; Definition only 1, Mechanism 1, Mechanism plus own example 0, not graded 1; 1 over the time limit',
    );
    expect(md).toContain(
      '1. Explain the bias-variance trade-off. (45 s of 1 min 15 s; graded Mechanism)\n\n   > Bias is error from wrong assumptions.\n   > Variance is sensitivity to the sample.',
    );
    expect(md).toContain(
      '2. What is data leakage? (answered aloud; 1 min 30 s of 1 min 15 s, over the limit by 15 s; graded Definition only)',
    );
    expect(md).toContain(
      '3. A question no longer in the bank (gone) (no answer recorded; not answered, limit 1 min 15 s; not graded)',
    );
  });

  it('gives the design prompt, each step with time against budget and notes, the numbers given and missing, and coverage', () => {
    const md = report();
    expect(md).toContain('- End: time up');
    expect(md).toContain('- Part of a full-loop simulation');
    expect(md).toContain('- Coverage: 2 of 3 key points (67%)');
    expect(md).toContain('- Numbers given: Storage: 2 TB of logs a day');
    expect(md).toContain('- Numbers missing: QPS, Latency budget, Refresh frequency');
    expect(md).toContain(
      '1. Clarify requirements: 7 min of 5 min, over budget by 2 min; 2 of 2 key points covered\n\n   > Which ad formats and placements?\n   > Click-through rate or conversions?',
    );
    expect(md).toContain('2. ML objective: 13 min of 8 min, over budget by 5 min; 0 of 1 key points covered; no notes');
    expect(md).toContain('3. Data: not reached');
    // A prompt gone from the bank: no coverage claimed.
    expect(report([{ session: design }])).toContain('- Coverage: not known, the prompt is no longer in the bank');
  });

  it('gives each behavioral question with the story used, notes and rating', () => {
    const md = report();
    expect(md).toContain('- Summary: 2 of 2 questions asked; structure strong 1, ok 0, weak 0, not rated 1');
    expect(md).toContain(
      '1. Tell me about a disagreement. (story: Drift rollback; 1 min 40 s of 1 min 30 s, over by 10 s; structure strong)\n\n   > Situation: model drift\n   > Result: rollback in 10 min',
    );
    expect(md).toContain(
      '2. Tell me about a failure. (story: a story since deleted; not finished; structure not rated; no notes)',
    );
  });

  it('keeps hostile answers, notes, figures, titles and story names inert', () => {
    const hostile =
      '# heading\n<script>alert(1)</script>\n| a | b |\n```js\n[link](javascript:alert(1))\n    indented\n- list\n<img src=x onerror=alert(1)>';
    const inline = '# h <b>x</b> | `y` [l](javascript:alert(1)) *z*';
    const withNotes = (s: SessionRecord): SessionRecord =>
      s.kind === 'fundamentals'
        ? { ...s, items: s.items.map((i) => ({ ...i, answer: hostile })) }
        : s.kind === 'design'
          ? {
              ...s,
              promptTitle: inline,
              steps: s.steps.map((st) => ({ ...st, notes: hostile })),
              numbers: { storage: inline, qps: inline },
            }
          : { ...s, items: s.items.map((i) => ({ ...i, notes: hostile })) };
    const md = report([
      { session: withNotes(fundamentals), questions: { bv: inline } },
      { session: withNotes(design), keyPoints: {} },
      { session: withNotes(behavioral), questions: {}, stories: { s1: inline } },
    ]);
    const lines = md.split('\n');
    // Only the report's own headings: none carries user text.
    expect(lines.filter((l) => /^\s{0,3}#/.test(l)).every((l) => !l.includes('heading') && !l.includes('<b>'))).toBe(
      true,
    );
    expect(lines.filter((l) => /^#{1,6} /.test(l)).filter((l) => l.includes('\\# h'))).toHaveLength(1); // the design title, escaped inside the report's heading
    // No HTML: every < and > is escaped, except the report's own blockquote markers.
    expect(lines.map((l) => l.replace(/^ *> ?/, '')).join('\n')).not.toMatch(/(?<!\\)[<>]/);
    expect(md).not.toContain('<script>');
    // No code spans or fences, no links, no tables.
    expect(md).not.toMatch(/(?<!\\)`/);
    expect(md).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
    expect(lines.some((l) => /^\s*\|/.test(l))).toBe(false);
    expect(md).not.toMatch(/(?<!\\)\|/);
    // Typed lines stay inside their quote: indented code and list markers do not survive.
    expect(md).toContain(
      '   > \\# heading\n   > \\<script\\>alert(1)\\</script\\>\n   > \\| a \\| b \\|\n   > \\`\\`\\`js\n   > \\[link\\](javascript:alert(1))\n   > indented\n   > \\- list',
    );
    expect(md).toContain('story: \\# h \\<b\\>x\\</b\\> \\| \\`y\\` \\[l\\](javascript:alert(1)) \\*z\\*');
    expect(md).toContain('- Numbers given: Storage: \\# h');
  });
});
