import { describe, expect, it } from 'vitest';
import {
  countsAsDone,
  loopCounts,
  loopSummary,
  nextRoundIndex,
  nextStep,
  stageStates,
  whatComesNext,
  withBreakSkipped,
  withStarted,
} from './full-loop.ts';
import type { LoopRecord } from './loop-records.ts';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 30, 9, 0);

const loop: LoopRecord = {
  id: 'L',
  templateId: 'full-loop',
  startedAt: T0,
  stages: [
    { kind: 'coding', minutes: 45, count: 1, family: 'algorithm' },
    { kind: 'break', minutes: 10 },
    { kind: 'coding', minutes: 45, count: 1, family: 'ml' },
  ],
};
const none = new Map<string, number | undefined>();

describe('full loop progress', () => {
  it('starts with the first round, and only the stage that is next may start', () => {
    const states = stageStates(loop, none, T0);
    expect(nextStep(states)).toEqual({ kind: 'start', index: 0 });
    expect(withStarted(loop, 2, 'r2', T0, states)).toBeNull();
    expect(withStarted(loop, 0, 'r1', T0, states)?.stages[0]).toMatchObject({ refId: 'r1', startedAt: T0 });
  });

  it('points back to a round that is still running', () => {
    const started = withStarted(loop, 0, 'r1', T0, stageStates(loop, none, T0))!;
    const states = stageStates(started, new Map([['r1', undefined]]), T0 + 5 * MIN);
    expect(nextStep(states)).toEqual({ kind: 'running', index: 0, refId: 'r1' });
    expect(withStarted(started, 0, 'again', T0, states)).toBeNull();
  });

  it('runs the break from the moment the round ended, by the wall clock', () => {
    const started = withStarted(loop, 0, 'r1', T0, stageStates(loop, none, T0))!;
    const ended = new Map([['r1', T0 + 40 * MIN]]);
    // Seen two minutes after the round ended: eight minutes of break left.
    const during = stageStates(started, ended, T0 + 42 * MIN);
    expect(during[1]).toEqual({ status: 'break', startsAt: T0 + 40 * MIN, endsAt: T0 + 50 * MIN });
    expect(nextStep(during)).toEqual({ kind: 'break', index: 1, endsAt: T0 + 50 * MIN });
    expect(withStarted(started, 2, 'r2', T0 + 42 * MIN, during)).toBeNull();
    // At the break's end the next round is up.
    const after = stageStates(started, ended, T0 + 50 * MIN);
    expect(after[1]).toEqual({ status: 'break-over', startsAt: T0 + 40 * MIN, endedAt: T0 + 50 * MIN });
    expect(nextStep(after)).toEqual({ kind: 'start', index: 2 });
  });

  it('ends a skipped break when it was skipped', () => {
    const started = withStarted(loop, 0, 'r1', T0, stageStates(loop, none, T0))!;
    const ended = new Map([['r1', T0 + 40 * MIN]]);
    const skipped = withBreakSkipped(started, T0 + 41 * MIN, stageStates(started, ended, T0 + 41 * MIN))!;
    const states = stageStates(skipped, ended, T0 + 41 * MIN);
    expect(states[1]).toEqual({ status: 'break-over', startsAt: T0 + 40 * MIN, endedAt: T0 + 41 * MIN });
    expect(nextStep(states)).toEqual({ kind: 'start', index: 2 });
    // Nothing to skip once the break is over.
    expect(withBreakSkipped(skipped, T0 + 42 * MIN, states)).toBeNull();
  });

  it('finishes when the last round ends and sums up each round against its time', () => {
    let l = withStarted(loop, 0, 'r1', T0, stageStates(loop, none, T0))!;
    const ends = new Map<string, number | undefined>([['r1', T0 + 45 * MIN]]);
    l = withStarted(l, 2, 'r2', T0 + 55 * MIN, stageStates(l, ends, T0 + 55 * MIN))!;
    ends.set('r2', T0 + 80 * MIN);
    const states = stageStates(l, ends, T0 + 81 * MIN);
    expect(nextStep(states)).toEqual({ kind: 'finished', endedAt: T0 + 80 * MIN });
    expect(
      loopSummary(l, states).map(({ index, refId, usedMs, allowedMs }) => ({ index, refId, usedMs, allowedMs })),
    ).toEqual([
      { index: 0, refId: 'r1', usedMs: 45 * MIN, allowedMs: 45 * MIN },
      { index: 2, refId: 'r2', usedMs: 25 * MIN, allowedMs: 45 * MIN },
    ]);
    // The summary marks a round that ran under 80% of its time as not counting, unless it was completed.
    expect(loopSummary(l, states).map((s) => s.counts)).toEqual([true, false]);
    expect(loopSummary(l, states, new Set(['r2'])).map((s) => s.counts)).toEqual([true, true]);
    expect(loopCounts(l, states, new Set())).toBe(false);
    expect(loopCounts(l, states, new Set(['r2']))).toBe(true);
  });

  it('counts a round from 80% of its length', () => {
    expect(countsAsDone(36 * MIN, 45 * MIN, false)).toBe(true);
    expect(countsAsDone(36 * MIN - 1, 45 * MIN, false)).toBe(false);
    expect(countsAsDone(0, 45 * MIN, true)).toBe(true);
  });

  it('names the next round after a stage, skipping breaks', () => {
    expect(nextRoundIndex(loop.stages, 0)).toBe(2);
    expect(nextRoundIndex(loop.stages, 2)).toBeUndefined();
  });

  it('says what comes after a stage, for the way back from a round to its loop', () => {
    const started = {
      stages: loop.stages.map((s, i) => (i === 0 ? { ...s, refId: 'r1' } : i === 2 ? { ...s, refId: 'r2' } : s)),
    };
    expect(whatComesNext(started, 'r1')).toBe('a 10-minute break, then ML coding');
    expect(whatComesNext(started, 'r2')).toBe('the loop summary');
    const phone = {
      stages: [
        { kind: 'coding' as const, minutes: 35, refId: 'c' },
        { kind: 'fundamentals' as const, minutes: 15 },
      ],
    };
    expect(whatComesNext(phone, 'c')).toBe('ML fundamentals');
  });
});
