// Deleting a coding round: its record, timeline, drafts, think-aloud audio and Sketch go together,
// in one transaction. Gap entries stay: the gap log is the candidate's own diagnosis, and keeps its quote.
import { sketchBoardId } from './storage-keys.ts';
import type { MockloopDb } from './db.ts';

/** Deletes the round `roundId` and everything stored for it. Returns false when it did not exist. */
export async function deleteRound(db: MockloopDb, roundId: string): Promise<boolean> {
  return db.transaction(
    'rw',
    [db.rounds, db.events, db.drafts, db.recordings, db.audioChunks, db.boardChanges],
    async () => {
      const round = await db.rounds.get(roundId);
      if (!round) return false;
      await db.events.where('roundId').equals(roundId).delete();
      await db.drafts.where('roundId').equals(roundId).delete();
      await db.audioChunks.where('roundId').equals(roundId).delete();
      await db.boardChanges.where('sessionId').equals(sketchBoardId(roundId)).delete();
      await db.recordings.delete(roundId);
      await db.rounds.delete(roundId);
      return true;
    },
  );
}
