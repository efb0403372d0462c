import { describe, expect, it } from 'vitest';
import {
  closeDesign,
  currentStepIndex,
  missingNumbers,
  newDesignSession,
  nextStep,
  setNumber,
  setStepNotes,
  splitBudget,
  stepRemainingMs,
  stepSpentMs,
} from './design-round.ts';
import { DESIGN_STEPS } from './loop-records.ts';

const MIN = 60_000;

describe('splitBudget', () => {
  it('splits 60 minutes 5/8/10/15/12/10', () => {
    expect(splitBudget(60 * MIN)).toEqual({
      clarify: 5 * MIN,
      objective: 8 * MIN,
      data: 10 * MIN,
      model: 15 * MIN,
      serving: 12 * MIN,
      monitoring: 10 * MIN,
    });
  });

  it('scales to other lengths in whole seconds and always adds up to the round', () => {
    for (const minutes of [7, 45, 50, 61]) {
      const budget = splitBudget(minutes * MIN);
      expect(Object.values(budget).reduce((a, b) => a + b, 0)).toBe(minutes * MIN);
      for (const ms of Object.values(budget)) expect(ms % 1000).toBe(0);
    }
    expect(splitBudget(30 * MIN).model).toBe(7.5 * MIN);
  });
});

describe('a design round', () => {
  const start = newDesignSession({
    id: 'd',
    now: 0,
    durationMs: 60 * MIN,
    promptId: 'p',
    promptTitle: 'Fraud',
    loopId: 'loop-1',
  });

  it('starts on the first step with every step budgeted and no figures', () => {
    expect(start.steps.map((s) => s.step)).toEqual(DESIGN_STEPS);
    expect(currentStepIndex(start)).toBe(0);
    expect(start).toMatchObject({ loopId: 'loop-1', numbers: {} });
    expect(stepRemainingMs(start.steps[0]!, 60_000)).toBe(4 * MIN);
    expect(stepRemainingMs(start.steps[1]!, 60_000)).toBe(8 * MIN);
  });

  it('walks the steps in order: notes for the current and earlier steps only', () => {
    let s = setStepNotes(start, 'data', 'too early');
    expect(s.steps[2]!.notes).toBe('');
    s = setStepNotes(s, 'clarify', 'How many users?');
    s = nextStep(s, 6 * MIN);
    expect(currentStepIndex(s)).toBe(1);
    expect(s.steps[0]).toMatchObject({ startedAt: 0, endedAt: 6 * MIN, notes: 'How many users?' });
    expect(stepRemainingMs(s.steps[0]!, 10 ** 9)).toBe(-MIN);
    expect(stepSpentMs(s.steps[0]!, 10 ** 9)).toBe(6 * MIN);
    s = setStepNotes(s, 'clarify', 'How many users? Latency?');
    expect(s.steps[0]!.notes).toBe('How many users? Latency?');
    for (let i = 2; i <= 6; i++) s = nextStep(s, i * 6 * MIN);
    expect(currentStepIndex(s)).toBe(5); // the last step stays open until the round ends
    s = closeDesign(s, 40 * MIN);
    expect(currentStepIndex(s)).toBe(-1);
    expect(s.steps[5]).toMatchObject({ startedAt: 30 * MIN, endedAt: 40 * MIN });
  });

  it('lists the figures still missing', () => {
    let s = setNumber(start, 'storage', '150 GB feature store');
    s = setNumber(s, 'qps', '   ');
    expect(missingNumbers(s)).toEqual(['qps', 'latency', 'refresh']);
  });
});
