import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoundTemplate } from '../domain/loop-records.ts';
import { MockloopDb } from './db.ts';
import { attachStage, createLoop, findLoopOf, loadLoop, markLoopFinished, skipBreak } from './loops-repo.ts';
import { createRound, endRound } from './rounds-repo.ts';

const MIN = 60_000;
let db: MockloopDb;

beforeEach(() => {
  db = new MockloopDb(`loops-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const template: RoundTemplate = {
  id: 'mini',
  name: 'Mini loop',
  kind: 'full-loop',
  minutes: 100,
  sections: [
    { kind: 'coding', minutes: 45, count: 1, family: 'algorithm' },
    { kind: 'break', minutes: 10 },
    { kind: 'coding', minutes: 45, count: 1, family: 'ml' },
  ],
};

async function round(id: string, at: number): Promise<void> {
  await createRound(db, { id, problemIds: ['two-sum'], startedAt: at, durationMs: 45 * MIN, assists: 'off' });
}

describe('loops repo', () => {
  it('follows a loop through its rounds and break, reading each stage from its round', async () => {
    const id = await createLoop(db, template, 0);
    await round('r1', 0);
    expect(await attachStage(db, id, 0, 'r1', 0)).toBe(true);
    // A second tab trying to start the same stage, or one further on, is refused.
    expect(await attachStage(db, id, 0, 'other', 1)).toBe(false);
    expect(await attachStage(db, id, 2, 'other', 1)).toBe(false);
    expect(await findLoopOf(db, 'r1')).toMatchObject({ id, name: 'Mini loop' });
    expect(await findLoopOf(db, 'nope')).toBeUndefined();

    await endRound(db, 'r1', 40 * MIN, 'ended-early');
    expect((await loadLoop(db, id))?.ends.get('r1')).toBe(40 * MIN);
    // The next round waits for the break, unless the break is skipped.
    expect(await attachStage(db, id, 2, 'r2', 41 * MIN)).toBe(false);
    await skipBreak(db, id, 41 * MIN);
    expect((await loadLoop(db, id))?.loop.stages[1]?.endedAt).toBe(41 * MIN);
    await round('r2', 41 * MIN);
    expect(await attachStage(db, id, 2, 'r2', 41 * MIN)).toBe(true);

    await markLoopFinished(db, id, 50 * MIN);
    expect((await loadLoop(db, id))?.loop.endedAt).toBeUndefined();
    await endRound(db, 'r2', 80 * MIN, 'time-up');
    await markLoopFinished(db, id, 81 * MIN);
    expect((await loadLoop(db, id))?.loop.endedAt).toBe(80 * MIN);
  });

  it('reads a stage that is a session from the sessions table', async () => {
    const id = await createLoop(db, { ...template, sections: [{ kind: 'design', minutes: 45 }], minutes: 45 }, 0);
    await db.sessions.add({
      id: 's1',
      kind: 'design',
      startedAt: 0,
      durationMs: 45 * MIN,
      promptId: 'p',
      promptTitle: 'P',
      steps: [],
      numbers: {},
      endedAt: 30 * MIN,
      endReason: 'ended-early',
      loopId: id,
    });
    expect(await attachStage(db, id, 0, 's1', 0)).toBe(true);
    expect((await loadLoop(db, id))?.ends.get('s1')).toBe(30 * MIN);
  });
});
