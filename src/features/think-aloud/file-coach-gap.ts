import type { GapEntry } from '../../domain/gap-entry.ts';
import { newRedrill } from '../../domain/gap-schedule.ts';
import { addGap } from '../../storage/gaps-repo.ts';
import { write } from '../../storage/storage-health.ts';

/** What the narration coach files: the rest (id, dates, re-drill, status) is filled in here. */
export type CoachGap = Pick<GapEntry, 'roundId' | 'problemId' | 'momentMs' | 'categories' | 'quote' | 'fix'> &
  Partial<Pick<GapEntry, 'family' | 'tags'>>;

/** Files one of the narration coach's findings in the gap log, due for a re-drill in 24 h. */
export async function fileCoachGap(gap: CoachGap): Promise<void> {
  const now = Date.now();
  await write((db) =>
    addGap(db, {
      id: crypto.randomUUID(),
      family: null,
      tags: [],
      ...gap,
      source: 'self',
      createdAt: now,
      redrill: newRedrill(now),
      status: 'open',
    }),
  );
}
