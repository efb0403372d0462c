// Properties of the timeline reducers over event logs shaped as the round page writes them: each
// reducer is checked against a short oracle written here, and the interruption reducers against
// the state of a small simulated round.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  askedQuestionIds,
  askedSlots,
  endOf,
  givenWarnings,
  interruptions,
  lastCode,
  lastRunFailedSince,
  latestVerdicts,
  openInterruption,
  sortTimeline,
  type AnsweredEvent,
  type AskedEvent,
  type RunKind,
  type RunSummary,
  type TimelineEvent,
} from './timeline.ts';

const ROUND_ID = 'r1';
/**
 * Problem ids come from the bank, but also from imported backup files, which check only that an
 * id is a non-empty string; so names that live on Object.prototype are included.
 */
const problemId = fc.constantFrom('two-sum', 'lru-cache', 'k-means', '__proto__', 'constructor', 'toString');
const code = fc.string({ maxLength: 8 });
const RUN_KINDS: readonly RunKind[] = ['run', 'submit'];
const runKind = fc.constantFrom(...RUN_KINDS);
const summary: fc.Arbitrary<RunSummary> = fc.record({
  kind: runKind,
  status: fc.constantFrom('accepted', 'failed', 'error', 'unavailable'),
  passed: fc.nat(10),
  total: fc.nat(10),
  ms: fc.nat(1000),
});

/** One thing that happens in a round; the simulator turns it into an event when it can happen. */
type Step =
  | { kind: 'snapshot'; problemId: string; code: string }
  | { kind: 'run'; problemId: string; run: RunKind }
  | { kind: 'verdict'; problemId: string; summary: RunSummary }
  | { kind: 'warning'; minutesLeft: number }
  | { kind: 'ask'; skip: number; questionId: string; problemId: string; code: string }
  | { kind: 'answer'; answer: string; aloud: boolean };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('snapshot'), problemId, code }),
  fc.record({ kind: fc.constant('run'), problemId, run: runKind }),
  fc.record({ kind: fc.constant('verdict'), problemId, summary }),
  fc.record({ kind: fc.constant('warning'), minutesLeft: fc.constantFrom(10, 5, 1) }),
  fc.record({
    kind: fc.constant('ask'),
    skip: fc.nat(2),
    questionId: fc.constantFrom('q1', 'q2', 'followup-0'),
    problemId,
    code,
  }),
  fc.record({ kind: fc.constant('answer'), answer: fc.string({ maxLength: 6 }), aloud: fc.boolean() }),
);

/** The event for a step that needs no round state. */
function plainEvent(s: Exclude<Step, { kind: 'ask' | 'answer' }>, at: number): TimelineEvent {
  const base = { roundId: ROUND_ID, at };
  switch (s.kind) {
    case 'snapshot':
      return { ...base, type: 'code-snapshot', problemId: s.problemId, code: s.code };
    case 'run':
      return { ...base, type: 'run', problemId: s.problemId, kind: s.run };
    case 'verdict':
      return { ...base, type: 'verdict', problemId: s.problemId, summary: s.summary };
    case 'warning':
      return { ...base, type: 'warning', minutesLeft: s.minutesLeft };
  }
}

interface SimulatedRound {
  events: TimelineEvent[];
  /** After each event: the question asked and not yet answered, if any. */
  openAfter: (AskedEvent | undefined)[];
}

/**
 * A round as the app writes it: times never go back (ties allowed), at most one question is open,
 * slots only move forward (missed ones are skipped), and an answer follows its question.
 */
function simulate(steps: readonly Step[], gaps: readonly number[], ended: boolean): SimulatedRound {
  const events: TimelineEvent[] = [];
  const openAfter: (AskedEvent | undefined)[] = [];
  let at = 1_000;
  let open: AskedEvent | undefined;
  let nextSlot = 0;
  const push = (e: TimelineEvent) => {
    events.push(e);
    openAfter.push(open);
  };
  push({
    type: 'round-started',
    roundId: ROUND_ID,
    at,
    problemIds: ['two-sum'],
    durationMs: 45 * 60_000,
    assists: 'off',
  });
  steps.forEach((s, i) => {
    at += gaps[i % gaps.length] ?? 0;
    const base = { roundId: ROUND_ID, at };
    switch (s.kind) {
      case 'snapshot':
      case 'run':
      case 'verdict':
      case 'warning':
        return push(plainEvent(s, at));
      case 'ask': {
        if (open) return;
        const slot = nextSlot + s.skip;
        nextSlot = slot + 1;
        open = {
          ...base,
          type: 'interruption-asked',
          slot,
          questionId: s.questionId,
          source: 'prompt',
          question: 'Why?',
          problemId: s.problemId,
          code: s.code,
        };
        return push(open);
      }
      case 'answer': {
        if (!open) return;
        const answered: AnsweredEvent = {
          ...base,
          type: 'interruption-answered',
          slot: open.slot,
          answer: s.answer,
          aloud: s.aloud,
          rating: null,
          latencyMs: at - open.at,
        };
        open = undefined;
        return push(answered);
      }
    }
  });
  if (ended) push({ type: 'round-ended', roundId: ROUND_ID, at: at + 1, reason: 'time-up' });
  return { events, openAfter };
}

const round = fc
  .tuple(fc.array(step, { maxLength: 30 }), fc.array(fc.nat(5_000), { minLength: 1, maxLength: 5 }), fc.boolean())
  .map(([steps, gaps, ended]) => simulate(steps, gaps, ended));

/** Events in any order with any times, as after a merge of imported logs. */
const jumbled = fc
  .tuple(round, fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 40 }), fc.nat())
  .map(([r, times, seed]) => {
    const events = r.events.map((e, i) => ({ ...e, at: times[i % times.length]! }));
    // A seeded Fisher–Yates shuffle, so the shrinker keeps the same order for the same seed.
    let s = seed >>> 0;
    for (let i = events.length - 1; i > 0; i--) {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      const j = s % (i + 1);
      [events[i], events[j]] = [events[j]!, events[i]!];
    }
    return events;
  });

/**
 * Events with no rules at all: questions left open, answers for slots never asked, several ends,
 * as a log merged from damaged or hand-edited files could hold.
 */
const loose: fc.Arbitrary<TimelineEvent[]> = fc.array(
  fc
    .tuple(
      step,
      fc.nat(3),
      fc.integer({ min: 0, max: 20 }),
      fc.constantFrom<'step' | 'end'>('step', 'step', 'step', 'end'),
    )
    .map(([s, slot, at, what]): TimelineEvent => {
      const base = { roundId: ROUND_ID, at };
      if (what === 'end') return { ...base, type: 'round-ended', reason: slot % 2 === 0 ? 'time-up' : 'ended-early' };
      if (s.kind === 'ask')
        return {
          ...base,
          type: 'interruption-asked',
          slot,
          questionId: s.questionId,
          source: 'followup',
          question: 'Why?',
          problemId: s.problemId,
          code: s.code,
        };
      if (s.kind === 'answer')
        return {
          ...base,
          type: 'interruption-answered',
          slot,
          answer: s.answer,
          aloud: s.aloud,
          rating: 'clear',
          latencyMs: 5,
        };
      return plainEvent(s, at);
    }),
  { maxLength: 25 },
);

const anyLog = fc.oneof(
  round.map((r) => r.events),
  jumbled,
  loose,
);

/** Entries of a record, key-sorted, whatever keys it has (own ones only). */
function entries<T>(record: Record<string, T>): [string, T][] {
  return Object.keys(record)
    .sort()
    .map((k) => [k, record[k]!]);
}

function sortedEntries<T>(map: Map<string, T>): [string, T][] {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

describe('sortTimeline (properties)', () => {
  it('orders by time, keeps insertion order on ties, and matches an insertion sort', () => {
    fc.assert(
      fc.property(anyLog, (events) => {
        const before = [...events];
        const sorted = sortTimeline(events);
        const oracle: TimelineEvent[] = [];
        for (const e of events) {
          let i = oracle.length;
          while (i > 0 && oracle[i - 1]!.at > e.at) i--;
          oracle.splice(i, 0, e);
        }
        expect(sorted).toHaveLength(events.length);
        sorted.forEach((e, i) => expect(e).toBe(oracle[i]));
        expect(events).toEqual(before);
      }),
    );
  });

  it('is idempotent, and leaves a log written in time order as it is', () => {
    fc.assert(
      fc.property(anyLog, round, (events, r) => {
        const once = sortTimeline(events);
        expect(sortTimeline(once)).toEqual(once);
        sortTimeline(r.events).forEach((e, i) => expect(e).toBe(r.events[i]));
      }),
    );
  });
});

describe('code and verdict reducers (properties)', () => {
  it('lastCode gives, for each problem with a snapshot, the code of its last snapshot', () => {
    fc.assert(
      fc.property(anyLog, (events) => {
        const oracle = new Map<string, string>();
        for (const e of events) if (e.type === 'code-snapshot') oracle.set(e.problemId, e.code);
        expect(entries(lastCode(events))).toEqual(sortedEntries(oracle));
      }),
    );
  });

  it('latestVerdicts gives the last verdict per problem and kind, and touches no other object', () => {
    fc.assert(
      fc.property(anyLog, (events) => {
        const oracle = new Map<string, Partial<Record<RunKind, RunSummary>>>();
        for (let i = events.length - 1; i >= 0; i--) {
          const e = events[i]!;
          if (e.type !== 'verdict') continue;
          const byKind = oracle.get(e.problemId) ?? {};
          byKind[e.summary.kind] ??= e.summary;
          oracle.set(e.problemId, byKind);
        }
        const verdicts = latestVerdicts(events);
        // A problem id such as "__proto__" must not reach Object.prototype (undone here, so one
        // failure does not leak into the next run).
        const polluted = RUN_KINDS.filter((k) => Object.hasOwn(Object.prototype, k));
        for (const k of polluted) delete (Object.prototype as Record<string, unknown>)[k];
        expect(polluted).toEqual([]);
        expect(entries(verdicts)).toEqual(sortedEntries(oracle));
      }),
    );
  });

  it('lastRunFailedSince is whether the last verdict for the problem at or after `since` did not pass', () => {
    // `since` is often the time of a verdict in the log, where >= and > differ, and the problem often one judged.
    const logAndQuery = anyLog.chain((events) => {
      const verdicts = events.flatMap((e) => (e.type === 'verdict' ? [e] : []));
      const pick =
        verdicts.length > 0
          ? fc.constantFrom(...verdicts).map((v) => [v.at, v.problemId] as const)
          : fc.constant([0, 'two-sum'] as const);
      return fc.tuple(fc.constant(events), fc.oneof(fc.tuple(fc.integer({ min: -10, max: 200_000 }), problemId), pick));
    });
    fc.assert(
      fc.property(logAndQuery, ([events, [since, id]]) => {
        const verdicts = events.filter((e) => e.type === 'verdict' && e.problemId === id && e.at >= since);
        const last = verdicts[verdicts.length - 1];
        const oracle = last !== undefined && last.type === 'verdict' && last.summary.status !== 'accepted';
        expect(lastRunFailedSince(events, since, id)).toBe(oracle);
      }),
    );
  });

  it('givenWarnings lists every warning in order; endOf is the first end event', () => {
    fc.assert(
      fc.property(anyLog, (events) => {
        const warnings: number[] = [];
        let end: TimelineEvent | undefined;
        for (const e of events) {
          if (e.type === 'warning') warnings.push(e.minutesLeft);
          if (e.type === 'round-ended' && end === undefined) end = e;
        }
        expect(givenWarnings(events)).toEqual(warnings);
        expect(endOf(events)).toBe(end);
      }),
    );
  });
});

describe('interruption reducers (properties)', () => {
  it('openInterruption is, after every event, the question asked and not yet answered', () => {
    fc.assert(
      fc.property(round, ({ events, openAfter }) => {
        openAfter.forEach((open, i) => expect(openInterruption(events.slice(0, i + 1))).toBe(open));
      }),
    );
  });

  it('openInterruption is the first question whose slot has no answer anywhere in the log', () => {
    fc.assert(
      fc.property(anyLog, (events) => {
        const answered = events.flatMap((e) => (e.type === 'interruption-answered' ? [e.slot] : []));
        const oracle = events.find((e) => e.type === 'interruption-asked' && !answered.includes(e.slot));
        expect(openInterruption(events)).toBe(oracle);
      }),
    );
  });

  it('interruptions lists every question once in order, each with its own later answer, none lost', () => {
    fc.assert(
      fc.property(round, ({ events }) => {
        const list = interruptions(events);
        const asked = events.filter((e) => e.type === 'interruption-asked');
        const answers = events.filter((e) => e.type === 'interruption-answered');
        expect(list).toHaveLength(asked.length);
        list.forEach((x, i) => expect(x.asked).toBe(asked[i]));
        for (const { asked: q, answered: a } of list) {
          if (!a) continue;
          expect(a.slot).toBe(q.slot);
          expect(events.indexOf(a)).toBeGreaterThan(events.indexOf(q));
        }
        // Every answer pairs with exactly one earlier question.
        const paired = list.flatMap((x) => (x.answered ? [x.answered] : []));
        expect(paired).toHaveLength(answers.length);
        answers.forEach((a) => expect(paired).toContain(a));
        // At most one is unanswered: the open one, asked last.
        const unanswered = list.filter((x) => !x.answered).map((x) => x.asked);
        expect(unanswered).toEqual(openInterruption(events) ? [openInterruption(events)] : []);
        if (unanswered.length > 0) expect(list[list.length - 1]!.asked).toBe(unanswered[0]);
      }),
    );
  });

  it('askedSlots and askedQuestionIds hold exactly the slots and ids of the questions asked', () => {
    fc.assert(
      fc.property(anyLog, (events) => {
        const asked = events.flatMap((e) => (e.type === 'interruption-asked' ? [e] : []));
        expect([...askedSlots(events)].sort((a, b) => a - b)).toEqual(
          [...new Set(asked.map((e) => e.slot))].sort((a, b) => a - b),
        );
        expect([...askedQuestionIds(events)].sort()).toEqual([...new Set(asked.map((e) => e.questionId))].sort());
      }),
    );
  });
});
