import { describe, expect, it } from 'vitest';
import { newBehavioralSession } from './behavioral-round.ts';
import { newDesignSession, nextStep } from './design-round.ts';
import { newFundamentalsSession } from './fundamentals-round.ts';
import { endSession, giveWarnings, sessionLabel, sessionTimeUp } from './practice-round-lifecycle.ts';

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
    const design = endSession(
      nextStep(
        newDesignSession({ id: 'd', now: 0, durationMs: 60 * MIN, promptId: 'p', promptTitle: 'Ads ranking' }),
        2 * MIN,
      ),
      9 * MIN,
      'ended-early',
    );
    expect(design.kind === 'design' && design.steps.slice(0, 3).map((s) => [s.startedAt, s.endedAt])).toEqual([
      [0, 2 * MIN],
      [2 * MIN, 9 * MIN],
      [undefined, undefined],
    ]);
    const behavioral = endSession(
      newBehavioralSession({ id: 'b', now: 0, durationMs: 45 * MIN, questionIds: ['x'] }),
      MIN,
      'ended-early',
    );
    expect(behavioral.kind === 'behavioral' && behavioral.items[0]!.answeredAt).toBe(MIN);
  });

  it('gives the 10- and 5-minute warnings once each, remembered in the session, and none a round is too short for', () => {
    const s = newDesignSession({ id: 'd', now: 0, durationMs: 45 * MIN, promptId: 'p', promptTitle: 'Ads ranking' });
    expect(giveWarnings(s, 34 * MIN)).toEqual({ due: [], session: s });
    const ten = giveWarnings(s, 35 * MIN);
    expect(ten.due).toEqual([10]);
    expect(ten.session.warningsGiven).toEqual([10]);
    expect(giveWarnings(ten.session, 36 * MIN).due).toEqual([]); // given once, e.g. across a reload
    // A tab asleep through both marks wakes to both, once.
    const both = giveWarnings(s, 41 * MIN);
    expect(both.due).toEqual([10, 5]);
    expect(giveWarnings(both.session, 42 * MIN).due).toEqual([]);
    expect(giveWarnings(endSession(s, 36 * MIN, 'ended-early'), 41 * MIN).due).toEqual([]);
    // An 8-minute round has no 10-minute mark.
    expect(
      giveWarnings(newFundamentalsSession({ id: 'f', now: 0, durationMs: 8 * MIN, questionIds: ['a'] }), 4 * MIN).due,
    ).toEqual([5]);
  });

  it('names each kind for the history list', () => {
    expect(
      sessionLabel(newFundamentalsSession({ id: 'f', now: 0, durationMs: MIN, questionIds: ['a', 'b', 'c'] })),
    ).toBe('ML fundamentals · 3 questions');
    expect(sessionLabel(newBehavioralSession({ id: 'b', now: 0, durationMs: MIN, questionIds: ['a'] }))).toBe(
      'Behavioral · 1 question',
    );
    expect(
      sessionLabel(newDesignSession({ id: 'd', now: 0, durationMs: MIN, promptId: 'p', promptTitle: 'Ads ranking' })),
    ).toBe('ML system design · Ads ranking');
  });
});
