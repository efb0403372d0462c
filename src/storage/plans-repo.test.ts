import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MockloopDb } from './db.ts';
import { loadPracticeHistory } from './history-repo.ts';
import { createPlan, currentPlan, deletePlan, tickDay } from './plans-repo.ts';
import { createRound } from './rounds-repo.ts';

let db: MockloopDb;
beforeEach(() => {
  db = new MockloopDb(`plans-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('plans repo', () => {
  it('keeps the latest plan as the current one, with days ticked and unticked by hand', async () => {
    await createPlan(db, { weeks: 4, startsOn: 0, interviewOn: 10, createdAt: 1 });
    const id = await createPlan(db, {
      weeks: 2,
      startsOn: 0,
      interviewOn: 10,
      createdAt: 2,
      routing: { 'bias-variance': 'yes' },
    });
    await Promise.all([tickDay(db, id, 3, true), tickDay(db, id, 1, true)]);
    expect(await currentPlan(db)).toMatchObject({
      id,
      weeks: 2,
      doneDays: [1, 3],
      routing: { 'bias-variance': 'yes' },
    });
    await tickDay(db, id, 3, false);
    expect((await currentPlan(db))?.doneDays).toEqual([1]);
    await deletePlan(db, id);
    expect((await currentPlan(db))?.weeks).toBe(4);
  });
});

describe('practice history', () => {
  it('reads rounds with their timelines, sessions, tellings, loops and gap work', async () => {
    await createRound(db, { id: 'r', problemIds: ['two-sum'], startedAt: 5, durationMs: 1, assists: 'off' });
    await db.storyDrills.add({
      id: 'd',
      storyId: 's',
      stage: 'full',
      startedAt: 6,
      durationMs: 1,
      limitMs: 1,
      overrunMs: 0,
      probes: [],
      structure: null,
      specificity: null,
    });
    await db.loops.add({ id: 'l', templateId: 'full-loop', startedAt: 7, stages: [] });
    await db.gaps.add({
      id: 'g',
      roundId: 'r',
      problemId: null,
      family: null,
      tags: [],
      momentMs: 0,
      categories: [],
      quote: '',
      fix: '',
      source: 'self',
      createdAt: 8,
      redrill: { dueAt: 9, intervalDays: 1, streak: 1, history: [{ at: 9, success: true }] },
      status: 'open',
    });
    const h = await loadPracticeHistory(db);
    expect(h.rounds.map((r) => [r.round.id, r.events.map((e) => e.type)])).toEqual([['r', ['round-started']]]);
    expect([h.sessions.length, h.storyDrills.length, h.loops.length]).toEqual([0, 1, 1]);
    expect(h.gapWork).toEqual([8, 9]);
  });
});
