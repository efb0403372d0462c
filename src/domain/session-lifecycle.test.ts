import { describe, expect, it } from 'vitest';
import { newBehavioralSession } from './behavioral-round.ts';
import { newDesignSession, nextStep } from './design-round.ts';
import { newFundamentalsSession } from './fundamentals-round.ts';
import { endSession, sessionLabel, sessionTimeUp } from './session-lifecycle.ts';

const MIN = 60_000;

describe('session lifecycle', () => {
  it('ends at the deadline on time-up, however late the app noticed, and only once', () => {
    const s = newFundamentalsSession({ id: 'f', now: 0, durationMs: 3 * MIN, questionIds: ['a', 'b', 'c'] });
    expect(sessionTimeUp(s, 3 * MIN - 1)).toBe(false);
    expect(sessionTimeUp(s, 3 * MIN)).toBe(true);
    const ended = endSession(s, 5 * MIN, 'time-up');
    expect(ended).toMatchObject({ endedAt: 3 * MIN, endReason: 'time-up' });
    expect(ended.kind === 'fundamentals' && ended.items[0]!.overran).toBe(true);
    expect(sessionTimeUp(ended, 10 * MIN)).toBe(false);
    expect(endSession(ended, 6 * MIN, 'ended-early')).toBe(ended);
  });

  it('closes the open design step or behavioral answer when the round ends early', () => {
    const design = endSession(nextStep(newDesignSession({ id: 'd', now: 0, durationMs: 60 * MIN, promptId: 'p', promptTitle: 'Ads ranking' }), 2 * MIN), 9 * MIN, 'ended-early');
    expect(design.kind === 'design' && design.steps.slice(0, 3).map((s) => [s.startedAt, s.endedAt])).toEqual([[0, 2 * MIN], [2 * MIN, 9 * MIN], [undefined, undefined]]);
    const behavioral = endSession(newBehavioralSession({ id: 'b', now: 0, durationMs: 45 * MIN, questionIds: ['x'] }), MIN, 'ended-early');
    expect(behavioral.kind === 'behavioral' && behavioral.items[0]!.answeredAt).toBe(MIN);
  });

  it('names each kind for the history list', () => {
    expect(sessionLabel(newFundamentalsSession({ id: 'f', now: 0, durationMs: MIN, questionIds: ['a', 'b', 'c'] }))).toBe('ML fundamentals · 3 questions');
    expect(sessionLabel(newBehavioralSession({ id: 'b', now: 0, durationMs: MIN, questionIds: ['a'] }))).toBe('Behavioral · 1 question');
    expect(sessionLabel(newDesignSession({ id: 'd', now: 0, durationMs: MIN, promptId: 'p', promptTitle: 'Ads ranking' }))).toBe('ML system design · Ads ranking');
  });
});
