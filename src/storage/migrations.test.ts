// Upgrades from every earlier schema version keep the data written under it.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { MockloopDb, SCHEMA_VERSIONS } from './db.ts';
import { dueGaps, listGaps } from './gaps-repo.ts';
import { allRoundsWithEvents, loadRound, solvedProblemIds } from './rounds-repo.ts';
import { appendAudioChunk, beginRecording, loadAudio } from './audio-repo.ts';
import { createSession, getSession, listRecentSessions } from './practice-rounds-repo.ts';
import { listStories, saveStory } from './stories-repo.ts';

/** A database as an older app version declared it. */
function openAtVersion(name: string, upTo: number): Dexie {
  const db = new Dexie(name);
  for (const [v, stores] of Object.entries(SCHEMA_VERSIONS))
    if (Number(v) <= upTo) db.version(Number(v)).stores(stores);
  return db;
}

describe('schema migrations', () => {
  it('keeps rounds, timelines and drafts written by version 1', async () => {
    const name = `migrate-v1-${Math.random()}`;
    const v1 = openAtVersion(name, 1);
    await v1.table('rounds').add({
      id: 'r1',
      problemIds: ['two-sum'],
      startedAt: 5,
      durationMs: 60_000,
      assists: 'off',
      endedAt: 60_005,
      endReason: 'time-up',
    });
    await v1.table('events').add({
      type: 'round-started',
      roundId: 'r1',
      at: 5,
      problemIds: ['two-sum'],
      durationMs: 60_000,
      assists: 'off',
    });
    await v1.table('events').add({
      type: 'verdict',
      roundId: 'r1',
      at: 50,
      problemId: 'two-sum',
      summary: { kind: 'submit', status: 'accepted', passed: 8, total: 8, ms: 40 },
    });
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

  it('keeps stories and drills written by version 2', async () => {
    const name = `migrate-v2-${Math.random()}`;
    const v2 = openAtVersion(name, 2);
    await v2.table('rounds').add({
      id: 'r2',
      problemIds: ['two-sum'],
      startedAt: 1,
      durationMs: 60_000,
      assists: 'off',
      interruptions: { mode: 'fixed', everyMin: 2, seed: 7 },
    });
    await v2.table('stories').add({
      id: 's1',
      title: 'Outage',
      situation: 's',
      task: 't',
      action: 'a',
      result: 'r',
      tags: ['production incident'],
      createdAt: 1,
      updatedAt: 2,
    });
    await v2.table('storyDrills').add({
      id: 'd1',
      storyId: 's1',
      stage: 'full',
      startedAt: 3,
      durationMs: 95_000,
      limitMs: 90_000,
      overrunMs: 5_000,
      probes: [],
      structure: 'ok',
      specificity: null,
    });
    v2.close();

    const db = new MockloopDb(name);
    expect((await listStories(db)).map((s) => s.title)).toEqual(['Outage']);
    expect(await db.storyDrills.get('d1')).toMatchObject({ overrunMs: 5_000, structure: 'ok' });
    expect((await loadRound(db, 'r2'))?.round.interruptions).toEqual({ mode: 'fixed', everyMin: 2, seed: 7 });
    expect(await db.gaps.count()).toBe(0);
    db.close();
    await db.delete();
  });

  it('keeps every table written by version 3 (gap log included) and lets sessions be written on version 4', async () => {
    const name = `migrate-v3-${Math.random()}`;
    const v3 = openAtVersion(name, 3);
    const round = {
      id: 'r3',
      problemIds: ['two-sum', 'lru-cache'],
      startedAt: 10,
      durationMs: 45 * 60_000,
      assists: 'off',
      interruptions: { mode: 'random', everyMin: 3, seed: 11 },
      endedAt: 2_000,
      endReason: 'ended-early',
    };
    const events = [
      {
        type: 'round-started',
        roundId: 'r3',
        at: 10,
        problemIds: ['two-sum', 'lru-cache'],
        durationMs: 45 * 60_000,
        assists: 'off',
        interruptions: { mode: 'random', everyMin: 3, seed: 11 },
      },
      {
        type: 'interruption-asked',
        roundId: 'r3',
        at: 500,
        slot: 0,
        questionId: 'q-early',
        source: 'prompt',
        question: 'What are the edge cases?',
        problemId: 'two-sum',
        code: '',
      },
      {
        type: 'interruption-answered',
        roundId: 'r3',
        at: 900,
        slot: 0,
        answer: '',
        aloud: true,
        rating: 'partial',
        latencyMs: 400,
      },
      { type: 'round-ended', roundId: 'r3', at: 2_000, reason: 'ended-early' },
    ];
    const gap = {
      id: 'g3',
      roundId: 'r3',
      problemId: 'two-sum',
      family: 'algorithm',
      tags: ['hashing'],
      momentMs: 490,
      categories: ['edge-cases'],
      quote: 'I never said what happens with duplicates',
      fix: 'Name duplicates before coding',
      source: 'self',
      createdAt: 3_000,
      redrill: { dueAt: 3_000 + 86_400_000, intervalDays: 1, streak: 0, history: [] },
      status: 'open',
    };
    await v3.table('rounds').add(round);
    for (const e of events) await v3.table('events').add({ ...e }); // a copy: the database sets seq on what it is given
    await v3
      .table('drafts')
      .put({ roundId: 'r3', problemId: 'lru-cache', code: 'class LRUCache: ...', updatedAt: 1_500 });
    await v3.table('stories').add({
      id: 's3',
      title: 'Rollback',
      situation: 's',
      task: 't',
      action: 'a',
      result: 'r',
      tags: ['production incident'],
      createdAt: 1,
      updatedAt: 2,
    });
    await v3.table('storyDrills').add({
      id: 'd3',
      storyId: 's3',
      stage: 'short',
      startedAt: 3,
      durationMs: 28_000,
      limitMs: 30_000,
      overrunMs: 0,
      probes: [],
      structure: null,
      specificity: 'strong',
    });
    await v3.table('gaps').add(gap);
    v3.close();

    const db = new MockloopDb(name);
    expect(db.verno).toBe(Math.max(...Object.keys(SCHEMA_VERSIONS).map(Number)));
    const loaded = await loadRound(db, 'r3');
    expect(loaded?.round).toEqual(round);
    expect(loaded?.events).toEqual(events);
    expect(loaded?.drafts).toEqual({ 'lru-cache': 'class LRUCache: ...' });
    expect(await db.storyDrills.get('d3')).toMatchObject({ stage: 'short', specificity: 'strong' });
    expect((await listStories(db)).map((s) => s.id)).toEqual(['s3']);
    expect(await db.gaps.get('g3')).toEqual(gap);
    // The version 4 tables start empty and take writes.
    expect(await Promise.all([db.sessions.count(), db.loops.count(), db.templates.count(), db.plans.count()])).toEqual([
      0, 0, 0, 0,
    ]);
    await createSession(db, {
      id: 'f1',
      kind: 'fundamentals',
      startedAt: 5_000,
      durationMs: 60_000,
      questionIds: ['bv-1'],
      items: [{ questionId: 'bv-1', shownAt: 5_000, answer: '', aloud: false, limitMs: 60_000 }],
    });
    expect((await getSession(db, 'f1'))?.kind).toBe('fundamentals');
    expect((await listRecentSessions(db)).map((s) => s.id)).toEqual(['f1']);
    db.close();
    await db.delete();
  });

  it('indexes events written by version 4 by type, and gaps by status and due time (version 5)', async () => {
    const name = `migrate-v4-${Math.random()}`;
    const v4 = openAtVersion(name, 4);
    const DAY = 86_400_000;
    await v4.table('rounds').add({
      id: 'r4',
      problemIds: ['two-sum'],
      startedAt: 10,
      durationMs: 60_000,
      assists: 'off',
      endedAt: 60_010,
      endReason: 'time-up',
    });
    const events = [
      { type: 'round-started', roundId: 'r4', at: 10, problemIds: ['two-sum'], durationMs: 60_000, assists: 'off' },
      { type: 'code-snapshot', roundId: 'r4', at: 20, problemId: 'two-sum', code: 'x'.repeat(1000) },
      { type: 'run', roundId: 'r4', at: 30, problemId: 'two-sum', kind: 'submit' },
      {
        type: 'verdict',
        roundId: 'r4',
        at: 30,
        problemId: 'two-sum',
        summary: { kind: 'submit', status: 'accepted', passed: 8, total: 8, ms: 40 },
      },
      { type: 'code-snapshot', roundId: 'r4', at: 40, problemId: 'two-sum', code: 'y' },
      { type: 'round-ended', roundId: 'r4', at: 60_010, reason: 'time-up' },
    ];
    for (const e of events) await v4.table('events').add({ ...e });
    const gap = (id: string, dueAt: number, status: string, createdAt: number) => ({
      id,
      roundId: 'r4',
      problemId: 'two-sum',
      family: 'algorithm',
      tags: [],
      momentMs: 0,
      categories: ['edge-cases'],
      quote: 'q',
      fix: 'f',
      source: 'self',
      createdAt,
      redrill: { dueAt, intervalDays: 1, streak: 0, history: [] },
      status,
    });
    await v4
      .table('gaps')
      .bulkAdd([
        gap('due-late', 5 * DAY, 'open', 3),
        gap('due-early', 2 * DAY, 'open', 1),
        gap('fixed', DAY, 'fixed', 2),
        gap('soon', 10 * DAY + 1, 'open', 4),
        gap('later', 12 * DAY, 'open', 5),
      ]);
    v4.close();

    const db = new MockloopDb(name);
    expect(db.verno).toBe(Math.max(...Object.keys(SCHEMA_VERSIONS).map(Number)));
    const [withCode] = await allRoundsWithEvents(db);
    expect(withCode!.events.map((e) => e.type)).toEqual(events.map((e) => e.type));
    // Statistics read the same timeline, in the same order, without the code.
    const [statistics] = await allRoundsWithEvents(db, { code: false });
    expect(statistics!.events).toEqual(withCode!.events.filter((e) => e.type !== 'code-snapshot'));
    expect(await solvedProblemIds(db)).toEqual(new Set(['two-sum']));
    expect((await listGaps(db)).map((g) => g.id)).toEqual(['later', 'soon', 'due-late', 'fixed', 'due-early']);
    const now = 10 * DAY;
    expect(await dueGaps(db, now, DAY, 1)).toMatchObject({
      due: [expect.objectContaining({ id: 'due-early' })],
      dueCount: 2,
      soonCount: 1,
    });
    expect((await dueGaps(db, now, DAY, 20)).due.map((g) => g.id)).toEqual(['due-early', 'due-late']);
    db.close();
    await db.delete();
  });

  it('keeps the rounds written by version 5 and adds empty think-aloud audio tables (version 7)', async () => {
    const name = 'migrate-v5-audio';
    const v5 = openAtVersion(name, 5);
    await v5
      .table('rounds')
      .add({ id: 'r1', problemIds: ['two-sum'], startedAt: 1, durationMs: 60_000, assists: 'off' });
    await v5.table('events').add({
      type: 'round-started',
      roundId: 'r1',
      at: 1,
      problemIds: ['two-sum'],
      durationMs: 60_000,
      assists: 'off',
    });
    v5.close();

    const db = new MockloopDb(name);
    expect((await loadRound(db, 'r1'))?.round.id).toBe('r1');
    expect(await db.recordings.count()).toBe(0);
    await beginRecording(db, 'r1', 'audio/webm;codecs=opus', 1);
    await appendAudioChunk(db, 'r1', 2, new Uint8Array([1]).buffer);
    expect((await loadAudio(db, 'r1'))?.recording.bytes).toBe(1);
    db.close();
    await db.delete();
  });
});
