// Reads and writes of whiteboards. A board is stored as the changes recorded while drawing (table
// boardChanges, schema v8), appended and never rewritten, so two tabs or a late write can only add
// a change, never lose one.
import type { BoardChange } from '../domain/board-scene.ts';
import type { MockloopDb } from './db.ts';

/** Appends one recorded change (nothing is written for an empty one). */
export async function appendBoardChange(db: MockloopDb, change: BoardChange): Promise<void> {
  if (change.elements.length === 0) return;
  await db.boardChanges.add(change);
}

/** Every change of a session's board, oldest first. */
export async function boardChanges(db: MockloopDb, sessionId: string): Promise<BoardChange[]> {
  const rows = await db.boardChanges
    .where('[sessionId+at]')
    .between([sessionId, -Infinity], [sessionId, Infinity])
    .sortBy('seq');
  return rows.map(({ seq: _seq, ...change }) => change);
}

/** Every stored change, for the backup file. */
export async function allBoardChanges(db: MockloopDb): Promise<BoardChange[]> {
  const rows = await db.boardChanges.orderBy('seq').toArray();
  return rows.map(({ seq: _seq, ...change }) => change);
}
