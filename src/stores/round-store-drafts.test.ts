// The round store's saving: drafts stay with their own round, every change is journalled at once,
// oversized code is refused with a message, and a storage error never leaves Run disabled.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Problem } from '../domain/problem-schema.ts';
import { MockloopDb } from '../storage/db.ts';
import { journalUnsaved, unsavedFor } from '../storage/draft-journal.ts';
import { loadRound, saveDraft } from '../storage/rounds-repo.ts';
import type { PythonRunner } from '../worker/client.ts';
import { MAX_DRAFT_CHARS } from './round-drafts.ts';
import { configureRoundStore, startRound, useRoundStore } from './round-store.ts';
import { useRunnerStore } from './runner-store.ts';

const MIN = 60_000;
let now = 1_000_000;
let db: MockloopDb;
const problem = {
  id: 'demo',
  family: 'algorithm',
  followups: [],
  starter: 'class Solution:\n    pass\n',
  cases: [],
} as unknown as Problem;
const other = { ...problem, id: 'other', starter: '# other\n' } as Problem;
const state = () => useRoundStore.getState();

function fakeLocalStorage(): () => void {
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
  return () => Reflect.deleteProperty(globalThis, 'localStorage');
}

beforeEach(() => {
  now = 1_000_000;
  db = new MockloopDb(`drafts-${Math.random()}`);
  const bank: Record<string, Problem> = { demo: problem, other };
  configureRoundStore({ db: () => db, now: () => now, loadProblem: async (id) => bank[id] });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await state()
    .flush()
    .catch(() => {});
  db.close();
  await db.delete();
});

describe('round store drafts', () => {
  it('code typed just before opening another round is saved under its own round, never the next one', async () => {
    const first = await startRound(['demo'], 45 * MIN, 'off');
    const second = await startRound(['demo'], 45 * MIN, 'off');
    await state().open(first);
    state().setCode('typed in the first round');
    // The second round opens at once (well inside any autosave delay).
    await state().open(second);
    await state().flush();
    expect((await loadRound(db, first))!.drafts.demo).toBe('typed in the first round');
    expect((await loadRound(db, second))!.drafts.demo).toBeUndefined();
    expect(state().code.demo).toBe(problem.starter);
  });

  it('journals every change synchronously, before any database write, and clears it once written', async () => {
    const restore = fakeLocalStorage();
    try {
      const id = await startRound(['demo'], 45 * MIN, 'off');
      await state().open(id);
      state().setCode('a');
      state().setCode('ab');
      expect(unsavedFor(id).map((d) => d.code)).toEqual(['ab']);
      await state().flush();
      expect(unsavedFor(id)).toEqual([]);
      expect((await loadRound(db, id))!.drafts.demo).toBe('ab');
    } finally {
      restore();
    }
  });

  it('on open, a journal entry older than the saved draft (its clearing lost with the browser) does not win', async () => {
    const restore = fakeLocalStorage();
    try {
      const id = await startRound(['demo'], 45 * MIN, 'off');
      journalUnsaved([{ roundId: id, problemId: 'demo', code: 'older keystrokes', at: now }]);
      now += 1_000;
      await saveDraft(db, id, 'demo', 'newer keystrokes', now);
      await state().open(id);
      expect(state().code.demo).toBe('newer keystrokes');
    } finally {
      restore();
    }
  });

  it('writes the newest of many quick changes last (one write in flight at a time)', async () => {
    const id = await startRound(['demo'], 45 * MIN, 'off');
    await state().open(id);
    for (let i = 1; i <= 50; i++) state().setCode(`x = ${i}`);
    await state().flush();
    expect((await loadRound(db, id))!.drafts.demo).toBe('x = 50');
  });

  it('refuses code over the limit with a message, keeping what was saved before', async () => {
    const id = await startRound(['demo'], 45 * MIN, 'off');
    await state().open(id);
    state().setCode('kept');
    await state().flush();
    state().setCode('x'.repeat(MAX_DRAFT_CHARS + 1));
    await state().flush();
    expect(state().codeTooLong).toBe(true);
    expect((await loadRound(db, id))!.drafts.demo).toBe('kept');
    state().setCode('shorter again');
    await state().flush();
    expect(state().codeTooLong).toBe(false);
    expect((await loadRound(db, id))!.drafts.demo).toBe('shorter again');
  });

  it('a storage error during Run (not a full disk) says so and leaves Run and Submit usable', async () => {
    const runner = {
      freshInterpreter: () => {},
      prepare: async () => ({ kind: 'unavailable', message: 'fake' }),
    } as unknown as PythonRunner;
    useRunnerStore.setState({ runner, checkerRunner: () => runner });
    try {
      const id = await startRound(['demo'], 45 * MIN, 'off');
      await state().open(id);
      state().setCode('print(1)');
      await state().flush();
      // What Dexie does when another tab upgrades the schema: the database closes under us.
      vi.spyOn(db.events, 'bulkAdd').mockRejectedValue(
        Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' }),
      );
      await state().run('run');
      expect(state().running).toBeNull();
      expect(state().storageError).toMatch(/could not be saved.*Database has been closed/);
    } finally {
      useRunnerStore.setState({ runner: null, checkerRunner: null });
    }
  });

  it('Run starts judging while its code snapshot and run are written, in one transaction, and records the verdict after them', async () => {
    let writes = 0;
    // Every read-write transaction opened on any database of this test (fake-indexeddb's own class).
    const original = IDBDatabase.prototype.transaction;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      if (args[1] === 'readwrite') writes++;
      return original.apply(this, args);
    });
    const order: string[] = [];
    let release = () => {};
    const runner = {
      freshInterpreter: () => {},
      prepare: async () => {
        order.push('judging');
        release();
        return { kind: 'unavailable', message: 'fake' };
      },
    } as unknown as PythonRunner;
    useRunnerStore.setState({ runner, checkerRunner: () => runner });
    try {
      const id = await startRound(['demo'], 45 * MIN, 'off');
      await state().open(id);
      // Typed twice within the snapshot interval: the second version is snapshotted only by the Run.
      state().setCode('def f(): return 0');
      state().setCode('def f(): return 1');
      await state().settled();
      // The run's write is held until the judge has started (or 100 ms have passed, for code that waits).
      const dexieTransaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
      vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) => {
        if (args[0] !== 'rw') return dexieTransaction(...args);
        const gate = new Promise<void>((resolve) => {
          release = resolve;
          setTimeout(resolve, 100);
        });
        return gate.then(() => {
          order.push('written');
          return dexieTransaction(...args);
        });
      }) as never);
      writes = 0;
      await state().run('run');
      expect(order).toEqual(['judging', 'written']);
      expect(writes).toBe(2); // the snapshot and the run together, then the verdict
      const types = (await loadRound(db, id))!.events.map((e) => e.type);
      expect(types.slice(-3)).toEqual(['code-snapshot', 'run', 'verdict']);
      expect(
        state()
          .events.slice(-3)
          .map((e) => e.type),
      ).toEqual(['code-snapshot', 'run', 'verdict']);
      expect((await loadRound(db, id))!.drafts.demo).toBe('def f(): return 1');
      // Unchanged code is not snapshotted twice: the next Run writes the run alone.
      writes = 0;
      await state().run('submit');
      expect(writes).toBe(2);
      expect((await loadRound(db, id))!.events.map((e) => e.type).slice(-4)).toEqual([
        'run',
        'verdict',
        'run',
        'verdict',
      ]);
    } finally {
      useRunnerStore.setState({ runner: null, checkerRunner: null });
    }
  });

  it('a failed write is retried by the next flush and its journal entry kept until then', async () => {
    const restore = fakeLocalStorage();
    try {
      const id = await startRound(['demo'], 45 * MIN, 'off');
      await state().open(id);
      const put = vi.spyOn(db.drafts, 'put').mockRejectedValueOnce(new Error('transient'));
      state().setCode('first try fails');
      await vi.waitFor(() => expect(state().storageError).toMatch(/transient/));
      expect(unsavedFor(id).map((d) => d.code)).toEqual(['first try fails']);
      put.mockRestore();
      await state().flush();
      expect((await loadRound(db, id))!.drafts.demo).toBe('first try fails');
      expect(unsavedFor(id)).toEqual([]);
      expect(state().storageError).toBeNull();
    } finally {
      restore();
    }
  });
});
