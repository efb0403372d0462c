import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MockloopDb } from './db.ts';
import { appendEvent, createRound, endRound, listRounds, loadRound, saveDraft } from './rounds-repo.ts';

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

const round = (id: string, startedAt: number) => ({
  id,
  problemIds: ['two-sum'],
  startedAt,
  durationMs: 45 * 60_000,
  assists: 'off' as const,
});

describe('rounds repository', () => {
  it('stores a round with its timeline and drafts, and loads them back in time order', async () => {
    const db = open('repo-a');
    await createRound(db, round('r1', 1000));
    await appendEvent(db, 'r1', 3000, { type: 'run', problemId: 'two-sum', kind: 'run' });
    await appendEvent(db, 'r1', 2000, { type: 'code-snapshot', problemId: 'two-sum', code: 'x = 1' });
    await saveDraft(db, 'r1', 'two-sum', 'x = 2', 3500);
    const loaded = await loadRound(db, 'r1');
    expect(loaded?.events.map((e) => e.type)).toEqual(['round-started', 'code-snapshot', 'run']);
    expect(loaded?.drafts).toEqual({ 'two-sum': 'x = 2' });
    expect(await loadRound(db, 'nope')).toBeUndefined();
  });

  it('ends a round once, even when two tabs race to end it', async () => {
    const tabA = open('repo-b');
    const tabB = new MockloopDb('repo-b');
    await createRound(tabA, round('r1', 0));
    const [a, b] = await Promise.all([
      endRound(tabA, 'r1', 45 * 60_000, 'time-up'),
      endRound(tabB, 'r1', 45 * 60_000 + 5, 'ended-early'),
    ]);
    tabB.close();
    expect([a, b].filter(Boolean)).toHaveLength(1);
    const loaded = await loadRound(tabA, 'r1');
    expect(loaded?.events.filter((e) => e.type === 'round-ended')).toHaveLength(1);
    expect(loaded?.round.endedAt).toBeDefined();
  });

  it('keeps events appended from two tabs at the same time', async () => {
    const tabA = open('repo-c');
    const tabB = new MockloopDb('repo-c');
    await createRound(tabA, round('r1', 0));
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        appendEvent(i % 2 ? tabA : tabB, 'r1', 10 + i, { type: 'warning', minutesLeft: i }),
      ),
    );
    tabB.close();
    const loaded = await loadRound(tabA, 'r1');
    expect(loaded?.events.filter((e) => e.type === 'warning')).toHaveLength(20);
  });

  it('lists the latest rounds first', async () => {
    const db = open('repo-d');
    await createRound(db, round('old', 1));
    await createRound(db, round('new', 2));
    expect((await listRounds(db)).map((r) => r.id)).toEqual(['new', 'old']);
  });
});
