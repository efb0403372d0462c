// The story inventory and its drill history.
import type { MockloopDb, StoryDrillRecord, StoryRecord } from './db.ts';

export type StoryDraft = Omit<StoryRecord, 'id' | 'createdAt' | 'updatedAt'>;

export async function saveStory(db: MockloopDb, draft: StoryDraft, now: number, id?: string): Promise<string> {
  const existing = id ? await db.stories.get(id) : undefined;
  const storyId = existing?.id ?? id ?? crypto.randomUUID();
  await db.stories.put({ ...draft, id: storyId, createdAt: existing?.createdAt ?? now, updatedAt: now });
  return storyId;
}

/** Deletes the story, its drills and the think-aloud audio of its tellings. */
export async function deleteStory(db: MockloopDb, id: string): Promise<void> {
  await db.transaction('rw', [db.stories, db.storyDrills, db.recordings, db.audioChunks], async () => {
    const drillIds = (await db.storyDrills.where('storyId').equals(id).primaryKeys()) as string[];
    await db.audioChunks.where('roundId').anyOf(drillIds).delete();
    await db.recordings.bulkDelete(drillIds);
    await db.stories.delete(id);
    await db.storyDrills.where('storyId').equals(id).delete();
  });
}

export async function listStories(db: MockloopDb): Promise<StoryRecord[]> {
  return db.stories.orderBy('updatedAt').reverse().toArray();
}

/** Stores a telling; `id` is the telling's own (its recording's key) when it has one. */
export async function addDrill(db: MockloopDb, drill: Omit<StoryDrillRecord, 'id'> & { id?: string }): Promise<string> {
  const id = drill.id ?? crypto.randomUUID();
  await db.storyDrills.add({ ...drill, id });
  return id;
}

export async function listDrills(db: MockloopDb, storyId: string): Promise<StoryDrillRecord[]> {
  return db.storyDrills.where('storyId').equals(storyId).sortBy('startedAt');
}
