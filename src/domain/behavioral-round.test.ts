import { describe, expect, it } from 'vitest';
import {
  answerRemainingMs,
  currentBehavioral,
  hasNextBehavioral,
  newBehavioralSession,
  nextBehavioral,
  pickBehavioral,
  storiesFor,
  updateAnswer,
} from './behavioral-round.ts';
import { seededRandom } from './interruption-scheduler.ts';
import type { BehavioralQuestion } from './loop-bank-schema.ts';

const q = (id: string, ...tags: string[]): BehavioralQuestion => ({
  id,
  text: `${id}?`,
  tags,
  listen_for: ['x'],
  followups: ['y'],
});
const bank = [
  q('degraded', 'production incident', 'failure handling'),
  q('outage', 'production incident'),
  q('disagree', 'stakeholder disagreement'),
  q('mentor', 'mentoring'),
  q('lead', 'leadership'),
  q('vague', 'ambiguity'),
];

describe('pickBehavioral', () => {
  it('puts questions matching the candidate’s story tags first, one theme each', () => {
    const stories = [
      { id: 's1', tags: ['production incident'] },
      { id: 's2', tags: ['mentoring'] },
    ];
    for (const seed of [1, 2, 3, 4]) {
      const picked = pickBehavioral(bank, 3, stories, seededRandom(seed));
      expect(picked).toHaveLength(3);
      expect(new Set(picked.slice(0, 2))).toEqual(
        new Set([picked.find((id) => id === 'degraded' || id === 'outage'), 'mentor']),
      );
    }
  });

  it('draws at random without stories, and repeats a theme only when it must', () => {
    expect(pickBehavioral(bank, 6, [], seededRandom(5)).sort()).toEqual(bank.map((b) => b.id).sort());
    expect(pickBehavioral(bank, 4, [], seededRandom(5))).toEqual(pickBehavioral(bank, 4, [], seededRandom(5)));
    const fourThemes = pickBehavioral(bank, 4, [], seededRandom(6));
    expect(fourThemes.filter((id) => id === 'degraded' || id === 'outage').length).toBeLessThanOrEqual(1);
  });

  it('offers the stories sharing most tags with a question first', () => {
    const stories = [
      { id: 'a', tags: ['mentoring'] },
      { id: 'b', tags: ['failure handling', 'production incident'] },
      { id: 'c', tags: ['production incident'] },
    ];
    expect(storiesFor(bank[0]!, stories).map((s) => [s.story.id, s.shared.length])).toEqual([
      ['b', 2],
      ['c', 1],
      ['a', 0],
    ]);
  });
});

describe('a behavioral round', () => {
  it('records notes, story and structure per question, with a 90 s clock frozen when moving on', () => {
    let s = newBehavioralSession({ id: 'b', now: 0, durationMs: 45 * 60_000, questionIds: ['degraded', 'mentor'] });
    s = updateAnswer(s, { notes: 'Situation: CTR fell', storyId: 's1', structure: 'ok' });
    expect(answerRemainingMs(currentBehavioral(s)!, 100_000)).toBe(-10_000);
    s = nextBehavioral(s, 100_000);
    expect(s.items[0]).toEqual({
      questionId: 'degraded',
      shownAt: 0,
      answeredAt: 100_000,
      notes: 'Situation: CTR fell',
      storyId: 's1',
      structure: 'ok',
    });
    expect(answerRemainingMs(s.items[0]!, 10 ** 9)).toBe(-10_000);
    expect(currentBehavioral(s)).toEqual({ questionId: 'mentor', shownAt: 100_000, notes: '' });
    expect(hasNextBehavioral(s)).toBe(false);
    s = updateAnswer(updateAnswer(s, { storyId: 's2' }), { storyId: null });
    expect(currentBehavioral(s)!.storyId).toBeUndefined();
  });
});
