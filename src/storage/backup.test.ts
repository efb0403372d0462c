import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackupText, validateBackup, type Backup } from '../domain/backup-format.ts';
import { newDesignSession, setNumber, setStepNotes } from '../domain/design-round.ts';
import type { GapEntry } from '../domain/gap-entry.ts';
import { backupBlob, backupFileName, exportBackup, importBackup } from './backup.ts';
import { appendBoardChange } from './boards-repo.ts';
import { MockloopDb } from './db.ts';
import { appendEvent, createRound, endRound, loadRound, saveDraft } from './rounds-repo.ts';
import { createSession, saveSession } from './practice-rounds-repo.ts';
import { addDrill, saveStory } from './stories-repo.ts';

let dbs: MockloopDb[] = [];
function open(name: string): MockloopDb {
  const db = new MockloopDb(`${name}-${Math.random()}`);
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

const gap = (id: string, roundId: string): GapEntry => ({
  id,
  roundId,
  problemId: 'two-sum',
  family: 'algorithm',
  tags: [],
  momentMs: 1000,
  categories: ['edge-cases'],
  quote: 'forgot empty input',
  fix: 'list edge cases first',
  source: 'self',
  createdAt: 5000,
  redrill: { dueAt: 90_000_000, intervalDays: 1, streak: 0, history: [] },
  status: 'open',
});

/** A database with one of everything, written through the app's own repositories. */
async function fill(db: MockloopDb, roundId: string, storyTitle: string): Promise<void> {
  await createRound(db, {
    id: roundId,
    problemIds: ['two-sum'],
    startedAt: 1000,
    durationMs: 45 * 60_000,
    assists: 'off',
    interruptions: { mode: 'fixed', everyMin: 2, seed: 3 },
  });
  await appendEvent(db, roundId, 2000, { type: 'code-snapshot', problemId: 'two-sum', code: 'x = 1' });
  await appendEvent(db, roundId, 3000, {
    type: 'verdict',
    problemId: 'two-sum',
    summary: { kind: 'submit', status: 'accepted', passed: 8, total: 8, ms: 30 },
  });
  // Two identical events (same time, same content) are both kept through a round trip.
  await appendEvent(db, roundId, 3500, { type: 'warning', minutesLeft: 10 });
  await appendEvent(db, roundId, 3500, { type: 'warning', minutesLeft: 10 });
  await saveDraft(db, roundId, 'two-sum', 'x = 2', 2500);
  await endRound(db, roundId, 4000, 'ended-early');
  const storyId = await saveStory(
    db,
    { title: storyTitle, situation: 's', task: 't', action: 'a', result: 'r', tags: ['impact'] },
    100,
  );
  await addDrill(db, {
    storyId,
    stage: 'full',
    startedAt: 200,
    durationMs: 80_000,
    limitMs: 90_000,
    overrunMs: 0,
    probes: [],
    structure: 'ok',
    specificity: null,
  });
  await db.gaps.add(gap(`gap-${roundId}`, roundId));
  // The v4 tables: a design session that is a stage of a full loop, a saved template and a plan.
  const session = newDesignSession({
    id: `design-${roundId}`,
    now: 5000,
    durationMs: 60 * 60_000,
    promptId: 'ads-ranking',
    promptTitle: 'Ads ranking',
    loopId: `loop-${roundId}`,
  });
  await createSession(db, session);
  await saveSession(db, setNumber(setStepNotes(session, 'clarify', 'Which ad formats?'), 'qps', '50k'));
  await appendBoardChange(db, {
    sessionId: session.id,
    at: 5500,
    elements: [
      { id: 'box', type: 'rectangle', version: 1, versionNonce: 1, isDeleted: false, x: 0, y: 0, width: 9, height: 9 },
    ],
  });
  await db.loops.add({
    id: `loop-${roundId}`,
    templateId: 'full-loop',
    startedAt: 4000,
    stages: [
      { kind: 'coding', minutes: 45, refId: roundId, startedAt: 1000, endedAt: 4000 },
      { kind: 'design', minutes: 45, refId: session.id, startedAt: 5000 },
    ],
  });
  await db.templates.add({
    id: `template-${roundId}`,
    name: `Mine ${roundId}`,
    kind: 'coding',
    minutes: 45,
    sections: [{ kind: 'coding', minutes: 45, count: 2 }],
    createdAt: 1,
    updatedAt: 1,
  });
  await db.plans.add({
    id: `plan-${roundId}`,
    weeks: 2,
    startsOn: 0,
    interviewOn: 14 * 86_400_000,
    createdAt: 1,
    doneDays: [0],
  });
}

/** Every table's contents, without seq, sorted so two databases can be compared. */
async function contents(db: MockloopDb) {
  const b = await exportBackup(db, 0);
  const byKey = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
  return {
    rounds: byKey(b.rounds),
    events: byKey(b.events),
    drafts: byKey(b.drafts),
    stories: byKey(b.stories),
    storyDrills: byKey(b.storyDrills),
    gaps: byKey(b.gaps),
    sessions: byKey(b.sessions),
    loops: byKey(b.loops),
    templates: byKey(b.templates),
    plans: byKey(b.plans),
    boardChanges: byKey(b.boardChanges ?? []),
  };
}

const counts = (n: Partial<Record<string, number>>) => ({
  rounds: 0,
  events: 0,
  drafts: 0,
  stories: 0,
  storyDrills: 0,
  gaps: 0,
  sessions: 0,
  loops: 0,
  templates: 0,
  plans: 0,
  boardChanges: 0,
  ...n,
});
/** One of everything `fill` writes. */
const ONE_OF_EACH = {
  rounds: 1,
  events: 6,
  drafts: 1,
  stories: 1,
  storyDrills: 1,
  gaps: 1,
  sessions: 1,
  loops: 1,
  templates: 1,
  plans: 1,
  boardChanges: 1,
};

describe('backup', () => {
  it('exports everything in every table, in a file that passes validation', async () => {
    const db = open('export');
    await fill(db, 'r1', 'Drift');
    const backup = await exportBackup(db, 77);
    expect(backup).toMatchObject({ app: 'mockloop', formatVersion: 1, exportedAt: 77 });
    expect(
      [backup.rounds, backup.events, backup.drafts, backup.stories, backup.storyDrills, backup.gaps].map(
        (t) => t.length,
      ),
    ).toEqual([1, 6, 1, 1, 1, 1]);
    expect([backup.sessions, backup.loops, backup.templates, backup.plans].map((t) => t.length)).toEqual([1, 1, 1, 1]);
    expect(backup.sessions[0]).toMatchObject({ kind: 'design', loopId: 'loop-r1', numbers: { qps: '50k' } });
    expect(backup.events.some((e) => 'seq' in e)).toBe(false);
    expect(backup.rounds[0]).toMatchObject({ endedAt: 4000, endReason: 'ended-early' });
    expect(parseBackupText(JSON.stringify(backup))).toEqual({ ok: true, backup });
  });

  it('writes the file record by record, as the same JSON as one stringify, and it imports', async () => {
    const db = open('blob');
    await fill(db, 'r1', 'Drift');
    const backup = await exportBackup(db, 77);
    const text = await backupBlob(backup).text();
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(backup)));
    const checked = parseBackupText(text);
    expect(checked.ok).toBe(true);
    const copy = open('blob-copy');
    if (checked.ok) await importBackup(copy, checked.backup);
    expect(await contents(copy)).toEqual(await contents(db));
  });

  it('restores a wiped database to identical data', async () => {
    const db = open('restore');
    await fill(db, 'r1', 'Drift');
    const before = await contents(db);
    const text = JSON.stringify(await exportBackup(db, 10));

    const name = db.name;
    db.close();
    await db.delete();
    const fresh = new MockloopDb(name);
    dbs.push(fresh);
    expect((await contents(fresh)).rounds).toEqual([]);

    const checked = parseBackupText(text);
    if (!checked.ok) throw new Error(checked.error);
    const result = await importBackup(fresh, checked.backup);
    expect(result).toEqual({ added: counts(ONE_OF_EACH), skipped: counts({}) });
    expect(await contents(fresh)).toEqual(before);
    expect((await loadRound(fresh, 'r1'))?.events.map((e) => e.type)).toEqual([
      'round-started',
      'code-snapshot',
      'verdict',
      'warning',
      'warning',
      'round-ended',
    ]);
  });

  it('adds nothing when the same backup is imported twice', async () => {
    const source = open('twice-source');
    await fill(source, 'r1', 'Drift');
    const backup = await exportBackup(source, 10);
    const target = open('twice-target');
    await importBackup(target, backup);
    const once = await contents(target);
    const again = await importBackup(target, backup);
    expect(again).toEqual({ added: counts({}), skipped: counts(ONE_OF_EACH) });
    expect(await contents(target)).toEqual(once);
    // Importing into the database it came from adds nothing either.
    expect((await importBackup(source, backup)).added).toEqual(counts({}));
  });

  it('merges with existing data and keeps both', async () => {
    const source = open('merge-source');
    await fill(source, 'r1', 'Drift');
    const target = open('merge-target');
    await fill(target, 'r2', 'Outage');
    // The same round in both, with an event only the target has and a newer draft in the file.
    await createRound(target, {
      id: 'r1',
      problemIds: ['two-sum'],
      startedAt: 1000,
      durationMs: 45 * 60_000,
      assists: 'off',
      interruptions: { mode: 'fixed', everyMin: 2, seed: 3 },
    });
    await appendEvent(target, 'r1', 2000, { type: 'code-snapshot', problemId: 'two-sum', code: 'x = 1' });
    await appendEvent(target, 'r1', 2200, { type: 'run', problemId: 'two-sum', kind: 'run' });
    await saveDraft(target, 'r1', 'two-sum', 'older', 1000);
    await saveDraft(source, 'r1', 'lru', 'newer in file', 3000);

    const result = await importBackup(target, await exportBackup(source, 10));
    expect(result.added).toEqual(
      counts({
        events: 4,
        drafts: 2,
        stories: 1,
        storyDrills: 1,
        gaps: 1,
        sessions: 1,
        loops: 1,
        templates: 1,
        plans: 1,
        boardChanges: 1,
      }),
    );
    expect(result.skipped).toEqual(counts({ rounds: 1, events: 2 }));

    const r1 = await loadRound(target, 'r1');
    expect(r1?.events.map((e) => e.type)).toEqual([
      'round-started',
      'code-snapshot',
      'run',
      'verdict',
      'warning',
      'warning',
      'round-ended',
    ]);
    expect(r1?.drafts).toEqual({ 'two-sum': 'x = 2', lru: 'newer in file' });
    // The round row already present is kept as it was (not ended), not overwritten by the file.
    expect(r1?.round.endedAt).toBeUndefined();
    expect((await target.stories.toArray()).map((s) => s.title).sort()).toEqual(['Drift', 'Outage']);
    expect((await target.gaps.toArray()).map((g) => g.id).sort()).toEqual(['gap-r1', 'gap-r2']);
    expect((await target.sessions.toArray()).map((x) => x.id).sort()).toEqual(['design-r1', 'design-r2']);
    expect((await target.loops.toArray()).map((x) => x.id).sort()).toEqual(['loop-r1', 'loop-r2']);
    expect((await target.templates.toArray()).map((x) => x.name).sort()).toEqual(['Mine r1', 'Mine r2']);
    expect((await target.plans.toArray()).map((x) => x.id).sort()).toEqual(['plan-r1', 'plan-r2']);
    expect(await loadRound(target, 'r2')).toBeDefined();
  });

  it('imports a backup written before the v4 tables existed', async () => {
    const source = open('v3-file-source');
    await fill(source, 'r1', 'Drift');
    const { sessions: _s, loops: _l, templates: _t, plans: _p, ...older } = await exportBackup(source, 10);
    const checked = parseBackupText(JSON.stringify(older));
    if (!checked.ok) throw new Error(checked.error);
    const target = open('v3-file-target');
    const result = await importBackup(target, checked.backup);
    expect(result.added).toEqual(counts({ rounds: 1, events: 6, drafts: 1, stories: 1, storyDrills: 1, gaps: 1 }));
    expect(await target.sessions.count()).toBe(0);
  });

  it('keeps a session already in the database rather than the file’s copy', async () => {
    const source = open('session-source');
    await fill(source, 'r1', 'Drift');
    const backup = await exportBackup(source, 10);
    const target = open('session-target');
    await importBackup(target, backup);
    const mine = await target.sessions.get('design-r1');
    if (mine?.kind !== 'design') throw new Error('expected the design session');
    await saveSession(target, setStepNotes(mine, 'clarify', 'Edited after the backup'));
    const again = await importBackup(target, backup);
    expect(again.skipped.sessions).toBe(1);
    const kept = await target.sessions.get('design-r1');
    expect(kept?.kind === 'design' && kept.steps[0]!.notes).toBe('Edited after the backup');
  });

  it('keeps a newer draft already in the database', async () => {
    const source = open('draft-source');
    await fill(source, 'r1', 'Drift');
    const target = open('draft-target');
    await importBackup(target, await exportBackup(source, 10));
    await saveDraft(target, 'r1', 'two-sum', 'edited since', 9000);
    const result = await importBackup(target, await exportBackup(source, 10));
    expect(result.skipped.drafts).toBe(1);
    expect((await loadRound(target, 'r1'))?.drafts).toEqual({ 'two-sum': 'edited since' });
  });

  it('refuses a corrupt backup before anything reaches the database', async () => {
    const db = open('corrupt');
    await fill(db, 'r1', 'Drift');
    const before = await contents(db);
    const backup = JSON.parse(JSON.stringify(await exportBackup(db, 10))) as Backup;
    // A good new round first, then a bad event: nothing of the file may be written.
    backup.rounds.push({ id: 'r9', problemIds: ['lru'], startedAt: 1, durationMs: 1, assists: 'off' });
    (backup.events[2] as unknown as Record<string, unknown>).at = 'later';
    const checked = validateBackup(backup);
    expect(checked).toEqual({ ok: false, error: 'events[2].at: expected a number, found a string' });
    expect(await contents(db)).toEqual(before);
    expect(await db.rounds.get('r9')).toBeUndefined();
  });

  it('imports all or nothing when a write fails inside the transaction', async () => {
    const db = open('atomic');
    const source = open('atomic-source');
    await fill(source, 'r1', 'Drift');
    const backup = await exportBackup(source, 10);
    // An unvalidated record the database cannot key (drafts need both key parts) fails the import.
    const broken = {
      ...backup,
      drafts: [{ roundId: 'r1', code: 'x', updatedAt: 1 } as unknown as Backup['drafts'][number]],
    };
    await expect(importBackup(db, broken)).rejects.toThrow();
    expect(await db.rounds.count()).toBe(0);
    expect(await db.stories.count()).toBe(0);
  });
});

describe('backupFileName', () => {
  it('names the file by the local date', () => {
    const now = new Date(2026, 10, 22, 12, 0).getTime();
    expect(backupFileName(now)).toBe('mockloop-backup-2026-11-22.json');
    expect(backupFileName(new Date(2027, 0, 5, 0, 30).getTime())).toBe('mockloop-backup-2027-01-05.json');
  });
});
