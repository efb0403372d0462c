// Think-aloud audio: a recording's record and its chunks. Each write is one transaction, so the
// record's byte count always matches the chunks stored.
import type { Stretch } from '../domain/narration.ts';
import type { MockloopDb } from './db.ts';
import type { AudioChunkRecord, RecordingRecord } from './audio-records.ts';

export type { AudioChunkRecord, RecordingRecord } from './audio-records.ts';

/** Starts a recording for `roundId`, replacing any earlier audio of it. */
export async function beginRecording(
  db: MockloopDb,
  roundId: string,
  mimeType: string,
  startedAt: number,
): Promise<void> {
  await db.transaction('rw', db.recordings, db.audioChunks, async () => {
    await db.audioChunks.where('roundId').equals(roundId).delete();
    await db.recordings.put({ roundId, mimeType, startedAt, bytes: 0, chunks: 0 });
  });
}

/** Appends the next chunk; ignored when the recording was deleted meanwhile. */
export async function appendAudioChunk(db: MockloopDb, roundId: string, at: number, data: ArrayBuffer): Promise<void> {
  await db.transaction('rw', db.recordings, db.audioChunks, async () => {
    const rec = await db.recordings.get(roundId);
    if (!rec) return;
    await db.audioChunks.add({ roundId, seq: rec.chunks, at, data });
    await db.recordings.update(roundId, { chunks: rec.chunks + 1, bytes: rec.bytes + data.byteLength });
  });
}

/** Marks the recording stopped at `endedAt`. */
export async function finishRecording(db: MockloopDb, roundId: string, endedAt: number): Promise<void> {
  await db.recordings.update(roundId, { endedAt });
}

export interface LoadedAudio {
  recording: RecordingRecord;
  chunks: ArrayBuffer[];
}

/** The recording of `roundId` with its chunks in order, or undefined when it has none. */
export async function loadAudio(db: MockloopDb, roundId: string): Promise<LoadedAudio | undefined> {
  return db.transaction('r', db.recordings, db.audioChunks, async () => {
    const recording = await db.recordings.get(roundId);
    if (!recording) return undefined;
    const rows: AudioChunkRecord[] = await db.audioChunks.where('roundId').equals(roundId).sortBy('seq');
    return { recording, chunks: rows.map((r) => r.data) };
  });
}

/** The recording's bytes in order (empty when it has none). Reads the chunks table only. */
export async function audioChunksOf(db: MockloopDb, roundId: string): Promise<ArrayBuffer[]> {
  const rows: AudioChunkRecord[] = await db.audioChunks.where('roundId').equals(roundId).sortBy('seq');
  return rows.map((r) => r.data);
}

/** The recording's record alone (no bytes), or undefined. */
export async function recordingOf(db: MockloopDb, roundId: string): Promise<RecordingRecord | undefined> {
  return db.recordings.get(roundId);
}

/** Keeps the narration coach's reading with the recording (skipped when the audio was deleted). */
export async function saveNarration(
  db: MockloopDb,
  roundId: string,
  narration: NonNullable<RecordingRecord['narration']>,
): Promise<void> {
  await db.recordings.update(roundId, { narration });
}

/** Deletes the audio of `roundId` and keeps the round. */
export async function deleteAudio(db: MockloopDb, roundId: string): Promise<void> {
  await db.transaction('rw', db.recordings, db.audioChunks, async () => {
    await db.audioChunks.where('roundId').equals(roundId).delete();
    await db.recordings.delete(roundId);
  });
}

/** Every recording's record (sizes for Your data), newest first. */
export async function listRecordings(db: MockloopDb): Promise<RecordingRecord[]> {
  return (await db.recordings.toArray()).sort((a, b) => b.startedAt - a.startedAt);
}

/** A recording's narration reading as the Markdown report takes it (undefined: none yet). */
export function reportNarration(
  recording: RecordingRecord | undefined,
  roundStart: number,
): { speech: Stretch[]; recordedMs: number; recordingOffsetMs: number } | undefined {
  const n = recording?.narration;
  return n
    ? { speech: n.speech, recordedMs: n.recordedMs, recordingOffsetMs: recording!.startedAt - roundStart }
    : undefined;
}
