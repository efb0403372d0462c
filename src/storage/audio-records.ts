// The shapes of think-aloud audio in IndexedDB (tables `recordings` and `audioChunks`, schema v7).
import type { Stretch } from '../domain/narration.ts';

/**
 * One think-aloud recording. `roundId` is the id of what was recorded: a coding round, a practice
 * round (session) or a story drill.
 */
export interface RecordingRecord {
  roundId: string;
  /** The container and codec MediaRecorder used (e.g. `audio/webm;codecs=opus`). */
  mimeType: string;
  /** Epoch ms when the recorder started (the round's clock: audio time 0 is this moment). */
  startedAt: number;
  /** Epoch ms when it stopped; absent while recording, or when the tab closed mid-round. */
  endedAt?: number;
  /** Bytes stored so far (the sum of the chunks). */
  bytes: number;
  /** Chunks stored so far. */
  chunks: number;
  /** The narration coach's reading, once run: speech stretches (ms from the recording's start). */
  narration?: { speech: Stretch[]; recordedMs: number; analysedAt: number };
}

/** A slice of the recording's bytes, in the order the recorder produced them. */
export interface AudioChunkRecord {
  roundId: string;
  seq: number;
  /** Epoch ms the chunk arrived. */
  at: number;
  data: ArrayBuffer;
}
