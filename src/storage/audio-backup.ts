// Think-aloud audio in and out of the backup file (the format's rules: domain/backup-audio.ts).
// Both run inside the backup's own transaction, so a restore is still all or nothing.
import { toBase64, type AudioSkip, type BackupRecording, type CheckedRecording } from '../domain/backup-audio.ts';
import type { MockloopDb } from './db.ts';
import type { AudioChunkRecord } from './audio-records.ts';

/** Every recording with its bytes as base64 chunks, oldest first (the coach's reading is left out: it is redone). */
export async function exportAudio(db: MockloopDb): Promise<BackupRecording[]> {
  const out: BackupRecording[] = [];
  for (const rec of (await db.recordings.toArray()).sort((a, b) => a.startedAt - b.startedAt)) {
    const rows: AudioChunkRecord[] = await db.audioChunks.where('roundId').equals(rec.roundId).sortBy('seq');
    if (rows.length === 0) continue;
    out.push({
      roundId: rec.roundId,
      mimeType: rec.mimeType,
      startedAt: rec.startedAt,
      ...(rec.endedAt === undefined ? {} : { endedAt: rec.endedAt }),
      chunks: rows.map((r) => ({ at: r.at, data: toBase64(new Uint8Array(r.data)) })),
    });
  }
  return out;
}

export interface AudioMerge {
  added: number;
  /** Recordings of rounds that already have audio here: the audio here is kept. */
  present: number;
  /** Recordings whose round is neither in the file nor in this browser. */
  orphaned: AudioSkip[];
}

/**
 * Adds checked recordings whose round is in the database (the file's rounds are merged first) and
 * has no audio yet. A recording without an end (its tab closed mid-round) ends at its last chunk.
 */
export async function mergeAudio(db: MockloopDb, recordings: readonly CheckedRecording[]): Promise<AudioMerge> {
  const result: AudioMerge = { added: 0, present: 0, orphaned: [] };
  for (const r of recordings) {
    if (await db.recordings.get(r.roundId)) {
      result.present++;
      continue;
    }
    const owner =
      (await db.rounds.get(r.roundId)) ?? (await db.sessions.get(r.roundId)) ?? (await db.storyDrills.get(r.roundId));
    if (!owner) {
      result.orphaned.push({ roundId: r.roundId, reason: 'no round of this id in the file or in this browser' });
      continue;
    }
    await db.recordings.add({
      roundId: r.roundId,
      mimeType: r.mimeType,
      startedAt: r.startedAt,
      endedAt: r.endedAt ?? Math.max(r.startedAt, ...r.chunks.map((c) => c.at)),
      bytes: r.bytes,
      chunks: r.chunks.length,
    });
    await db.audioChunks.bulkAdd(
      r.chunks.map((c, seq) => ({
        roundId: r.roundId,
        seq,
        at: c.at,
        data: c.data.buffer.slice(c.data.byteOffset, c.data.byteOffset + c.data.byteLength) as ArrayBuffer,
      })),
    );
    result.added++;
  }
  return result;
}

/** Bytes of all stored audio (what "Include audio recordings" would add, before base64). */
export async function storedAudioBytes(db: MockloopDb): Promise<number> {
  return (await db.recordings.toArray()).reduce((sum, r) => sum + r.bytes, 0);
}
