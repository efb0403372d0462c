import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { BoardElement } from '../domain/board-scene.ts';
import { appendBoardChange, boardChanges } from './boards-repo.ts';
import { MockloopDb, SCHEMA_VERSIONS } from './db.ts';

const box: BoardElement = {
  id: 'box',
  type: 'rectangle',
  version: 1,
  versionNonce: 7,
  isDeleted: false,
  x: 0,
  y: 0,
  width: 10,
  height: 10,
};

describe('boards repository', () => {
  it('keeps each session’s changes apart, oldest first, and writes nothing for an empty change', async () => {
    const db = new MockloopDb(`boards-${Math.random()}`);
    await appendBoardChange(db, { sessionId: 's1', at: 20, elements: [{ ...box, version: 2 }] });
    await appendBoardChange(db, { sessionId: 's1', at: 10, elements: [box] });
    await appendBoardChange(db, { sessionId: 's2', at: 5, elements: [box] });
    await appendBoardChange(db, { sessionId: 's1', at: 30, elements: [] });
    const changes = await boardChanges(db, 's1');
    expect(changes.map((c) => c.at)).toEqual([20, 10]);
    expect(changes[0]).not.toHaveProperty('seq');
    db.close();
  });

  it('opens a version 7 database and adds the board table (v8), keeping what was there', async () => {
    const name = `boards-v7-${Math.random()}`;
    const v7 = new Dexie(name);
    for (const [v, stores] of Object.entries(SCHEMA_VERSIONS)) if (Number(v) <= 7) v7.version(Number(v)).stores(stores);
    await v7.table('sessions').add({ id: 'old', kind: 'design', startedAt: 1 });
    v7.close();
    const db = new MockloopDb(name);
    expect(await db.sessions.get('old')).toMatchObject({ kind: 'design' });
    await appendBoardChange(db, { sessionId: 'old', at: 2, elements: [box] });
    expect(await boardChanges(db, 'old')).toHaveLength(1);
    db.close();
  });
});
