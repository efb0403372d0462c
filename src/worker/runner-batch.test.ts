// A Submit's cases in one message: the real client, judge and engine, joined by an in-memory port
// to an interpreter faked in JavaScript (the engine cannot tell). The engine sees every request, so
// these count messages and check that per-case limits, Stop, crashes and the fallback without a
// shared buffer behave as when each case had its own message. (scripts/runner/ runs the same paths
// through real Pyodide in a worker thread.)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TestCase } from '../domain/problem-schema.ts';
import { PythonRunner } from './client.ts';
import { HEALTHY } from './engine-support.ts';
import { createEngine } from './engine.ts';
import { judge, type JudgedProblem } from './judge.ts';
import type { WorkerPort, WorkerRequest, WorkerResponse } from './protocol.ts';

const LIMIT_MS = 2000;
const problem = {
  entry: { kind: 'function', name: 'double' },
  params: ['any'],
  returns: 'any',
  compare: 'exact',
  tolerance: 0,
  timeLimitMs: LIMIT_MS,
} as JudgedProblem;

/** What the fake interpreter does with an input: double a number; 'loop', 'exit' and 'stop' act out code. */
type Act = number | 'loop' | 'exit' | 'stop';
const cases = (acts: Act[]): TestCase[] =>
  acts.map((a, i) => ({
    name: `case ${i}`,
    hidden: i > 2,
    args: [a],
    expected: typeof a === 'number' ? a * 2 : 0,
  }));

let workers: { received: WorkerRequest[] }[] = [];
let stopHook: () => void = () => {};

/** An interpreter as the engine sees it: a harness of JavaScript functions in place of Python's. */
function fakePyodide() {
  let buffer: Int32Array | null = null;
  const interrupted = () => buffer !== null && Atomics.load(buffer, 0) === 2;
  const dict = () => {
    const entries = new Map<string, unknown>();
    return { get: (key: string) => entries.get(key), set: (key: string, value: unknown) => entries.set(key, value) };
  };
  const harness: Record<string, (...args: string[]) => string> = {
    prepare: () => JSON.stringify({ status: 'ok' }),
    run_case: (argsJson) => {
      const act = (JSON.parse(argsJson) as { args: [Act] }).args[0];
      if (act === 'exit') throw new Error('Program terminated with exit(3)');
      if (act === 'loop' || act === 'stop') {
        // `while True: pass`: runs until an interrupt lands (the clock moves on meanwhile).
        if (act === 'stop') stopHook();
        else vi.advanceTimersByTime(LIMIT_MS + 1);
        return JSON.stringify(interrupted() ? { status: 'interrupted' } : { status: 'ok', value: 'never' });
      }
      return JSON.stringify({ status: 'ok', value: typeof act === 'number' ? act * 2 : act, ms: 0.5 });
    },
    run_checker: () => JSON.stringify({ ok: true }),
  };
  return {
    setInterruptBuffer: (b: Int32Array) => void (buffer = b),
    setStdout: () => {},
    setStderr: () => {},
    setStdin: () => {},
    globals: { get: () => dict },
    runPython(code: string, options?: { globals?: ReturnType<typeof dict> }) {
      if (code.includes('sys.modules.pop')) return { get: (name: string) => harness[name] };
      if (code.startsWith('def health')) return void options!.globals!.set('health', () => HEALTHY);
      return '3.13.2';
    },
    _module: { HEAPU8: new Uint8Array(16) },
  };
}

/** A worker running the real engine on the fake interpreter; answers arrive as a worker's would, later. */
function spawn(): WorkerPort {
  const worker = { received: [] as WorkerRequest[] };
  workers.push(worker);
  let deliver: (m: WorkerResponse) => void = () => {};
  let dead = false;
  const handle = createEngine({
    load: async () => fakePyodide() as never,
    harnessSource: '',
    post: (message) => queueMicrotask(() => !dead && deliver(message)),
    nextTask: queueMicrotask,
  });
  return {
    post: (message) => {
      worker.received.push(message);
      if (!dead) handle(message);
    },
    onMessage: (handler) => void (deliver = handler),
    onCrash: () => {},
    terminate: () => void (dead = true),
  };
}

const requests = (w: { received: WorkerRequest[] }) => w.received.filter((m) => m.type !== 'init');

async function submit(runner: PythonRunner, acts: Act[]) {
  await runner.whenReady();
  return judge(problem, 'def double(x): return 2 * x', cases(acts), { runner });
}

beforeEach(() => {
  vi.useFakeTimers();
  workers = [];
  stopHook = () => {};
});
afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated;
});

describe('Submit in one message', () => {
  it('sends 50 cases in one message after prepare, and judges each as before', async () => {
    const runner = new PythonRunner({ spawn, graceMs: 1000 });
    const report = await submit(
      runner,
      Array.from({ length: 50 }, (_, i) => i),
    );
    expect(report).toMatchObject({ status: 'accepted', passed: 50, total: 50 });
    expect(report.verdicts.map((v) => v.got)).toEqual(Array.from({ length: 50 }, (_, i) => 2 * i));
    const sent = requests(workers[0]!);
    expect(sent.map((m) => m.type)).toEqual(['prepare', 'cases']);
    const batch = sent[1] as Extract<WorkerRequest, { type: 'cases' }>;
    expect(batch.inputs).toHaveLength(50);
    expect(JSON.parse(batch.inputs[7]!)).toEqual({ args: [7] });
    // Only inputs travel: no expected value of a hidden case reaches the worker.
    expect(JSON.stringify(sent)).not.toContain('expected');
    runner.dispose();
  });

  it('a case that loops times out on that case alone, and the same interpreter judges again', async () => {
    const runner = new PythonRunner({ spawn, graceMs: 1000 });
    const report = await submit(runner, [1, 2, 'loop', 4, 5]);
    expect(report.verdicts.map((v) => v.status)).toEqual(['passed', 'passed', 'time-limit', 'not-run', 'not-run']);
    expect(report.verdicts[2]!.message).toBe('timed out after 2.0 s');
    expect(report.verdicts[3]!.message).toBe('not run: an earlier case stopped the run');
    const again = await submit(runner, [3, 4]);
    expect(again).toMatchObject({ status: 'accepted', passed: 2 });
    expect(workers).toHaveLength(1); // the interrupt landed: no restart
    runner.dispose();
  });

  it('Stop during a case stops it at once; the cases before keep their verdicts', async () => {
    const runner = new PythonRunner({ spawn, graceMs: 1000 });
    stopHook = () => runner.stop();
    const report = await submit(runner, [1, 2, 'stop', 4]);
    expect(report).toMatchObject({ stopped: true, passed: 2 });
    expect(report.verdicts.map((v) => v.status)).toEqual(['passed', 'passed', 'not-run', 'not-run']);
    expect(workers).toHaveLength(1);
    expect((await submit(runner, [5])).status).toBe('accepted');
    runner.dispose();
  });

  it('a case that ends the interpreter is the one blamed, and Python is replaced', async () => {
    const runner = new PythonRunner({ spawn, graceMs: 1000 });
    const report = await submit(runner, [1, 'exit', 3]);
    expect(report.verdicts.map((v) => v.status)).toEqual(['passed', 'runtime-error', 'not-run']);
    expect(report.verdicts[1]!.error?.type).toBe('SystemExit');
    expect((await submit(runner, [5])).status).toBe('accepted');
    expect(workers).toHaveLength(2);
    runner.dispose();
  });

  it('without a shared buffer (no interrupt can reach the worker), each case goes in its own message', async () => {
    (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated = false;
    const runner = new PythonRunner({ spawn, graceMs: 1000 });
    const report = await submit(runner, [1, 2, 3]);
    expect(report).toMatchObject({ status: 'accepted', passed: 3 });
    const sent = requests(workers[0]!);
    expect(sent.map((m) => (m.type === 'cases' ? m.inputs.length : m.type))).toEqual(['prepare', 1, 1, 1]);
    runner.dispose();
  });
});
