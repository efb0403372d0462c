import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Problem } from '../domain/problem-schema.ts';
import { MockloopDb } from '../storage/db.ts';
import { loadRound } from '../storage/rounds-repo.ts';
import { configureRoundStore, startRound, useRoundStore } from './round-store.ts';

const MIN = 60_000;
let now = 1_000_000;
let db: MockloopDb;
const problem = { id: 'demo', starter: 'class Solution:\n    pass\n' } as Problem;

beforeEach(() => {
  now = 1_000_000;
  db = new MockloopDb(`store-${Math.random()}`);
  configureRoundStore({ db: () => db, now: () => now, loadProblem: async (id) => (id === 'demo' ? problem : undefined) });
});
afterEach(async () => {
  await useRoundStore.getState().flush();
  db.close();
  await db.delete();
});

/** Lets the store's fire-and-forget writes land. */
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('round store', () => {
  it('opens a new round with the starter code and counts down from the start timestamp', async () => {
    const id = await startRound(['demo'], 45 * MIN, 'off');
    await useRoundStore.getState().open(id);
    const s = useRoundStore.getState();
    expect(s.phase).toBe('active');
    expect(s.code.demo).toBe(problem.starter);
    expect(s.round?.startedAt).toBe(1_000_000);
  });

  it('announces each warning once and records it on the timeline', async () => {
    const id = await startRound(['demo'], 45 * MIN, 'off');
    await useRoundStore.getState().open(id);
    now += 35 * MIN;
    useRoundStore.getState().tick();
    useRoundStore.getState().tick();
    await settle();
    expect(useRoundStore.getState().warning).toBe(10);
    now += 6 * MIN;
    useRoundStore.getState().tick();
    await settle();
    expect(useRoundStore.getState().warning).toBe(5);
    const events = (await loadRound(db, id))!.events;
    expect(events.filter((e) => e.type === 'warning').map((e) => (e.type === 'warning' ? e.minutesLeft : 0))).toEqual([10, 5]);
  });

  it('ends at the deadline, not when the tick notices, and keeps the last code', async () => {
    const id = await startRound(['demo'], 20 * MIN, 'off');
    await useRoundStore.getState().open(id);
    useRoundStore.getState().setCode('print("final")');
    now += 27 * MIN; // the tab slept through the end
    useRoundStore.getState().tick();
    await settle();
    await settle();
    const s = useRoundStore.getState();
    expect(s.phase).toBe('ended');
    const saved = (await loadRound(db, id))!;
    expect(saved.round).toMatchObject({ endedAt: 1_000_000 + 20 * MIN, endReason: 'time-up' });
    expect(saved.drafts.demo).toBe('print("final")');
    // Edits after the end are refused.
    useRoundStore.getState().setCode('late');
    expect(useRoundStore.getState().code.demo).toBe('print("final")');
  });

  it('reopens a round whose time ran out while the app was closed as ended', async () => {
    const id = await startRound(['demo'], 20 * MIN, 'off');
    now += 60 * MIN;
    await useRoundStore.getState().open(id);
    await settle();
    expect(useRoundStore.getState().phase).toBe('ended');
    expect((await loadRound(db, id))!.round.endedAt).toBe(1_000_000 + 20 * MIN);
  });

  it('restores the autosaved draft on reopen', async () => {
    const id = await startRound(['demo'], 45 * MIN, 'off');
    await useRoundStore.getState().open(id);
    useRoundStore.getState().setCode('x = 41');
    await useRoundStore.getState().flush();
    await useRoundStore.getState().open(id);
    expect(useRoundStore.getState().code.demo).toBe('x = 41');
  });
});
