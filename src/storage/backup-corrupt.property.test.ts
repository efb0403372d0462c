// Corrupt imports through the same steps as the Your data page (size check, parse and validate,
// then import), against a database holding one of everything: every file is refused whole and the
// database is left exactly as it was.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBackupSize, MAX_BACKUP_BYTES, parseBackupText } from '../domain/backup-format.ts';
import { exportBackup, importBackup } from './backup.ts';
import { MockloopDb } from './db.ts';
import { appendEvent, createRound, endRound, saveDraft } from './rounds-repo.ts';
import { saveStory } from './stories-repo.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

let db: MockloopDb;
let before: string;
/** A valid backup of a different history: importing any of it would change the database. */
let good: string;

async function roundWith(target: MockloopDb, id: string): Promise<void> {
  await createRound(target, { id, problemIds: ['two-sum'], startedAt: 1000, durationMs: 45 * 60_000, assists: 'off' });
  await appendEvent(target, id, 2000, { type: 'code-snapshot', problemId: 'two-sum', code: `# ${id}` });
  await appendEvent(target, id, 3000, {
    type: 'verdict',
    problemId: 'two-sum',
    summary: {
      kind: 'submit',
      status: 'failed',
      passed: 3,
      total: 8,
      ms: 30,
      firstFailure: { name: 'case 4', status: 'wrong-answer' },
    },
  });
  await saveDraft(target, id, 'two-sum', `# ${id} draft`, 2500);
  await endRound(target, id, 4000, 'time-up');
  await saveStory(
    target,
    { title: `Story of ${id}`, situation: 's', task: 't', action: 'a', result: 'r', tags: ['impact'] },
    100,
  );
}

const snapshot = async () => JSON.stringify(await exportBackup(db, 0));

/** What the Your data page does with a chosen file; true when something was imported. */
async function importLikeTheDataPage(text: string): Promise<boolean> {
  if (checkBackupSize(new TextEncoder().encode(text).length)) return false;
  const checked = parseBackupText(text);
  if (!checked.ok) return false;
  await importBackup(db, checked.backup);
  return true;
}

/** Every path to a value inside `v`, with the value. */
function leaves(v: Json, path: (string | number)[] = []): { path: (string | number)[]; value: Json }[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, [...path, i]));
  if (v !== null && typeof v === 'object')
    return [{ path, value: v }, ...Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]))];
  return [{ path, value: v }];
}

/** A value of another JSON type than `v`. */
function otherType(v: Json): Json {
  if (typeof v === 'string') return 12345;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return 'yes';
  if (v === null) return { unexpected: true };
  if (Array.isArray(v)) return 'not a list';
  return ['not', 'an', 'object'];
}

function withReplaced(root: Json, path: (string | number)[], value: Json): Json {
  const copy = JSON.parse(JSON.stringify(root)) as Json;
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  parent[path.at(-1)!] = value;
  return copy;
}

let tried = 0;

beforeAll(async () => {
  db = new MockloopDb(`corrupt-${Math.random()}`);
  await roundWith(db, 'mine');
  before = await snapshot();
  const other = new MockloopDb(`other-${Math.random()}`);
  await roundWith(other, 'theirs');
  good = JSON.stringify(await exportBackup(other, 10));
  other.close();
  await other.delete();
});
afterAll(async () => {
  db.close();
  await db.delete();
});

async function refusedAndUntouched(text: string): Promise<void> {
  tried++;
  expect(await importLikeTheDataPage(text)).toBe(false);
  expect(await snapshot()).toBe(before);
}

describe('corrupt imports are refused whole, with the database untouched', () => {
  it('a file cut short anywhere (300 cuts)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: good.length - 1 }), (cut) => refusedAndUntouched(good.slice(0, cut))),
      { numRuns: 300 },
    );
  });

  it('any one value, record or list given the wrong type (300 files)', async () => {
    const all = leaves(JSON.parse(good) as Json).filter((l) => l.path.length > 0);
    await fc.assert(
      fc.asyncProperty(fc.nat(all.length - 1), async (i) => {
        const { path, value } = all[i]!;
        await refusedAndUntouched(JSON.stringify(withReplaced(JSON.parse(good) as Json, path, otherType(value))));
      }),
      { numRuns: 300 },
    );
  });

  it("another app's file, a newer format, random bytes and an oversized file (103 files)", async () => {
    const file = JSON.parse(good) as { app: string; formatVersion: number };
    for (const app of ['notes-app', '', 'MOCKLOOP']) await refusedAndUntouched(JSON.stringify({ ...file, app }));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: file.formatVersion + 1, max: 10_000 }), (v) =>
        refusedAndUntouched(JSON.stringify({ ...file, formatVersion: v })),
      ),
      { numRuns: 50 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), (junk) => refusedAndUntouched(junk)),
      { numRuns: 49 },
    );
    await refusedAndUntouched(`${good.slice(0, -1)}, "padding": "${'x'.repeat(MAX_BACKUP_BYTES)}"}`);
  });

  it('and the same valid file, untouched, does import (the check above can fail)', async () => {
    expect(tried).toBe(703);
    expect(await importLikeTheDataPage(good)).toBe(true);
    expect(await snapshot()).not.toBe(before);
  });
});
