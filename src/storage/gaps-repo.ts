// The gap log's reads and writes. Each entry is its own row, so two tabs adding entries at once
// never overwrite each other; updates go through a transaction that re-reads the row.
import type { GapEntry } from '../domain/gap-entry.ts';
import type { MockloopDb } from './db.ts';

export async function addGap(db: MockloopDb, entry: GapEntry): Promise<void> {
  await db.gaps.add(entry);
}

/** Every entry, newest first. Read in index order and reversed here: a reversed read would walk a cursor, one request per entry. */
export async function listGaps(db: MockloopDb): Promise<GapEntry[]> {
  return (await db.gaps.orderBy('createdAt').toArray()).reverse();
}

export interface DueGaps {
  /** The open entries due at `now`, soonest first, at most `limit` of them. */
  due: GapEntry[];
  /** How many open entries are due at `now` in all. */
  dueCount: number;
  /** How many open entries fall due after `now` and within `withinMs`. */
  soonCount: number;
  /** Those entries, soonest first, at most `limit` of them: a re-drill may start early. */
  soon: GapEntry[];
}

/** Due re-drills through the status and due-time index: never reads the whole log. */
export async function dueGaps(db: MockloopDb, now: number, withinMs: number, limit: number): Promise<DueGaps> {
  return db.transaction('r', db.gaps, async () => {
    const index = db.gaps.where('[status+redrill.dueAt]');
    const dueRange = () => index.between(['open', -Infinity], ['open', now], true, true);
    return {
      due: await dueRange().limit(limit).toArray(),
      dueCount: await dueRange().count(),
      soonCount: await index.between(['open', now], ['open', now + withinMs], false, true).count(),
      soon: await index
        .between(['open', now], ['open', now + withinMs], false, true)
        .limit(limit)
        .toArray(),
    };
  });
}

export async function gapsForRound(db: MockloopDb, roundId: string): Promise<GapEntry[]> {
  return db.gaps.where('roundId').equals(roundId).sortBy('momentMs');
}

/** Applies `change` to the stored entry inside a transaction (no lost update across tabs). */
export async function updateGap(db: MockloopDb, id: string, change: (entry: GapEntry) => GapEntry): Promise<void> {
  await db.transaction('rw', db.gaps, async () => {
    const current = await db.gaps.get(id);
    if (current) await db.gaps.put(change(current));
  });
}

export async function deleteGap(db: MockloopDb, id: string): Promise<void> {
  await db.gaps.delete(id);
}
