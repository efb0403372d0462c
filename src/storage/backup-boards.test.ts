// Boards through a backup: export, wipe, import gives the same board; a second import of the same
// file adds nothing; a board present in part gets only what it lacks; a skipped board costs
// nothing else of the file.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackupText } from '../domain/backup-format.ts';
import { sceneAt, type BoardChange } from '../domain/board-scene.ts';
import { newDesignSession } from '../domain/design-round.ts';
import { backupBlob, exportBackup, importBackup } from './backup.ts';
import { appendBoardChange, boardChanges } from './boards-repo.ts';
import { MockloopDb } from './db.ts';
import { createSession } from './practice-rounds-repo.ts';
import { createRound } from './rounds-repo.ts';
import { sketchBoardId } from './storage-keys.ts';

let dbs: MockloopDb[] = [];
function open(): MockloopDb {
  const db = new MockloopDb(`boards-${Math.random()}`);
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

const el = (id: string, type: string, version: number, isDeleted = false) => ({
  id,
  type,
  version,
  versionNonce: version * 11,
  isDeleted,
  x: 10,
  y: 20,
  width: 100,
  height: 50,
  ...(type === 'arrow' ? { points: [[0, 0] as const, [100, 50] as const] } : {}),
});

const SESSION = 'design-1';
const drawn: BoardChange[] = [
  { sessionId: SESSION, at: 2000, elements: [el('box', 'rectangle', 1)] },
  { sessionId: SESSION, at: 3000, elements: [el('box', 'rectangle', 2), el('arrow', 'arrow', 1)] },
  // The same change twice (two tabs): both are kept through a round trip, never a third time.
  { sessionId: SESSION, at: 4000, elements: [el('note', 'ellipse', 1)] },
  { sessionId: SESSION, at: 4000, elements: [el('note', 'ellipse', 1)] },
  { sessionId: SESSION, at: 5000, elements: [el('note', 'ellipse', 2, true)] },
];

async function withBoard(db: MockloopDb, changes = drawn) {
  await createSession(
    db,
    newDesignSession({ id: SESSION, now: 1000, durationMs: 3_600_000, promptId: 'ads-ranking', promptTitle: 'Ads' }),
  );
  for (const c of changes) await appendBoardChange(db, structuredClone(c));
}

async function fileOf(db: MockloopDb) {
  const text = await backupBlob(await exportBackup(db, 9000)).text();
  const checked = parseBackupText(text);
  if (!checked.ok) throw new Error(checked.error);
  return { text, backup: checked.backup, checked };
}

describe('boards in a backup', () => {
  it('export, wipe, import: the board comes back change for change', async () => {
    const source = open();
    await withBoard(source);
    const { text, backup } = await fileOf(source);
    expect(JSON.parse(text).boardChanges).toHaveLength(5);

    const target = open();
    const result = await importBackup(target, backup);
    expect(result.added.boardChanges).toBe(5);
    expect(await boardChanges(target, SESSION)).toEqual(drawn);
    expect(sceneAt(await boardChanges(target, SESSION), 9000).map((e) => e.id)).toEqual(['box', 'arrow']);
  });

  it('a second import of the same file adds nothing', async () => {
    const source = open();
    await withBoard(source);
    const { backup } = await fileOf(source);
    const target = open();
    await importBackup(target, backup);
    const again = await importBackup(target, backup);
    expect(again.added.boardChanges).toBe(0);
    expect(again.skipped.boardChanges).toBe(5);
    expect(await target.boardChanges.count()).toBe(5);
  });

  it('a board present in part gets only the changes it lacks; its own later changes stay', async () => {
    const source = open();
    await withBoard(source);
    const { backup } = await fileOf(source);
    const target = open();
    await withBoard(target, drawn.slice(0, 2));
    const later: BoardChange = { sessionId: SESSION, at: 6000, elements: [el('box', 'rectangle', 3)] };
    await appendBoardChange(target, later);
    const result = await importBackup(target, backup);
    expect(result.added.boardChanges).toBe(3);
    expect(result.skipped.boardChanges).toBe(2);
    const merged = await boardChanges(target, SESSION);
    expect(merged).toHaveLength(6);
    expect(sceneAt(merged, 9000).find((e) => e.id === 'box')?.version).toBe(3);
  });

  it('a file with a forged board imports everything else and leaves the forged board out', async () => {
    const source = open();
    await withBoard(source);
    const { text } = await fileOf(source);
    const raw = JSON.parse(text);
    raw.boardChanges.push({ sessionId: 'not-in-file', at: 1, elements: [el('x', 'rectangle', 1)] });
    const checked = parseBackupText(JSON.stringify(raw));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.boardsSkipped?.map((s) => s.sessionId)).toEqual(['not-in-file']);
    const target = open();
    await importBackup(target, checked.backup);
    expect(await target.sessions.count()).toBe(1);
    expect(await target.boardChanges.count()).toBe(5);
    expect(await boardChanges(target, 'not-in-file')).toEqual([]);
  });

  it('an older file without boards still imports', async () => {
    const source = open();
    await withBoard(source);
    const { text } = await fileOf(source);
    const { boardChanges: _gone, ...older } = JSON.parse(text);
    const checked = parseBackupText(JSON.stringify(older));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const target = open();
    const result = await importBackup(target, checked.backup);
    expect(result.added.sessions).toBe(1);
    expect(result.added.boardChanges).toBe(0);
  });

  it('a coding round’s Sketch travels with its round; a sketch of a round not in the file is left out', async () => {
    const source = open();
    await createRound(source, {
      id: 'r1',
      problemIds: ['two-sum'],
      startedAt: 1000,
      durationMs: 45 * 60_000,
      assists: 'off',
    });
    const sketch: BoardChange = { sessionId: sketchBoardId('r1'), at: 2000, elements: [el('box', 'rectangle', 1)] };
    await appendBoardChange(source, structuredClone(sketch));
    const { text, backup, checked } = await fileOf(source);
    expect(checked.boardsSkipped).toBe(undefined);
    const target = open();
    expect((await importBackup(target, backup)).added.boardChanges).toBe(1);
    expect(await boardChanges(target, sketchBoardId('r1'))).toEqual([sketch]);

    const raw = JSON.parse(text);
    raw.boardChanges.push({ ...sketch, sessionId: sketchBoardId('r2') });
    const forged = parseBackupText(JSON.stringify(raw));
    expect(forged.ok && forged.boardsSkipped?.map((s) => s.sessionId)).toEqual([sketchBoardId('r2')]);
  });
});
