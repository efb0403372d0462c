import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { appendAudioChunk, beginRecording, listRecordings } from './audio-repo.ts';
import { MockloopDb } from './db.ts';
import { addDrill, deleteStory, saveStory } from './stories-repo.ts';

let db: MockloopDb | null = null;
afterEach(async () => {
  db?.close();
  await db?.delete();
  db = null;
});

const draft = { title: 'Rollback', situation: '', task: '', action: '', result: '', tags: [] };
const telling = (storyId: string, id: string) => ({
  id,
  storyId,
  stage: 'full' as const,
  startedAt: 1000,
  durationMs: 80_000,
  limitMs: 90_000,
  overrunMs: 0,
  probes: [],
  structure: null,
  specificity: null,
});

describe('story tellings and their think-aloud audio', () => {
  it('keeps the telling’s own id, the key of its recording', async () => {
    db = new MockloopDb('stories-a');
    const storyId = await saveStory(db, draft as never, 1);
    expect(await addDrill(db, telling(storyId, 'telling-1'))).toBe('telling-1');
    expect((await db.storyDrills.get('telling-1'))?.storyId).toBe(storyId);
  });

  it('deletes the audio of the story’s tellings with the story, and nobody else’s', async () => {
    db = new MockloopDb('stories-b');
    const kept = await saveStory(db, draft as never, 1);
    const gone = await saveStory(db, draft as never, 1);
    await addDrill(db, telling(gone, 'gone-1'));
    await addDrill(db, telling(kept, 'kept-1'));
    for (const id of ['gone-1', 'kept-1', 'a-coding-round']) {
      await beginRecording(db, id, 'audio/webm', 1000);
      await appendAudioChunk(db, id, 2000, new Uint8Array([1, 2, 3]).buffer);
    }
    await deleteStory(db, gone);
    expect((await listRecordings(db)).map((r) => r.roundId).sort()).toEqual(['a-coding-round', 'kept-1']);
    expect(await db.audioChunks.where('roundId').equals('gone-1').count()).toBe(0);
    expect(await db.audioChunks.count()).toBe(2);
    expect(await db.storyDrills.count()).toBe(1);
  });
});
