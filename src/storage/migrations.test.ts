// Upgrades from every earlier schema version keep the data written under it.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { MockloopDb, SCHEMA_VERSIONS } from './db.ts';
import { loadRound } from './rounds-repo.ts';
import { listStories, saveStory } from './stories-repo.ts';

/** A database as an older app version declared it. */
function openAtVersion(name: string, upTo: number): Dexie {
  const db = new Dexie(name);
  for (const [v, stores] of Object.entries(SCHEMA_VERSIONS)) if (Number(v) <= upTo) db.version(Number(v)).stores(stores);
  return db;
}

describe('schema migrations', () => {
  it('keeps rounds, timelines and drafts written by version 1', async () => {
    const name = `migrate-v1-${Math.random()}`;
    const v1 = openAtVersion(name, 1);
    await v1.table('rounds').add({ id: 'r1', problemIds: ['two-sum'], startedAt: 5, durationMs: 60_000, assists: 'off', endedAt: 60_005, endReason: 'time-up' });
    await v1.table('events').add({ type: 'round-started', roundId: 'r1', at: 5, problemIds: ['two-sum'], durationMs: 60_000, assists: 'off' });
    await v1.table('events').add({ type: 'verdict', roundId: 'r1', at: 50, problemId: 'two-sum', summary: { kind: 'submit', status: 'accepted', passed: 8, total: 8, ms: 40 } });
    await v1.table('drafts').put({ roundId: 'r1', problemId: 'two-sum', code: 'pass', updatedAt: 40 });
    v1.close();

    const db = new MockloopDb(name);
    const loaded = await loadRound(db, 'r1');
    expect(loaded?.round).toMatchObject({ endReason: 'time-up', assists: 'off' });
    expect(loaded?.round.interruptions).toBeUndefined(); // read as "off" by the round store
    expect(loaded?.events.map((e) => e.type)).toEqual(['round-started', 'verdict']);
    expect(loaded?.drafts).toEqual({ 'two-sum': 'pass' });
    // The new tables work on the upgraded database.
    await saveStory(db, { title: 'Drift', situation: 's', task: 't', action: 'a', result: 'r', tags: [] }, 100);
    expect((await listStories(db)).map((s) => s.title)).toEqual(['Drift']);
    expect(db.verno).toBe(Math.max(...Object.keys(SCHEMA_VERSIONS).map(Number)));
    db.close();
    await db.delete();
  });
});
