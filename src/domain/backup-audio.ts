// Think-aloud audio in a backup file: the optional `audio` array, one recording per item, its
// bytes as base64 chunks with their time. Pure: checked here, written by storage/audio-backup.ts.
//
// Audio is the one part of a file that may be bad without costing the rest: a recording that
// breaks a rule (a container outside the allowlist, a chunk that is not base64 or too large, too
// many chunks or bytes) is skipped and counted, and when the array as a whole is not one Mockloop
// writes (not an array, more recordings, chunks or bytes than any file of ours holds) every
// recording is skipped, never the file. A recording whose round is neither in the file nor in the
// database is skipped on import (storage knows the database).
import { describeFound, isRecord } from './backup-fields.ts';

/** A recording as the file carries it. */
export interface BackupRecording {
  /** The round (or practice round, or story drill) recorded. */
  roundId: string;
  mimeType: string;
  /** Epoch ms when the recorder started (audio time 0). */
  startedAt: number;
  /** Epoch ms when it stopped (absent when the tab closed mid-round). */
  endedAt?: number;
  /** The bytes in order: `at` is the epoch ms the chunk arrived, `data` its bytes in base64. */
  chunks: { at: number; data: string }[];
}

/** A checked recording, its chunks decoded. */
export interface CheckedRecording {
  roundId: string;
  mimeType: string;
  startedAt: number;
  endedAt?: number;
  chunks: { at: number; data: Uint8Array }[];
  bytes: number;
}

/** A recording left out of an import, and why. */
export interface AudioSkip {
  roundId: string;
  reason: string;
}

export interface AudioCheck {
  recordings: CheckedRecording[];
  skipped: AudioSkip[];
}

/**
 * One recording's bytes. 45 minutes at our 32 kbit/s are about 11 MB; at a browser's default
 * 128 kbit/s, 43 MB. More is not a recording of a round.
 */
export const MAX_RECORDING_BYTES = 64 * 1024 * 1024;
/** Every recording of a file together (the file itself is capped at 256 MB, base64 adds a third). */
export const MAX_FILE_AUDIO_BYTES = 160 * 1024 * 1024;
/** Chunks of one recording: one per 2 s, so 10 000 are over five hours. */
export const MAX_RECORDING_CHUNKS = 10_000;
/** Chunks in one file, across recordings. */
export const MAX_FILE_AUDIO_CHUNKS = 200_000;
/** Recordings in one file. */
export const MAX_FILE_RECORDINGS = 2_000;
/** One chunk: 2 s at 128 kbit/s is 32 kB. */
export const MAX_CHUNK_BYTES = 1024 * 1024;
const MAX_ID_CHARS = 200;
/** The containers MediaRecorder writes, with an optional codecs parameter (`audio/webm;codecs=opus`). */
const MIME_TYPE = /^audio\/(webm|ogg|mp4)(;\s?codecs="?[a-z0-9.]{1,20}"?)?$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Bytes a base64 text decodes to (its length already checked to be a multiple of 4). */
function decodedLength(b64: string): number {
  const pad = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  return (b64.length / 4) * 3 - pad;
}

function decode(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Bytes as base64, in slices so a long chunk never becomes one giant argument list. */
export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

const time = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/** Why one recording is refused, or the checked recording. */
function checkRecording(item: Record<string, unknown>, roundId: string): CheckedRecording | string {
  const { mimeType, startedAt, endedAt, chunks } = item;
  if (typeof mimeType !== 'string' || !MIME_TYPE.test(mimeType))
    return `mimeType: expected an audio type MediaRecorder writes (audio/webm, audio/ogg, audio/mp4), found ${describeFound(mimeType)}`;
  if (!time(startedAt)) return `startedAt: expected a time, found ${describeFound(startedAt)}`;
  if (endedAt !== undefined && (!time(endedAt) || endedAt < startedAt))
    return `endedAt: expected a time after startedAt, found ${describeFound(endedAt)}`;
  if (!Array.isArray(chunks)) return `chunks: expected an array, found ${describeFound(chunks)}`;
  if (chunks.length === 0) return 'no audio in it';
  if (chunks.length > MAX_RECORDING_CHUNKS)
    return `${chunks.length} chunks; a recording holds at most ${MAX_RECORDING_CHUNKS.toLocaleString('en-US')}`;
  let bytes = 0;
  for (const [i, c] of chunks.entries()) {
    if (!isRecord(c)) return `chunks[${i}]: expected an object, found ${describeFound(c)}`;
    if (!time(c.at)) return `chunks[${i}].at: expected a time, found ${describeFound(c.at)}`;
    const data = c.data;
    if (typeof data !== 'string' || data.length === 0 || data.length % 4 !== 0 || !BASE64.test(data))
      return `chunks[${i}].data: expected base64 bytes, found ${typeof data === 'string' ? 'text that is not base64' : describeFound(data)}`;
    const n = decodedLength(data);
    if (n > MAX_CHUNK_BYTES) return `chunks[${i}]: ${n} bytes; a chunk holds at most ${MAX_CHUNK_BYTES}`;
    bytes += n;
    if (bytes > MAX_RECORDING_BYTES) return `over ${MAX_RECORDING_BYTES / (1024 * 1024)} MB of audio`;
  }
  const decoded = chunks.map((c: { at: number; data: string }) => ({ at: c.at, data: decode(c.data) }));
  return {
    roundId,
    mimeType,
    startedAt,
    ...(endedAt === undefined ? {} : { endedAt }),
    chunks: decoded,
    bytes,
  };
}

/**
 * Checks the `audio` array of a backup file. Never refuses the file: whatever is wrong with audio
 * skips audio (all of it when the array is not one Mockloop writes), and everything else imports.
 */
export function checkBackupAudio(raw: unknown): AudioCheck {
  if (raw === undefined) return { recordings: [], skipped: [] };
  const all = (reason: string): AudioCheck => ({
    recordings: [],
    skipped: Array.isArray(raw)
      ? raw.map((item: unknown) => ({ roundId: roundIdOf(item), reason }))
      : [{ roundId: '(audio)', reason }],
  });
  if (!Array.isArray(raw)) return all(`expected an array of recordings, found ${describeFound(raw)}`);
  if (raw.length > MAX_FILE_RECORDINGS)
    return all(`${raw.length} recordings; a file holds at most ${MAX_FILE_RECORDINGS.toLocaleString('en-US')}`);
  // The file's totals before any decoding: a flood is refused by counting, not by decoding it.
  let chunks = 0;
  let chars = 0;
  for (const item of raw) {
    const list = isRecord(item) && Array.isArray(item.chunks) ? (item.chunks as unknown[]) : [];
    chunks += list.length;
    for (const c of list) if (isRecord(c) && typeof c.data === 'string') chars += c.data.length;
  }
  if (chunks > MAX_FILE_AUDIO_CHUNKS)
    return all(`${chunks} chunks of audio; a file holds at most ${MAX_FILE_AUDIO_CHUNKS.toLocaleString('en-US')}`);
  if ((chars / 4) * 3 > MAX_FILE_AUDIO_BYTES)
    return all(`over ${MAX_FILE_AUDIO_BYTES / (1024 * 1024)} MB of audio; a file holds at most that`);

  const recordings: CheckedRecording[] = [];
  const skipped: AudioSkip[] = [];
  const seen = new Set<string>();
  for (const [i, item] of raw.entries()) {
    if (!isRecord(item)) {
      skipped.push({ roundId: `(audio[${i}])`, reason: `expected an object, found ${describeFound(item)}` });
      continue;
    }
    const roundId = item.roundId;
    if (typeof roundId !== 'string' || roundId === '' || roundId.length > MAX_ID_CHARS) {
      skipped.push({
        roundId: `(audio[${i}])`,
        reason: `roundId: expected the id of a round, found ${describeFound(roundId)}`,
      });
      continue;
    }
    if (seen.has(roundId)) {
      skipped.push({ roundId, reason: 'a second recording of the same round' });
      continue;
    }
    seen.add(roundId);
    const checked = checkRecording(item, roundId);
    if (typeof checked === 'string') skipped.push({ roundId, reason: checked });
    else recordings.push(checked);
  }
  return { recordings, skipped };
}

function roundIdOf(item: unknown): string {
  return isRecord(item) && typeof item.roundId === 'string' && item.roundId !== ''
    ? item.roundId.slice(0, MAX_ID_CHARS)
    : '(unnamed)';
}

/** "2 recordings left out: …" for an import's message (ids shortened, reasons as checked). */
export function describeAudioSkips(skipped: readonly AudioSkip[]): string {
  return skipped
    .slice(0, 5)
    .map((s) => `recording of ${JSON.stringify(s.roundId.slice(0, 40))}: ${s.reason}`)
    .concat(skipped.length > 5 ? [`and ${skipped.length - 5} more`] : [])
    .join('; ');
}
