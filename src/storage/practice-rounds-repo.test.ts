import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { newBehavioralSession } from '../domain/behavioral-round.ts';
import { newDesignSession, setStepNotes } from '../domain/design-round.ts';
import { gradeAnswer, newFundamentalsSession, nextQuestion, revealAnswer } from '../domain/fundamentals-round.ts';
import { endSession } from '../domain/practice-round-lifecycle.ts';
import { MockloopDb } from './db.ts';
import {
  createSession,
  endStoredSession,
  getSession,
  listRecentSessions,
  saveSession,
  seenQuestionIds,
} from './practice-rounds-repo.ts';

let db: MockloopDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('sessions repository', () => {
  it('stores a session as it changes and reads it back', async () => {
    db = new MockloopDb(`sessions-${Math.random()}`);
    const start = newDesignSession({
      id: 'd1',
      now: 100,
      durationMs: 60 * 60_000,
      promptId: 'ads-ranking',
      promptTitle: 'Ads ranking',
    });
    await createSession(db, start);
    const noted = setStepNotes(start, 'clarify', 'Which ad formats?');
    expect(await saveSession(db, noted)).toBe(true);
    expect(await getSession(db, 'd1')).toEqual(noted);
  });

  it('ends a session once and never rewrites it afterwards', async () => {
    db = new MockloopDb(`sessions-end-${Math.random()}`);
    const start = newDesignSession({ id: 'd2', now: 0, durationMs: 60_000, promptId: 'p', promptTitle: 'P' });
    await createSession(db, start);
    const ended = endSession(start, 30_000, 'ended-early');
    expect(await endStoredSession(db, ended)).toEqual(ended);
    // A late end (the clock running out in another tab) and a late save change nothing.
    expect(await endStoredSession(db, endSession(start, 60_000, 'time-up'))).toEqual(ended);
    expect(await saveSession(db, setStepNotes(start, 'clarify', 'late'))).toBe(false);
    expect(await getSession(db, 'd2')).toEqual(ended);
    expect(await saveSession(db, { ...start, id: 'never-created' })).toBe(false);
    expect(await getSession(db, 'never-created')).toBeUndefined();
  });

  it('lists recent sessions newest first and the questions already seen per kind', async () => {
    db = new MockloopDb(`sessions-list-${Math.random()}`);
    let f = newFundamentalsSession({ id: 'f1', now: 10, durationMs: 60_000, questionIds: ['q1', 'q2', 'q3'] });
    f = nextQuestion(gradeAnswer(revealAnswer(f, 20), 'mechanism'), 30);
    await createSession(db, f);
    await createSession(db, newBehavioralSession({ id: 'b1', now: 50, durationMs: 60_000, questionIds: ['beh-a'] }));
    await createSession(db, newFundamentalsSession({ id: 'f2', now: 5, durationMs: 60_000, questionIds: ['q9'] }));
    expect((await listRecentSessions(db)).map((s) => s.id)).toEqual(['b1', 'f1', 'f2']);
    expect((await listRecentSessions(db, 1)).map((s) => s.id)).toEqual(['b1']);
    // Only questions actually shown count as seen (q3 was planned but never reached).
    expect([...(await seenQuestionIds(db, 'fundamentals'))].sort()).toEqual(['q1', 'q2', 'q9']);
    expect([...(await seenQuestionIds(db, 'behavioral'))]).toEqual(['beh-a']);
  });
});
