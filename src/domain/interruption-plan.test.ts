import { describe, expect, it } from 'vitest';
import { dueInterruption, type InterruptionInput } from './interruption-plan.ts';
import type { Prompt } from './interruption-scheduler.ts';
import type { TimelineEvent } from './timeline.ts';

const MIN = 60_000;
const prompts: Prompt[] = [
  { id: 'p-early', text: 'What are the constraints?', phase: 'early', families: ['algorithm', 'ml'] },
  { id: 'p-mid', text: 'What is the invariant?', phase: 'middle', families: ['algorithm', 'ml'] },
  { id: 'p-late', text: 'What would you test?', phase: 'late', families: ['algorithm', 'ml'] },
  { id: 'p-fail', text: 'What do you think failed?', phase: 'after-failure', families: ['algorithm', 'ml'] },
];
const base = (over: Partial<InterruptionInput> = {}): InterruptionInput => ({
  round: { startedAt: 0, durationMs: 10 * MIN, interruptions: { mode: 'fixed', everyMin: 2, seed: 7 } },
  events: [],
  problemId: 'two-sum',
  problem: { family: 'algorithm', followups: ['Can you do it in one pass?'] },
  code: 'pass',
  now: 0,
  asking: new Set(),
  prompts,
  ...over,
});
const asked = (slot: number, at: number, answered = true): TimelineEvent[] => [
  {
    type: 'interruption-asked',
    roundId: 'r',
    at,
    slot,
    questionId: `q${slot}`,
    source: 'prompt',
    question: 'q',
    problemId: 'two-sum',
    code: '',
  },
  ...(answered
    ? [
        {
          type: 'interruption-answered',
          roundId: 'r',
          at: at + 1000,
          slot,
          answer: 'a',
          aloud: false,
          rating: null,
          latencyMs: 1000,
        } as TimelineEvent,
      ]
    : []),
];

describe('dueInterruption', () => {
  it('owes nothing before the first slot, with interruptions off, or with no problem on screen', () => {
    expect(dueInterruption(base({ now: 2 * MIN - 1 }))).toBeNull();
    expect(dueInterruption(base({ now: 3 * MIN, round: { startedAt: 0, durationMs: 10 * MIN } }))).toBeNull();
    expect(dueInterruption(base({ now: 3 * MIN, problemId: null }))).toBeNull();
  });

  it('asks the slot now due with the code on screen, and not a slot already asked or being asked', () => {
    const plan = dueInterruption(base({ now: 2 * MIN + 5 }));
    expect(plan).toMatchObject({
      slot: 0,
      event: { type: 'interruption-asked', slot: 0, problemId: 'two-sum', code: 'pass' },
    });
    expect(dueInterruption(base({ now: 2 * MIN + 5, asking: new Set([0]) }))).toBeNull();
    expect(dueInterruption(base({ now: 2 * MIN + 5, events: asked(0, 2 * MIN) }))).toBeNull();
  });

  it('waits while a question is open: one question at a time', () => {
    expect(dueInterruption(base({ now: 4 * MIN + 5, events: asked(0, 2 * MIN, false) }))).toBeNull();
    expect(dueInterruption(base({ now: 4 * MIN + 5, events: asked(0, 2 * MIN) }))?.slot).toBe(1);
  });

  it('runs on the clock’s running time: a paused span does not bring the next slot closer', () => {
    const paused: TimelineEvent[] = [
      ...asked(0, 2 * MIN),
      { type: 'clock-paused', roundId: 'r', at: 3 * MIN, requestId: 'x' },
      { type: 'clock-resumed', roundId: 'r', at: 5 * MIN, pausedMs: 2 * MIN, requestId: 'y' },
    ];
    // 4 minutes of running time fall at 6:00 on the wall clock, not 4:00.
    const round = {
      startedAt: 0,
      durationMs: 12 * MIN,
      interruptions: { mode: 'fixed' as const, everyMin: 2, seed: 7 },
    };
    expect(dueInterruption(base({ round, events: paused, now: 5 * MIN + 30_000 }))).toBeNull();
    expect(dueInterruption(base({ round, events: paused, now: 6 * MIN + 5 }))?.slot).toBe(1);
  });

  it('asks "before you write anything" prompts only before the first Run of the problem', () => {
    const restate: Prompt = {
      id: 'p-restate',
      text: 'Before you write anything, restate the problem.',
      phase: 'early',
      families: ['algorithm'],
      beforeRun: true,
    };
    const only = base({ now: 2 * MIN + 5, prompts: [restate], problem: { family: 'algorithm', followups: [] } });
    expect(dueInterruption(only)?.event).toMatchObject({ questionId: 'p-restate' });
    const passed: TimelineEvent[] = [
      { type: 'run', roundId: 'r', at: MIN, problemId: 'two-sum', kind: 'run' },
      {
        type: 'verdict',
        roundId: 'r',
        at: MIN + 500,
        problemId: 'two-sum',
        summary: { kind: 'run', status: 'accepted', passed: 2, total: 2, ms: 5 },
      },
    ];
    // After a passing Run at 1:00, the question at 2:00 is another early one, never the restatement.
    expect(dueInterruption({ ...only, events: passed })).toEqual({ slot: 0, event: null });
    expect(dueInterruption({ ...only, events: passed, prompts: [restate, prompts[0]!] })?.event).toMatchObject({
      questionId: 'p-early',
    });
    // A Run of another problem does not count for this one.
    expect(
      dueInterruption({ ...only, events: passed.map((e) => ({ ...e, problemId: 'other' }) as TimelineEvent) })?.event,
    ).toMatchObject({ questionId: 'p-restate' });
  });

  it('spends a due slot with no event when there is no question left to ask', () => {
    expect(
      dueInterruption(base({ now: 2 * MIN + 5, prompts: [], problem: { family: 'algorithm', followups: [] } })),
    ).toEqual({ slot: 0, event: null });
  });
});
