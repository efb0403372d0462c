import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { BoardElement } from '../domain/board-scene.ts';
import { sketchBoardId } from './storage-keys.ts';
import { appendBoardChange, boardChanges } from './boards-repo.ts';
import { MockloopDb } from './db.ts';
import { deleteRound } from './round-delete.ts';
import { createRound } from './rounds-repo.ts';

let db: MockloopDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

const box: BoardElement = {
  id: 'box',
  type: 'rectangle',
  version: 1,
  versionNonce: 7,
  isDeleted: false,
  x: 0,
  y: 0,
  width: 10,
  height: 10,
};
const round = (id: string) => ({
  id,
  problemIds: ['two-sum'],
  startedAt: 1000,
  durationMs: 60_000,
  assists: 'off' as const,
});

describe('deleting a round', () => {
  it('deletes its Sketch, and leaves another round’s sketch and a design board with the same id alone', async () => {
    db = new MockloopDb(`round-delete-${Math.random()}`);
    await createRound(db, round('r1'));
    await createRound(db, round('r2'));
    await appendBoardChange(db, { sessionId: sketchBoardId('r1'), at: 2000, elements: [box] });
    await appendBoardChange(db, { sessionId: sketchBoardId('r2'), at: 2000, elements: [box] });
    // A design session that happened to have the round's id keeps its board.
    await appendBoardChange(db, { sessionId: 'r1', at: 2000, elements: [box] });

    expect(await deleteRound(db, 'r1')).toBe(true);
    expect(await boardChanges(db, sketchBoardId('r1'))).toEqual([]);
    expect(await boardChanges(db, sketchBoardId('r2'))).toHaveLength(1);
    expect(await boardChanges(db, 'r1')).toHaveLength(1);
  });

  it('a round and a design session never share a board key', () => {
    expect(sketchBoardId('r1')).not.toBe('r1');
    // A session id is a UUID: no colon, so no session id is ever a sketch key.
    expect(sketchBoardId(crypto.randomUUID())).toMatch(/^sketch:[0-9a-f-]{36}$/);
    expect(crypto.randomUUID()).not.toContain(':');
  });
});
