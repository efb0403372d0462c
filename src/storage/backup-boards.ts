// The whiteboards' part of a backup import: board changes are matched like timeline events, by
// their whole content (canonical JSON, without the table's `seq`), counted as a multiset, so a
// second import of the same file adds nothing and a board present in part gets only what it
// lacks. Folding the union by element version gives the fullest board (board-scene.ts).
import { stableJson } from '../domain/backup-format.ts';
import type { BoardChange } from '../domain/board-scene.ts';
import type { MockloopDb, StoredBoardChange } from './db.ts';

function changeIdentity({ seq: _seq, ...change }: StoredBoardChange): string {
  return stableJson(change);
}

/** Adds the changes not yet stored (call inside the import's transaction); returns how many were added and present. */
export async function mergeBoardChanges(
  db: MockloopDb,
  changes: readonly BoardChange[],
): Promise<{ added: number; skipped: number }> {
  const ids = [...new Set(changes.map((c) => c.sessionId))];
  const unmatched = new Map<string, number>();
  for (const c of await db.boardChanges.where('sessionId').anyOf(ids).toArray()) {
    const key = changeIdentity(c);
    unmatched.set(key, (unmatched.get(key) ?? 0) + 1);
  }
  const fresh: BoardChange[] = [];
  for (const c of changes) {
    const key = changeIdentity(c);
    const left = unmatched.get(key) ?? 0;
    if (left > 0) unmatched.set(key, left - 1);
    else fresh.push(c);
  }
  await db.boardChanges.bulkAdd(fresh);
  return { added: fresh.length, skipped: changes.length - fresh.length };
}
