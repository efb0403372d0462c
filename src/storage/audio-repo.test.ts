import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MockloopDb } from './db.ts';
import {
  appendAudioChunk,
  beginRecording,
  deleteAudio,
  finishRecording,
  listRecordings,
  loadAudio,
} from './audio-repo.ts';
import { deleteRound } from './round-delete.ts';
import { createRound, loadRound, saveDraft } from './rounds-repo.ts';

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

describe('think-aloud audio repository', () => {
  it('keeps the chunks in order with a byte count that matches them', async () => {
    const db = open('audio-a');
    await beginRecording(db, 'r1', 'audio/webm;codecs=opus', 1000);
    await appendAudioChunk(db, 'r1', 2000, bytes(1, 2, 3));
    await appendAudioChunk(db, 'r1', 3000, bytes(4));
    await finishRecording(db, 'r1', 3500);
    const loaded = await loadAudio(db, 'r1');
    expect(loaded?.recording).toMatchObject({ bytes: 4, chunks: 2, startedAt: 1000, endedAt: 3500 });
    expect(loaded?.chunks.map((c) => [...new Uint8Array(c)])).toEqual([[1, 2, 3], [4]]);
    expect(await loadAudio(db, 'other')).toBeUndefined();
  });

  it('drops a chunk that arrives after the audio was deleted, and starting again replaces old audio', async () => {
    const db = open('audio-b');
    await beginRecording(db, 'r1', 'audio/webm', 0);
    await appendAudioChunk(db, 'r1', 1, bytes(9, 9));
    await deleteAudio(db, 'r1');
    await appendAudioChunk(db, 'r1', 2, bytes(1));
    expect(await loadAudio(db, 'r1')).toBeUndefined();
    expect(await db.audioChunks.count()).toBe(0);
    await beginRecording(db, 'r1', 'audio/webm', 5);
    await appendAudioChunk(db, 'r1', 6, bytes(7));
    await beginRecording(db, 'r1', 'audio/webm', 10);
    expect((await loadAudio(db, 'r1'))?.chunks).toEqual([]);
  });

  it('deleting a round deletes its audio and leaves other rounds and their audio alone', async () => {
    const db = open('audio-c');
    await createRound(db, round('r1'));
    await createRound(db, round('r2'));
    await saveDraft(db, 'r1', 'two-sum', 'x = 1', 2000);
    for (const id of ['r1', 'r2']) {
      await beginRecording(db, id, 'audio/webm', 1000);
      await appendAudioChunk(db, id, 2000, bytes(1, 2));
    }
    expect(await deleteRound(db, 'r1')).toBe(true);
    expect(await loadRound(db, 'r1')).toBeUndefined();
    expect(await loadAudio(db, 'r1')).toBeUndefined();
    expect(await db.drafts.where('roundId').equals('r1').count()).toBe(0);
    expect(await db.events.where('roundId').equals('r1').count()).toBe(0);
    expect((await loadAudio(db, 'r2'))?.recording.bytes).toBe(2);
    expect((await listRecordings(db)).map((r) => r.roundId)).toEqual(['r2']);
    expect(await deleteRound(db, 'r1')).toBe(false);
  });
});
