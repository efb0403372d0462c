// Everything readiness and plan progress are computed from, read in one transaction so the
// checklist never mixes an old round list with a new session list.
import type { ReadinessHistory } from '../domain/readiness.ts';
import type { MockloopDb } from './db.ts';
import { allRoundsWithEvents } from './rounds-repo.ts';

export interface PracticeHistory extends ReadinessHistory {
  /** When gap-log work happened: entries filed and re-drills recorded. */
  gapWork: number[];
}

export async function loadPracticeHistory(db: MockloopDb): Promise<PracticeHistory> {
  return db.transaction('r', [db.rounds, db.events, db.sessions, db.storyDrills, db.loops, db.gaps], async () => {
    const rounds = await allRoundsWithEvents(db, { code: false });
    const gaps = await db.gaps.toArray();
    return {
      rounds,
      sessions: await db.sessions.toArray(),
      storyDrills: await db.storyDrills.toArray(),
      loops: await db.loops.toArray(),
      gapWork: gaps.flatMap((g) => [g.createdAt, ...g.redrill.history.map((h) => h.at)]),
    };
  });
}
