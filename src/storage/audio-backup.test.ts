import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackupText } from '../domain/backup-format.ts';
import { appendAudioChunk, beginRecording, finishRecording, loadAudio } from './audio-repo.ts';
import { backupBlob, exportBackup, importBackup } from './backup.ts';
import { MockloopDb } from './db.ts';
import { createRound } from './rounds-repo.ts';

let dbs: MockloopDb[] = [];
function open(name: string): MockloopDb {
  const db = new MockloopDb(name);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs) {
    db.close();
    await db.delete();
  }
  dbs = [];
});

const bytes = (...values: number[]) => new Uint8Array(values).buffer;
const round = (id: string) => ({
  id,
  problemIds: ['two-sum'],
  startedAt: 1000,
  durationMs: 60_000,
  assists: 'off' as const,
});

async function recorded(db: MockloopDb, id: string, end = true) {
  await createRound(db, round(id));
  await beginRecording(db, id, 'audio/webm;codecs=opus', 1_200);
  await appendAudioChunk(db, id, 3_200, bytes(0, 1, 2, 255));
  await appendAudioChunk(db, id, 5_200, bytes(9, 8));
  if (end) await finishRecording(db, id, 6_000);
}

/** The file as the Your data page writes it, read back as import reads it. */
async function roundTrip(db: MockloopDb, audio: boolean) {
  const text = await backupBlob(await exportBackup(db, 10, { audio })).text();
  const checked = parseBackupText(text);
  if (!checked.ok) throw new Error(checked.error);
  return { text, checked };
}

describe('think-aloud audio in the backup', () => {
  it('is left out unless asked for', async () => {
    const db = open('ab-a');
    await recorded(db, 'r1');
    const { text, checked } = await roundTrip(db, false);
    expect(JSON.parse(text)).not.toHaveProperty('audio');
    expect(checked.ok && checked.backup.audio).toBeUndefined();
  });

  it('restores the same bytes, times and type into an empty browser', async () => {
    const db = open('ab-b');
    await recorded(db, 'r1');
    const { checked } = await roundTrip(db, true);
    const fresh = open('ab-c');
    const result = await importBackup(fresh, checked.ok ? checked.backup : (null as never));
    expect(result.audio).toEqual({ added: 1, present: 0, orphaned: [] });
    const loaded = await loadAudio(fresh, 'r1');
    expect(loaded?.recording).toMatchObject({
      mimeType: 'audio/webm;codecs=opus',
      startedAt: 1_200,
      endedAt: 6_000,
      bytes: 6,
      chunks: 2,
    });
    expect(loaded?.chunks.map((c) => [...new Uint8Array(c)])).toEqual([
      [0, 1, 2, 255],
      [9, 8],
    ]);
    // Twice: nothing added, the audio here kept.
    expect((await importBackup(fresh, checked.ok ? checked.backup : (null as never))).audio).toEqual({
      added: 0,
      present: 1,
      orphaned: [],
    });
    expect(await fresh.audioChunks.count()).toBe(2);
  });

  it('a recording cut short by a closed tab ends at its last chunk', async () => {
    const db = open('ab-d');
    await recorded(db, 'r1', false);
    const { checked } = await roundTrip(db, true);
    const fresh = open('ab-e');
    await importBackup(fresh, checked.ok ? checked.backup : (null as never));
    expect((await loadAudio(fresh, 'r1'))?.recording.endedAt).toBe(5_200);
  });

  it('skips, with a count, a recording whose round is neither in the file nor here, and keeps the rest', async () => {
    const db = open('ab-f');
    await recorded(db, 'r1');
    const file = JSON.parse((await roundTrip(db, true)).text);
    file.audio.push({ ...file.audio[0], roundId: 'stranger' });
    const checked = parseBackupText(JSON.stringify(file));
    expect(checked.ok).toBe(true);
    const fresh = open('ab-g');
    const result = await importBackup(fresh, checked.ok ? checked.backup : (null as never));
    expect(result.added.rounds).toBe(1);
    expect(result.audio?.added).toBe(1);
    expect(result.audio?.orphaned).toEqual([
      { roundId: 'stranger', reason: 'no round of this id in the file or in this browser' },
    ]);
    expect(await fresh.recordings.get('stranger')).toBeUndefined();
  });

  it('a round already in this browser (not in the file) takes its recording', async () => {
    const db = open('ab-h');
    await recorded(db, 'r1');
    const file = JSON.parse((await roundTrip(db, true)).text);
    file.rounds = [];
    file.events = [];
    const checked = parseBackupText(JSON.stringify(file));
    const fresh = open('ab-i');
    await createRound(fresh, round('r1'));
    const result = await importBackup(fresh, checked.ok ? checked.backup : (null as never));
    expect(result.audio?.added).toBe(1);
  });

  it('bad audio costs only the audio: the rounds, gaps and everything else import', async () => {
    const db = open('ab-j');
    await recorded(db, 'r1');
    const file = JSON.parse((await roundTrip(db, true)).text);
    file.audio[0].chunks[1].data = '<<not base64>>';
    const checked = parseBackupText(JSON.stringify(file));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.audioSkipped?.[0]?.reason).toMatch(/chunks\[1\]\.data: expected base64/);
    const fresh = open('ab-k');
    const result = await importBackup(fresh, checked.backup);
    expect(result.added.rounds).toBe(1);
    expect(result.audio?.added).toBe(0);
    expect(await fresh.recordings.count()).toBe(0);
    expect(await fresh.audioChunks.count()).toBe(0);
  });
});
