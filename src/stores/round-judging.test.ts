// Run and Submit as the page feels them: Python gets the code before the page does anything else,
// and the verdict is on screen as soon as it is known, with the timeline's writes still in order.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Problem } from '../domain/problem-schema.ts';
import { MockloopDb } from '../storage/db.ts';
import { loadRound } from '../storage/rounds-repo.ts';
import type { PythonRunner, TimedOutcome } from '../worker/client.ts';
import { configureRoundStore, startRound, useRoundStore } from './round-store.ts';
import { useRunnerStore } from './runner-store.ts';

const MIN = 60_000;
let db: MockloopDb;
/** Lets held writes go (a failing test must not leave them held for the next). */
let release = () => {};
const problem = {
  id: 'demo',
  family: 'algorithm',
  followups: [],
  starter: 'def f():\n    return 1\n',
  entry: { kind: 'function', name: 'f' },
  params: [],
  returns: 'int',
  compare: 'exact',
  tolerance: 0,
  timeLimitMs: 2000,
  cases: [{ name: 'Example 1', hidden: false, args: [], expected: 1 }],
} as unknown as Problem;
const state = () => useRoundStore.getState();
const done = (value: unknown): TimedOutcome => ({
  kind: 'done',
  outcome: { status: 'ok', value },
  output: { stdout: '', stdoutBytes: 0, truncated: false },
  ms: 1,
});

/** A runner whose answers the test hands out: prepare at once, each case when `answer()` is called. */
function scriptedRunner(onPrepare: () => void = () => {}) {
  const waiting: (() => void)[] = [];
  const runner = {
    freshInterpreter: () => true,
    stop: () => false,
    prepare: (): Promise<TimedOutcome> => {
      onPrepare();
      return Promise.resolve(done(null));
    },
    // The judge reads a run's outcomes one by one from a batch: each comes when the test answers it.
    runCases: () => ({
      next: () => new Promise<TimedOutcome>((resolve) => waiting.push(() => resolve(done(1)))),
      cancel: () => {},
    }),
  } as unknown as PythonRunner;
  useRunnerStore.setState({ runner, checkerRunner: () => runner });
  return {
    answer: async () => {
      await vi.waitFor(() => expect(waiting.length).toBeGreaterThan(0));
      waiting.shift()!();
    },
  };
}

beforeEach(() => {
  db = new MockloopDb(`judging-${Math.random()}`);
  configureRoundStore({ db: () => db, now: () => Date.now(), loadProblem: async () => problem });
});
afterEach(async () => {
  release();
  vi.restoreAllMocks();
  useRunnerStore.setState({ runner: null, checkerRunner: null });
  await state().settled();
  db.close();
  await db.delete();
});

describe('Run and Submit, as fast as the page can make them', () => {
  it('Python is asked before the page shows the run or opens any transaction for it', async () => {
    const id = await startRound(['demo'], 45 * MIN, 'off');
    await state().open(id);
    state().setCode('def f():\n    return 2\n');
    await state().settled();
    const transaction = vi.spyOn(db, 'transaction');
    const seen: { running: string | null; transactions: number }[] = [];
    const python = scriptedRunner(() =>
      seen.push({ running: state().running, transactions: transaction.mock.calls.length }),
    );
    const run = state().run('run');
    expect(seen).toEqual([{ running: null, transactions: 0 }]);
    expect(state().running).toBe('run'); // and the page shows it at once after
    await python.answer();
    await run;
    expect((await loadRound(db, id))!.events.map((e) => e.type).slice(-3)).toEqual(['code-snapshot', 'run', 'verdict']);
  });

  it('the verdict is shown while its write is still in flight; a Run started meanwhile writes after it', async () => {
    const id = await startRound(['demo'], 45 * MIN, 'off');
    await state().open(id);
    const python = scriptedRunner();
    // Every single-event write (the verdict's) is held until the test lets it go.
    const held = new Promise<void>((resolve) => (release = resolve));
    const add = db.events.add.bind(db.events);
    vi.spyOn(db.events, 'add').mockImplementation(((event: never) => held.then(() => add(event))) as never);
    const first = state().run('run');
    await python.answer();
    await vi.waitFor(() => expect(state().results.demo?.report.status).toBe('accepted'));
    expect(state().running).toBeNull(); // Run and Submit usable again, the verdict not yet written
    expect(state().events.map((e) => e.type)).not.toContain('verdict');
    // The candidate runs again at once: that Run's code snapshot and run wait for the verdict.
    const bulkAdd = vi.spyOn(db.events, 'bulkAdd');
    const second = state().run('submit');
    expect(state().running).toBe('submit');
    await python.answer();
    await vi.waitFor(() => expect(state().running).toBeNull());
    expect(bulkAdd).not.toHaveBeenCalled();
    release();
    await Promise.all([first, second]);
    await state().settled();
    expect((await loadRound(db, id))!.events.map((e) => e.type).filter((t) => t === 'run' || t === 'verdict')).toEqual([
      'run',
      'verdict',
      'run',
      'verdict',
    ]);
    expect(
      state()
        .events.map((e) => e.type)
        .filter((t) => t === 'run' || t === 'verdict'),
    ).toEqual(['run', 'verdict', 'run', 'verdict']);
  });
});
