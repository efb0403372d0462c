// The story inventory and its drill history.
import type { MockloopDb, StoryDrillRecord, StoryRecord } from './db.ts';

export type StoryDraft = Omit<StoryRecord, 'id' | 'createdAt' | 'updatedAt'>;

export async function saveStory(db: MockloopDb, draft: StoryDraft, now: number, id?: string): Promise<string> {
  const existing = id ? await db.stories.get(id) : undefined;
  const storyId = existing?.id ?? id ?? crypto.randomUUID();
  await db.stories.put({ ...draft, id: storyId, createdAt: existing?.createdAt ?? now, updatedAt: now });
  return storyId;
}

export async function deleteStory(db: MockloopDb, id: string): Promise<void> {
  await db.transaction('rw', db.stories, db.storyDrills, async () => {
    await db.stories.delete(id);
    await db.storyDrills.where('storyId').equals(id).delete();
  });
}

export async function listStories(db: MockloopDb): Promise<StoryRecord[]> {
  return db.stories.orderBy('updatedAt').reverse().toArray();
}

export async function addDrill(db: MockloopDb, drill: Omit<StoryDrillRecord, 'id'>): Promise<string> {
  const id = crypto.randomUUID();
  await db.storyDrills.add({ ...drill, id });
  return id;
}

export async function listDrills(db: MockloopDb, storyId: string): Promise<StoryDrillRecord[]> {
  return db.storyDrills.where('storyId').equals(storyId).sortBy('startedAt');
}
