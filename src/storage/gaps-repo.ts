// The gap log's reads and writes. Each entry is its own row, so two tabs adding entries at once
// never overwrite each other; updates go through a transaction that re-reads the row.
import type { GapEntry } from '../domain/gap-entry.ts';
import type { MockloopDb } from './db.ts';

export async function addGap(db: MockloopDb, entry: GapEntry): Promise<void> {
  await db.gaps.add(entry);
}

export async function listGaps(db: MockloopDb): Promise<GapEntry[]> {
  return db.gaps.orderBy('createdAt').reverse().toArray();
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
