// Hostile audio in a backup file first: whatever is wrong with it (malformed, oversized, flooding,
// forged) skips audio with a reason, never the file, and the rest of the file still imports.
import { describe, expect, it } from 'vitest';
import {
  MAX_CHUNK_BYTES,
  MAX_FILE_AUDIO_CHUNKS,
  MAX_FILE_RECORDINGS,
  MAX_RECORDING_BYTES,
  MAX_RECORDING_CHUNKS,
  checkBackupAudio,
  describeAudioSkips,
  toBase64,
} from './backup-audio.ts';
import { BACKUP_FORMAT_VERSION, validateBackup } from './backup-format.ts';

const bytes = (n: number, fill = 7) => new Uint8Array(n).fill(fill);
const chunk = (at: number, data = toBase64(bytes(12))) => ({ at, data });
const recording = (roundId: string, extra: Record<string, unknown> = {}) => ({
  roundId,
  mimeType: 'audio/webm;codecs=opus',
  startedAt: 1_000,
  endedAt: 9_000,
  chunks: [chunk(3_000), chunk(5_000)],
  ...extra,
});
const reasonOf = (raw: unknown) => checkBackupAudio([raw]).skipped[0]?.reason;

describe('audio in a backup file', () => {
  it('decodes a sound recording: bytes, times and type as written', () => {
    const { recordings, skipped } = checkBackupAudio([recording('r1')]);
    expect(skipped).toEqual([]);
    expect(recordings).toHaveLength(1);
    expect(recordings[0]).toMatchObject({
      roundId: 'r1',
      mimeType: 'audio/webm;codecs=opus',
      startedAt: 1_000,
      endedAt: 9_000,
      bytes: 24,
    });
    expect([...recordings[0]!.chunks[0]!.data]).toEqual([...bytes(12)]);
    expect(recordings[0]!.chunks.map((c) => c.at)).toEqual([3_000, 5_000]);
  });

  it('round-trips every byte value through base64', () => {
    const all = Uint8Array.from({ length: 256 * 3 }, (_, i) => i % 256);
    const { recordings } = checkBackupAudio([recording('r1', { chunks: [chunk(2_000, toBase64(all))] })]);
    expect([...recordings[0]!.chunks[0]!.data]).toEqual([...all]);
  });

  it('absent (an older file, or exported without audio): nothing, nothing skipped', () => {
    expect(checkBackupAudio(undefined)).toEqual({ recordings: [], skipped: [] });
  });

  it('skips a container outside the allowlist (a forged type is never handed to the player)', () => {
    for (const mimeType of [
      'text/html',
      'audio/webm;codecs=opus<script>',
      'video/webm',
      'audio/wav',
      '',
      42,
      undefined,
    ])
      expect(reasonOf(recording('r1', { mimeType }))).toMatch(/^mimeType: expected an audio type/);
    for (const mimeType of ['audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4', 'audio/mp4;codecs="mp4a.40.2"'])
      expect(reasonOf(recording('r1', { mimeType }))).toBeUndefined();
  });

  it('skips chunks that are not base64, and wrong times', () => {
    expect(reasonOf(recording('r1', { chunks: [chunk(1, 'not base64!')] }))).toMatch(
      /chunks\[0\]\.data: expected base64/,
    );
    expect(reasonOf(recording('r1', { chunks: [chunk(1, 'abc')] }))).toMatch(/chunks\[0\]\.data/);
    expect(reasonOf(recording('r1', { chunks: [chunk(1, '')] }))).toMatch(/chunks\[0\]\.data/);
    expect(reasonOf(recording('r1', { chunks: [{ at: 1, data: 12 }] }))).toMatch(/chunks\[0\]\.data/);
    expect(reasonOf(recording('r1', { chunks: [chunk(Number.NaN)] }))).toMatch(/chunks\[0\]\.at/);
    expect(reasonOf(recording('r1', { chunks: ['AAAA'] }))).toMatch(/chunks\[0\]: expected an object/);
    expect(reasonOf(recording('r1', { chunks: {} }))).toMatch(/chunks: expected an array/);
    expect(reasonOf(recording('r1', { chunks: [] }))).toBe('no audio in it');
    expect(reasonOf(recording('r1', { startedAt: -5 }))).toMatch(/startedAt/);
    expect(reasonOf(recording('r1', { endedAt: 500 }))).toMatch(/endedAt/);
  });

  it('skips an oversized chunk, too many chunks, and too many bytes in one recording', () => {
    expect(reasonOf(recording('r1', { chunks: [chunk(1, toBase64(bytes(MAX_CHUNK_BYTES + 3)))] }))).toMatch(
      /chunks\[0\]: \d+ bytes; a chunk holds at most/,
    );
    const many = Array.from({ length: MAX_RECORDING_CHUNKS + 1 }, (_, i) => chunk(i, 'AAAA'));
    expect(reasonOf(recording('r1', { chunks: many }))).toMatch(/chunks; a recording holds at most 10,000/);
    const big = toBase64(bytes(MAX_CHUNK_BYTES));
    const heavy = Array.from({ length: MAX_RECORDING_BYTES / MAX_CHUNK_BYTES + 1 }, (_, i) => chunk(i, big));
    expect(reasonOf(recording('r1', { chunks: heavy }))).toBe('over 64 MB of audio');
  });

  it('skips a nameless or duplicate recording and keeps the sound ones beside it', () => {
    const { recordings, skipped } = checkBackupAudio([
      recording('r1'),
      recording(''),
      'nonsense',
      recording('r1'),
      recording('r2', { mimeType: 'text/html' }),
      recording('r3'),
    ]);
    expect(recordings.map((r) => r.roundId)).toEqual(['r1', 'r3']);
    expect(skipped.map((s) => s.roundId)).toEqual(['(audio[1])', '(audio[2])', 'r1', 'r2']);
    expect(describeAudioSkips(skipped)).toContain('a second recording of the same round');
  });

  it('skips all audio, never the file, for a flood of recordings or chunks, or a non-array', () => {
    expect(checkBackupAudio({ r1: recording('r1') }).skipped).toEqual([
      { roundId: '(audio)', reason: 'expected an array of recordings, found an object' },
    ]);
    const flood = Array.from({ length: MAX_FILE_RECORDINGS + 1 }, (_, i) => ({ roundId: `r${i}` }));
    const tooMany = checkBackupAudio(flood);
    expect(tooMany.recordings).toEqual([]);
    expect(tooMany.skipped).toHaveLength(MAX_FILE_RECORDINGS + 1);
    expect(tooMany.skipped[0]!.reason).toMatch(/recordings; a file holds at most 2,000/);
    const per = MAX_RECORDING_CHUNKS;
    const chunks = Array.from({ length: per }, (_, i) => chunk(i, 'AAAA'));
    const wide = Array.from({ length: MAX_FILE_AUDIO_CHUNKS / per + 1 }, (_, i) => recording(`r${i}`, { chunks }));
    expect(checkBackupAudio(wide).skipped[0]!.reason).toMatch(/chunks of audio; a file holds at most 200,000/);
  });
});

describe('validateBackup with audio', () => {
  const file = (audio: unknown) => ({
    app: 'mockloop',
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: 10,
    rounds: [],
    events: [],
    drafts: [],
    stories: [],
    storyDrills: [],
    gaps: [],
    sessions: [],
    loops: [],
    templates: [],
    plans: [],
    audio,
  });

  it('keeps the rest of the file when audio is bad, and says what was left out', () => {
    const checked = validateBackup(file([recording('r1', { mimeType: 'text/html' }), recording('r2')]));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.audioSkipped?.map((s) => s.roundId)).toEqual(['r1']);
    expect(checked.backup.audio?.map((r) => r.roundId)).toEqual(['r2']);
    // The raw, unchecked array is never what the import gets.
    expect(checked.backup.audio?.[0]?.chunks[0]?.data).toBeInstanceOf(Uint8Array);
  });

  it('a file whose audio is not an array still imports, with no audio', () => {
    const checked = validateBackup(file('AAAA'));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.backup.audio).toEqual([]);
    expect(checked.audioSkipped).toHaveLength(1);
  });

  it('a file without audio has none and skips none', () => {
    const { audio: _audio, ...withoutAudio } = file(undefined);
    const checked = validateBackup(withoutAudio);
    expect(checked.ok && checked.backup.audio).toBeUndefined();
    expect(checked.ok && checked.audioSkipped).toBeUndefined();
  });
});
