import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Problem } from '../domain/problem-schema.ts';
import { MockloopDb } from '../storage/db.ts';
import { journalUnsaved, unsavedFor } from '../storage/draft-journal.ts';
import { loadRound } from '../storage/rounds-repo.ts';
import { configureRoundStore, startRound, useRoundStore } from './round-store.ts';

const MIN = 60_000;
let now = 1_000_000;
let db: MockloopDb;
const problem = {
  id: 'demo',
  family: 'algorithm',
  followups: ['What is the complexity?'],
  starter: 'class Solution:\n    pass\n',
} as Problem;

beforeEach(() => {
  now = 1_000_000;
  db = new MockloopDb(`store-${Math.random()}`);
  configureRoundStore({
    db: () => db,
    now: () => now,
    loadProblem: async (id) => (id === 'demo' ? problem : undefined),
  });
});
afterEach(async () => {
  await useRoundStore.getState().flush();
  db.close();
  await db.delete();
});

/** Waits until every write the store started in the background has landed (no fixed sleep). */
const settle = () => useRoundStore.getState().settled();

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
    expect(events.filter((e) => e.type === 'warning').map((e) => (e.type === 'warning' ? e.minutesLeft : 0))).toEqual([
      10, 5,
    ]);
  });

  it('takes the "5 minutes left" banner down when the time is up', async () => {
    const id = await startRound(['demo'], 20 * MIN, 'off');
    await useRoundStore.getState().open(id);
    now += 16 * MIN;
    useRoundStore.getState().tick();
    await settle();
    expect(useRoundStore.getState().warning).toBe(5);
    now += 5 * MIN;
    useRoundStore.getState().tick();
    await vi.waitFor(() => expect(useRoundStore.getState().phase).toBe('ended'));
    expect(useRoundStore.getState().warning).toBeNull();
  });

  it('ends at the deadline, not when the tick notices, and keeps the last code', async () => {
    const id = await startRound(['demo'], 20 * MIN, 'off');
    await useRoundStore.getState().open(id);
    useRoundStore.getState().setCode('print("final")');
    now += 27 * MIN; // the tab slept through the end
    useRoundStore.getState().tick();
    await vi.waitFor(() => expect(useRoundStore.getState().phase).toBe('ended'));
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
    // The end is written by the first tick, in the background: wait for it rather than a fixed time.
    await vi.waitFor(() => expect(useRoundStore.getState().phase).toBe('ended'));
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

describe('interruptions', () => {
  it('asks at every scheduled minute, one at a time, and records answers with latency and code', async () => {
    const id = await startRound(['demo'], 10 * MIN, 'off', { mode: 'fixed', everyMin: 2, seed: 5 });
    await useRoundStore.getState().open(id);
    useRoundStore.getState().setCode('x = 1');
    for (const minute of [2, 4, 6, 8, 10]) {
      now = 1_000_000 + minute * MIN;
      useRoundStore.getState().tick();
      await settle();
      useRoundStore.getState().tick(); // a second tick while the question is open asks nothing more
      await settle();
      now += 7_000;
      await useRoundStore.getState().answerInterruption({ text: `answer at ${minute}`, aloud: false, rating: 'clear' });
    }
    const events = (await loadRound(db, id))!.events;
    const asked = events.filter((e) => e.type === 'interruption-asked');
    const answered = events.filter((e) => e.type === 'interruption-answered');
    expect(asked.map((e) => e.at - 1_000_000)).toEqual([2, 4, 6, 8, 10].map((m) => m * MIN));
    expect(new Set(asked.map((e) => (e.type === 'interruption-asked' ? e.questionId : ''))).size).toBe(5);
    expect(asked[0]).toMatchObject({ code: 'x = 1', problemId: 'demo' });
    expect(answered.map((e) => (e.type === 'interruption-answered' ? e.latencyMs : 0))).toEqual([
      7000, 7000, 7000, 7000, 7000,
    ]);
    // The closing question came with the end of the round.
    expect(events.at(-1)?.type).toBe('interruption-answered');
    expect(events.some((e) => e.type === 'round-ended')).toBe(true);
  });

  it('keeps the schedule across a reload: an open question stays open and nothing is asked twice', async () => {
    const id = await startRound(['demo'], 20 * MIN, 'off', { mode: 'fixed', everyMin: 2, seed: 9 });
    await useRoundStore.getState().open(id);
    now += 2 * MIN;
    useRoundStore.getState().tick();
    await settle();
    now += 30_000;
    await useRoundStore.getState().open(id); // reload with the question unanswered
    useRoundStore.getState().tick();
    await settle();
    let events = useRoundStore.getState().events;
    expect(events.filter((e) => e.type === 'interruption-asked')).toHaveLength(1);
    await useRoundStore.getState().answerInterruption({ text: '', aloud: true, rating: null });
    now = 1_000_000 + 3 * MIN;
    await useRoundStore.getState().open(id);
    useRoundStore.getState().tick();
    await settle();
    expect(useRoundStore.getState().events.filter((e) => e.type === 'interruption-asked')).toHaveLength(1);
    now = 1_000_000 + 4 * MIN;
    useRoundStore.getState().tick();
    await settle();
    events = useRoundStore.getState().events;
    expect(events.filter((e) => e.type === 'interruption-asked').map((e) => e.at - 1_000_000)).toEqual([
      2 * MIN,
      4 * MIN,
    ]);
    const first = events.find((e) => e.type === 'interruption-answered');
    expect(first).toMatchObject({ aloud: true, latencyMs: 30_000 });
  });

  it('a page closed before the autosave landed: the journalled code comes back on open and is saved', async () => {
    const items = new Map<string, string>();
    const fake = {
      get length() {
        return items.size;
      },
      key: (i: number) => [...items.keys()][i] ?? null,
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    };
    Object.defineProperty(globalThis, 'localStorage', { value: fake, configurable: true });
    try {
      const id = await startRound(['demo'], 45 * MIN, 'off');
      await useRoundStore.getState().open(id);
      useRoundStore.getState().setCode('typed just before closing');
      useRoundStore.getState().saveNow();
      // Synchronous: in the journal before any write to the database could land.
      expect(unsavedFor(id).map((d) => d.code)).toEqual(['typed just before closing']);
      await settle();
      expect(unsavedFor(id)).toEqual([]); // the draft reached the database, the journal is cleared

      // The tab died before the database write: only the journal has the newest code.
      journalUnsaved([{ roundId: id, problemId: 'demo', code: 'the very last keystrokes', at: now }]);
      await useRoundStore.getState().open(id);
      expect(useRoundStore.getState().code.demo).toBe('the very last keystrokes');
      expect((await loadRound(db, id))?.drafts.demo).toBe('the very last keystrokes');
      expect(unsavedFor(id)).toEqual([]);
    } finally {
      Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });
  it('a round whose end is still being written when another opens never takes the new one over', async () => {
    const first = await startRound(['demo'], 10 * MIN, 'off');
    const second = await startRound(['demo'], 45 * MIN, 'off');
    await useRoundStore.getState().open(first);
    // Hold the first round's end-of-round write until the second round is open.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
    let held = false;
    const spy = vi.spyOn(db, 'transaction').mockImplementation((async (...args: unknown[]) => {
      if (!held && args[0] === 'rw' && args[1] === db.rounds && args[2] === db.events) {
        held = true;
        await gate;
      }
      return transaction(...args);
    }) as never);
    try {
      now += 11 * MIN;
      useRoundStore.getState().tick(); // the first round's end starts writing, and waits
      await vi.waitFor(() => expect(held).toBe(true));
      await useRoundStore.getState().open(second);
      // The second round's own end is not refused because the first one's is in flight.
      const ending = useRoundStore.getState().end('ended-early');
      release();
      await ending;
      await settle();
    } finally {
      spy.mockRestore();
    }
    expect(useRoundStore.getState().round?.id).toBe(second);
    expect(useRoundStore.getState().round?.endReason).toBe('ended-early');
    expect((await loadRound(db, first))?.round.endReason).toBe('time-up');
    expect((await loadRound(db, second))?.round.endReason).toBe('ended-early');
  });
});
