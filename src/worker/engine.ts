// The worker side of the protocol, independent of transport: the browser worker entry and the Node
// worker thread both wrap this. It answers every request with exactly one response and never lets a
// Python failure escape as a JavaScript exception.

import type { PyodideAPI } from 'pyodide';
import {
  crashError,
  DAMAGED_MESSAGE,
  emptyOutput,
  HEALTH_CHECK,
  HEALTHY,
  type HeapView,
  KEEP_OUTPUT_BYTES,
  MEMORY_LIMIT_BYTES,
  MEMORY_LIMIT_MESSAGE,
  memoryError,
  OutputSink,
  WARM_UP,
} from './engine-support.ts';
import type { Captured, ExecOutcome, PythonError, WorkerRequest, WorkerResponse } from './protocol.ts';
import { ANSWERED_SLOT, CANCEL_SLOT, SIGINT } from './protocol.ts';

type PyCallable = ((...args: string[]) => string) & { destroy?: () => void };

interface HarnessFns {
  prepare: PyCallable;
  runCase: PyCallable;
  runChecker: PyCallable;
}

/** Where a snapshot-restored interpreter keeps the already-executed harness until init takes it. */
export const HARNESS_MODULE = '_mockloop_harness';

/**
 * Python that runs the harness into a module, run once after a boot and kept in the snapshot (no
 * JavaScript object may be referenced from Python at snapshot time, so the source goes in as a
 * Python literal; a JSON string is one).
 */
export function harnessPreload(harnessSource: string): string {
  return [
    'import sys, types',
    `_h = types.ModuleType(${JSON.stringify(HARNESS_MODULE)})`,
    `exec(compile(${JSON.stringify(harnessSource)}, 'harness.py', 'exec'), _h.__dict__)`,
    `sys.modules[${JSON.stringify(HARNESS_MODULE)}] = _h`,
    'del _h',
  ].join('\n');
}

export interface EngineOptions {
  load: () => Promise<PyodideAPI>;
  harnessSource: string;
  post: (message: WorkerResponse) => void;
  /** Runs `fn` in a later task of the worker's event loop (tests give their own). */
  nextTask?: (fn: () => void) => void;
}

export function createEngine({
  load,
  harnessSource,
  post: send,
  nextTask = (fn) => void setTimeout(fn, 0),
}: EngineOptions): (request: WorkerRequest) => void {
  let interrupt: Int32Array | null = null;
  // Every answer is counted in the shared buffer before it is posted (see ANSWERED_SLOT): `answers`
  // is how many this request has had, this one included.
  const post = (message: WorkerResponse, answers = 1) => {
    if (interrupt && message.type !== 'status' && interrupt.length > ANSWERED_SLOT)
      Atomics.store(interrupt, ANSWERED_SLOT, answers);
    send(message);
  };
  /** The client asked for no further case of the `cases` request in hand. */
  const cancelled = () =>
    interrupt !== null && interrupt.length > CANCEL_SLOT && Atomics.load(interrupt, CANCEL_SLOT) !== 0;
  let sink: OutputSink | null = null;
  let fns: HarnessFns | null = null;
  let healthCheck: (() => unknown) | null = null;
  let pyodide: HeapView | null = null;
  let dead = false;
  let queue: Promise<void> = Promise.resolve();

  const clearInterrupt = () => {
    if (interrupt) Atomics.store(interrupt, 0, 0);
  };

  async function init(buffer: SharedArrayBuffer | null, stdoutLimitBytes: number): Promise<void> {
    post({ type: 'status', state: 'loading' });
    try {
      const py = await load();
      pyodide = py as unknown as HeapView;
      interrupt = buffer ? new Int32Array(buffer) : null;
      if (interrupt) py.setInterruptBuffer(interrupt);
      sink = new OutputSink(KEEP_OUTPUT_BYTES, stdoutLimitBytes, () => {
        if (interrupt) Atomics.store(interrupt, 0, SIGINT);
      });
      const activeSink = sink;
      py.setStdout({ write: (buf: Uint8Array) => activeSink.write(buf) });
      py.setStderr({ write: (buf: Uint8Array) => activeSink.write(buf) });
      // Reading stdin gets end-of-file at once; input() itself explains why (see harness/01-setup.py).
      py.setStdin({ stdin: () => null });
      // A snapshot-restored interpreter already holds the harness (see python.worker.ts); take it out
      // of sys.modules so candidate code cannot import it by name. Otherwise run it now.
      let ns = py.runPython(
        `import sys\n_h = sys.modules.pop('${HARNESS_MODULE}', None)\n_h.__dict__ if _h is not None else None`,
      );
      if (!ns) {
        ns = py.globals.get('dict')();
        py.runPython(harnessSource, { globals: ns, filename: 'harness.py' });
      }
      fns = { prepare: ns.get('prepare'), runCase: ns.get('run_case'), runChecker: ns.get('run_checker') };
      const checkNs = py.globals.get('dict')();
      py.runPython(`def health():\n    return ${HEALTH_CHECK}`, { globals: checkNs });
      healthCheck = checkNs.get('health');
      warmUp(fns);
      const pythonVersion = String(py.runPython('import sys; sys.version.split()[0]'));
      post({ type: 'status', state: 'ready', pythonVersion });
    } catch (err) {
      dead = true;
      post({ type: 'status', state: 'failed', message: `Python failed to start: ${String(err)}` });
    }
  }

  /**
   * A started interpreter (a restored one most of all) has compiled none of the harness's paths yet:
   * its first prepare took 30–60 ms against 8–10 ms later. One tiny prepare and case before "ready"
   * pays that here, not in the candidate's first Run. What they leave behind is reset by the next
   * prepare, as between any two runs; a failure only means no warm-up.
   */
  function warmUp(harness: HarnessFns): void {
    try {
      for (let i = 0; i < 2; i++) {
        harness.prepare(WARM_UP.code, JSON.stringify(WARM_UP.spec));
        harness.runCase(JSON.stringify(WARM_UP.input));
      }
    } catch {
      // The interpreter is checked by the health check on the first real call anyway.
    }
    sink?.take();
    clearInterrupt();
  }

  /** Runs a harness call; a JavaScript-level failure means the interpreter is gone. */
  function call(
    fn: PyCallable,
    args: string[],
  ): { outcome: ExecOutcome; output: Captured; raw?: Record<string, unknown> } {
    sink?.take();
    try {
      const raw = JSON.parse(fn(...args)) as Record<string, unknown>;
      // An interrupt that comes after the call returned (the limit just missed it, or the client
      // cancelling the cases after this one) has nothing left to stop: not the health check below.
      clearInterrupt();
      const overflowed = sink?.overflowed ?? false;
      const output = sink!.take();
      // Near WebAssembly's 2 GiB ceiling a failed allocation can leave the interpreter running but
      // damaged (objects whose type names read as garbage), and code poking memory through ctypes
      // can do the same. Past the memory limit, or when the health check fails, the interpreter is
      // replaced after this answer (a time-out included), rather than judge more cases on it.
      const damage = heapBytes() > MEMORY_LIMIT_BYTES ? MEMORY_LIMIT_MESSAGE : healthy() ? null : DAMAGED_MESSAGE;
      if (damage) dead = true;
      if (raw.status === 'interrupted') {
        const error = raw.error as PythonError | undefined;
        return {
          outcome: { status: 'interrupted', reason: overflowed ? 'output' : 'time', ...(error ? { error } : {}) },
          output,
          raw,
        };
      }
      const outcome = raw as unknown as ExecOutcome;
      if (damage)
        return {
          outcome: { status: 'error', error: memoryError(damage, outcome.status === 'error' ? outcome.error : null) },
          output,
          raw,
        };
      return { outcome, output, raw };
    } catch (err) {
      dead = true;
      const output = sink?.take() ?? emptyOutput();
      const error = crashError(err);
      return { outcome: { status: 'error', error }, output };
    } finally {
      clearInterrupt();
    }
  }

  /** The interpreter's WebAssembly memory (it only grows). */
  function heapBytes(): number {
    return pyodide?._module?.HEAPU8?.byteLength ?? 0;
  }

  /** A few facts no candidate code can change (built-in type names are read-only): true if they hold. */
  function healthy(): boolean {
    try {
      return healthCheck?.() === HEALTHY;
    } catch {
      return false;
    }
  }

  async function handle(request: Exclude<WorkerRequest, { type: 'init' }>): Promise<void> {
    await respond(request);
    // Report a crash only after the answer, so the client settles the request before it respawns.
    if (dead) post({ type: 'status', state: 'failed', message: 'Python crashed' });
  }

  async function respond(request: Exclude<WorkerRequest, { type: 'init' }>): Promise<void> {
    if (dead || !fns) {
      const error = { type: 'PythonUnavailable', message: 'Python is not running', traceback: '', line: null };
      const outcome = { status: 'error' as const, error };
      if (request.type === 'check') post({ type: 'check-result', id: request.id, ok: false, message: error.message });
      else if (request.type === 'prepare') post({ type: 'prepared', id: request.id, outcome, output: emptyOutput() });
      else {
        post({ type: 'case-result', id: request.id, outcome, output: emptyOutput(), ms: 0, index: 0 });
        post({ type: 'cases-done', id: request.id }, 2);
      }
      return;
    }
    // Said in the answer itself, so the client replaces the worker before it sends the next request.
    const fatal = () => (dead ? { fatal: true } : {});
    const runCase = (id: string, input: string, index: number): WorkerResponse => {
      const { outcome, output, raw } = call(fns!.runCase, [input]);
      const ms = typeof raw?.ms === 'number' ? raw.ms : 0;
      return { type: 'case-result', id, outcome, output, ms, index, ...fatal() };
    };
    if (request.type === 'prepare') {
      clearInterrupt();
      const { outcome, output } = call(fns.prepare, [request.code, JSON.stringify(request.spec)]);
      post({ type: 'prepared', id: request.id, outcome, output, ...fatal() });
    } else if (request.type === 'cases') {
      const answers = runCases(request.inputs, (input, index) => runCase(request.id, input, index));
      // In a later task: code that closed the worker (self.close()) had its answers delivered, as
      // posted in this task, but the worker runs no later one, so the client, waiting for this,
      // replaces it rather than send it another request.
      await new Promise<void>((resolve) => nextTask(resolve));
      post({ type: 'cases-done', id: request.id }, answers + 1);
    } else {
      const args = [
        request.checker,
        JSON.stringify(request.args),
        JSON.stringify(request.expected),
        JSON.stringify(request.got),
      ];
      clearInterrupt();
      const { outcome, raw } = call(fns.runChecker, args);
      const message =
        outcome.status === 'error' ? outcome.error.message : typeof raw?.message === 'string' ? raw.message : undefined;
      post({ type: 'check-result', id: request.id, ok: raw?.ok === true, ...(message ? { message } : {}), ...fatal() });
    }
  }

  /**
   * A `cases` request's cases: each case's answer is posted as it ends, so the client keeps each one's time
   * limit, and the next case starts at once, without waiting for the page. The interrupt is cleared
   * before the cancel mark is read: a client cancels by marking first and interrupting second, so
   * either this loop sees the mark or the interrupt lands in the case it starts.
   */
  function runCases(inputs: string[], runCase: (input: string, index: number) => WorkerResponse): number {
    let answers = 0;
    for (let index = 0; index < inputs.length; index++) {
      clearInterrupt();
      if (cancelled()) break;
      const answer = runCase(inputs[index]!, index);
      post(answer, ++answers);
      const printedTooMuch =
        answer.type === 'case-result' && answer.outcome.status === 'interrupted' && answer.outcome.reason === 'output';
      if (dead || printedTooMuch) break;
    }
    return answers;
  }

  // Requests are handled in order; init is async, everything after waits for it.
  return (request) => {
    queue = queue.then(() =>
      request.type === 'init' ? init(request.interruptBuffer, request.stdoutLimitBytes) : handle(request),
    );
  };
}
