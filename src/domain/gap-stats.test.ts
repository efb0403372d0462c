import { describe, expect, it } from 'vitest';
import type { FailureCategory, GapEntry } from './gap-entry.ts';
import { DAY_MS } from './gap-schedule.ts';
import {
  entriesPerCategoryByWeek,
  filterGaps,
  firstRunPassRate,
  interruptionLatency,
  medianTimeToFirstPass,
  recommendNext,
  submitPassRate,
  weekStartOf,
  weeklySeries,
  type RoundFacts,
} from './gap-stats.ts';
import type { RunKind, RunSummary, TimelineEvent } from './timeline.ts';

// Fixed clock: Monday 2025-03-10 00:00 UTC, and the Monday before.
const MON = Date.UTC(2025, 2, 10);
const PREV_MON = Date.UTC(2025, 2, 3);
const WEEK = 7 * DAY_MS;
const FAR = MON + 365 * DAY_MS;

function entry(id: string, over: Partial<GapEntry> = {}): GapEntry {
  return {
    id,
    roundId: 'r1',
    problemId: 'two-sum',
    family: 'algorithm',
    tags: ['hash-map'],
    momentMs: 0,
    categories: ['edge-cases'],
    quote: 'q',
    fix: 'f',
    source: 'self',
    createdAt: MON,
    // Not due unless a test says so.
    redrill: { dueAt: FAR, intervalDays: 1, streak: 0, history: [] },
    status: 'open',
    ...over,
  };
}

const ids = (es: readonly GapEntry[]) => es.map((e) => e.id);

describe('filterGaps', () => {
  const entries = [
    entry('a', { categories: ['edge-cases', 'testing'], createdAt: MON }),
    entry('b', {
      categories: ['testing'],
      family: 'ml',
      problemId: 'k-fold',
      tags: ['cross-validation'],
      createdAt: MON + DAY_MS,
    }),
    entry('c', {
      categories: ['rambling-answer'],
      family: null,
      problemId: null,
      tags: [],
      createdAt: MON + 2 * DAY_MS,
      status: 'fixed',
    }),
  ];

  it('filters by each field on its own', () => {
    expect(ids(filterGaps(entries, { category: 'testing' }))).toEqual(['a', 'b']);
    expect(ids(filterGaps(entries, { family: 'ml' }))).toEqual(['b']);
    expect(ids(filterGaps(entries, { tag: 'hash-map' }))).toEqual(['a']);
    expect(ids(filterGaps(entries, { problemId: 'k-fold' }))).toEqual(['b']);
    expect(ids(filterGaps(entries, { status: 'fixed' }))).toEqual(['c']);
    expect(ids(filterGaps(entries, { status: 'open' }))).toEqual(['a', 'b']);
    expect(ids(filterGaps(entries, {}))).toEqual(['a', 'b', 'c']);
  });

  it('combines filters', () => {
    expect(ids(filterGaps(entries, { category: 'testing', family: 'algorithm' }))).toEqual(['a']);
    expect(ids(filterGaps(entries, { category: 'rambling-answer', status: 'open' }))).toEqual([]);
  });

  it('treats the date range as inclusive at both ends', () => {
    expect(ids(filterGaps(entries, { from: MON + DAY_MS, to: MON + 2 * DAY_MS }))).toEqual(['b', 'c']);
    expect(ids(filterGaps(entries, { from: MON + DAY_MS + 1 }))).toEqual(['c']);
    expect(ids(filterGaps(entries, { to: MON + DAY_MS - 1 }))).toEqual(['a']);
    expect(ids(filterGaps(entries, { from: MON, to: MON }))).toEqual(['a']);
  });
});

describe('weeks', () => {
  it('start on Monday 00:00 UTC', () => {
    expect(weekStartOf(MON)).toBe(MON);
    expect(weekStartOf(MON - 1)).toBe(PREV_MON);
    expect(weekStartOf(MON + WEEK - 1)).toBe(MON);
    expect(weekStartOf(Date.UTC(1970, 0, 1))).toBe(Date.UTC(1969, 11, 29));
  });
});

describe('entriesPerCategoryByWeek', () => {
  const categories = ['edge-cases', 'testing', 'rambling-answer'];

  it('buckets by Monday-start weeks, oldest first, with zeros for absent categories', () => {
    const entries = [
      entry('sun-late', { createdAt: MON - 1, categories: ['edge-cases'] }),
      entry('mon-midnight', { createdAt: MON, categories: ['edge-cases', 'testing'] }),
      entry('wed', { createdAt: MON + 2 * DAY_MS, categories: ['testing'] }),
      entry('too-old', { createdAt: PREV_MON - 1, categories: ['edge-cases'] }),
      entry('unlisted', { createdAt: MON, categories: ['coding-speed'] }),
    ];
    expect(entriesPerCategoryByWeek(entries, categories, MON + 3 * DAY_MS, 2)).toEqual([
      { weekStart: PREV_MON, counts: { 'edge-cases': 1, testing: 0, 'rambling-answer': 0 } },
      { weekStart: MON, counts: { 'edge-cases': 1, testing: 2, 'rambling-answer': 0 } },
    ]);
  });

  it('ends at the week containing now, so a Sunday-night now excludes Monday', () => {
    const entries = [entry('mon', { createdAt: MON })];
    const result = entriesPerCategoryByWeek(entries, categories, MON - 1, 3);
    expect(result.map((w) => w.weekStart)).toEqual([PREV_MON - 2 * WEEK, PREV_MON - WEEK, PREV_MON]);
    expect(result.every((w) => w.counts['edge-cases'] === 0)).toBe(true);
    expect(entriesPerCategoryByWeek(entries, categories, MON, 1)).toEqual([
      { weekStart: MON, counts: { 'edge-cases': 1, testing: 0, 'rambling-answer': 0 } },
    ]);
  });
});

// Rounds, built from the few events the statistics read.
const MIN = 60_000;
const verdict = (roundId: string, at: number, kind: RunKind, status: RunSummary['status']): TimelineEvent => ({
  type: 'verdict',
  roundId,
  at,
  problemId: 'p',
  summary: { kind, status, passed: status === 'accepted' ? 3 : 1, total: 3, ms: 5 },
});
const answered = (roundId: string, at: number, latencyMs: number): TimelineEvent => ({
  type: 'interruption-answered',
  roundId,
  at,
  slot: at,
  answer: 'a',
  aloud: true,
  rating: null,
  latencyMs,
});
function round(roundId: string, startedAt: number, events: (id: string, t0: number) => TimelineEvent[]): RoundFacts {
  return { roundId, startedAt, events: events(roundId, startedAt) };
}

describe('round statistics', () => {
  const rounds: RoundFacts[] = [
    // First run fails, a later run passes at 10 min; one submit accepted.
    round('r1', MON, (id, t) => [
      verdict(id, t + 4 * MIN, 'run', 'failed'),
      verdict(id, t + 10 * MIN, 'run', 'accepted'),
      verdict(id, t + 12 * MIN, 'submit', 'accepted'),
    ]),
    // Events stored out of order: the first run (at 3 min) passed. Submit failed, then accepted.
    round('r2', MON + DAY_MS, (id, t) => [
      verdict(id, t + 20 * MIN, 'submit', 'accepted'),
      verdict(id, t + 8 * MIN, 'run', 'failed'),
      verdict(id, t + 3 * MIN, 'run', 'accepted'),
      verdict(id, t + 15 * MIN, 'submit', 'failed'),
    ]),
    // Python unavailable first, then a real failed run; never passes.
    round('r3', MON + 2 * DAY_MS, (id, t) => [
      verdict(id, t + 1 * MIN, 'run', 'unavailable'),
      verdict(id, t + 2 * MIN, 'run', 'error'),
      verdict(id, t + 30 * MIN, 'submit', 'failed'),
    ]),
    // Only a submit, accepted at 25 min; no run.
    round('r4', MON + 3 * DAY_MS, (id, t) => [
      verdict(id, t + 25 * MIN, 'submit', 'accepted'),
      answered(id, t + 26 * MIN, 4_000),
    ]),
  ];

  it('first-run pass rate counts each round once, by its first judged run', () => {
    // r1 failed, r2 passed, r3 errored (the unavailable verdict is not a judgement); r4 has no run.
    expect(firstRunPassRate(rounds)).toBeCloseTo(1 / 3, 12);
    expect(firstRunPassRate([rounds[1]!])).toBe(1);
    expect(firstRunPassRate([rounds[3]!])).toBeNull();
    expect(firstRunPassRate([])).toBeNull();
  });

  it('submit pass rate is the share of all submit verdicts accepted', () => {
    expect(submitPassRate(rounds)).toBe(3 / 5);
    expect(submitPassRate([round('x', MON, (id, t) => [verdict(id, t, 'submit', 'unavailable')])])).toBeNull();
    expect(
      submitPassRate(
        [rounds[0]!].map((r) => ({
          ...r,
          events: r.events.filter((e) => e.type !== 'verdict' || e.summary.kind === 'run'),
        })),
      ),
    ).toBeNull();
    expect(submitPassRate([])).toBeNull();
  });

  it('median time to first pass uses each round that passed at all', () => {
    // r1 10 min, r2 3 min, r4 25 min; r3 never passed.
    expect(medianTimeToFirstPass(rounds)).toBe(10 * MIN);
    // Even count: mean of the middle two (3 and 10 minutes).
    expect(medianTimeToFirstPass(rounds.slice(0, 2))).toBe(6.5 * MIN);
    expect(medianTimeToFirstPass([rounds[2]!])).toBeNull();
    expect(medianTimeToFirstPass([])).toBeNull();
  });

  it('interruption latency is the median over every answered interruption', () => {
    const withAnswers = [
      round('a', MON, (id, t) => [answered(id, t + MIN, 9_000), answered(id, t + 2 * MIN, 1_000)]),
      round('b', MON, (id, t) => [answered(id, t + MIN, 2_000)]),
    ];
    expect(interruptionLatency(withAnswers)).toEqual({ median: 2_000, count: 3 });
    expect(interruptionLatency(rounds)).toEqual({ median: 4_000, count: 1 });
    expect(interruptionLatency(rounds.slice(0, 3))).toBeNull();
    expect(interruptionLatency([])).toBeNull();
  });

  it('weekly series groups rounds by the week of their start, Monday 00:00 UTC', () => {
    const lastWeek = round('sun', MON - 1, (id, t) => [verdict(id, t + MIN, 'submit', 'failed')]);
    const series = weeklySeries([...rounds, lastWeek], MON + 5 * DAY_MS, 3, submitPassRate);
    expect(series).toEqual([
      { weekStart: PREV_MON - WEEK, value: null },
      { weekStart: PREV_MON, value: 0 },
      { weekStart: MON, value: 3 / 5 },
    ]);
    expect(weeklySeries(rounds, MON, 2, (rs) => rs.length)).toEqual([
      { weekStart: PREV_MON, value: 0 },
      { weekStart: MON, value: 4 },
    ]);
  });
});

describe('recommendNext', () => {
  const cat = (id: string): FailureCategory => ({ id, label: id, description: '' });
  const A = cat('edge-cases');
  const B = cat('testing');
  const C = cat('rambling-answer');
  const now = MON + 30 * DAY_MS;
  const ago = (days: number) => now - days * DAY_MS;
  const overdue = { dueAt: now - 1, intervalDays: 1, streak: 0, history: [] };

  it('returns null without open entries', () => {
    expect(recommendNext([], now, [A, B])).toBeNull();
    expect(recommendNext([entry('f', { status: 'fixed', createdAt: now })], now, [A, B])).toBeNull();
  });

  it('ranks categories by frequency, ignoring fixed entries', () => {
    const entries = [
      entry('a1', { categories: ['edge-cases'], createdAt: now }),
      entry('b1', { categories: ['testing'], createdAt: now }),
      entry('b2', { categories: ['testing', 'edge-cases'], createdAt: now }),
      entry('b3', { categories: ['testing'], createdAt: now }),
      entry('a-fixed', { categories: ['edge-cases'], createdAt: now, status: 'fixed' }),
      entry('a-fixed2', { categories: ['edge-cases'], createdAt: now, status: 'fixed' }),
    ];
    expect(recommendNext(entries, now, [A, B, C])).toEqual({
      category: B,
      score: 3,
      reason: '3 entries in the last 2 weeks',
    });
  });

  it('halves an entry’s weight every week of age', () => {
    const oldPair = [entry('o1', { createdAt: ago(7) }), entry('o2', { createdAt: ago(14) })];
    expect(recommendNext(oldPair, now, [A])?.score).toBeCloseTo(0.75, 12);
    // One fresh entry (1) beats two fortnight-old ones (0.25 + 0.25), though it is fewer.
    const entries = [
      entry('fresh', { categories: ['testing'], createdAt: now }),
      entry('old1', { categories: ['edge-cases'], createdAt: ago(14) }),
      entry('old2', { categories: ['edge-cases'], createdAt: ago(14) }),
    ];
    expect(recommendNext(entries, now, [A, B])).toMatchObject({ category: B, score: 1 });
    expect(recommendNext([entry('ancient', { createdAt: ago(28) })], now, [A])).toEqual({
      category: A,
      score: 0.0625,
      reason: '1 older open entry',
    });
  });

  it('adds one per overdue re-drill', () => {
    const entries = [
      entry('fresh', { categories: ['testing'], createdAt: now }),
      entry('fresh2', { categories: ['testing'], createdAt: ago(7) }),
      entry('late', { categories: ['edge-cases'], createdAt: ago(7), redrill: overdue }),
    ];
    // testing: 1 + 0.5 = 1.5; edge-cases: 0.5 + 1 = 1.5 — a tie, so the listed order decides.
    expect(recommendNext(entries, now, [A, B])).toEqual({
      category: A,
      score: 1.5,
      reason: '1 entry in the last 2 weeks, 1 re-drill overdue',
    });
    expect(recommendNext(entries, now, [B, A])).toEqual({
      category: B,
      score: 1.5,
      reason: '2 entries in the last 2 weeks',
    });
    const later = [...entries, entry('late2', { categories: ['edge-cases'], createdAt: ago(21), redrill: overdue })];
    expect(recommendNext(later, now, [B, A])).toEqual({
      category: A,
      score: 2.625,
      reason: '1 entry in the last 2 weeks, 2 re-drills overdue',
    });
  });

  it('breaks exact ties by the order of the categories given', () => {
    const entries = [entry('x', { categories: ['testing', 'rambling-answer'], createdAt: ago(3) })];
    expect(recommendNext(entries, now, [C, B])?.category).toBe(C);
    expect(recommendNext(entries, now, [B, C])?.category).toBe(B);
    // Categories outside the list are never recommended.
    expect(recommendNext(entries, now, [A])).toBeNull();
  });
});
