// The only caller of the Python worker. It owns time limits (the worker cannot keep time while Python
// runs), the soft interrupt, and terminate-and-respawn when the soft interrupt does not land.
// Every method resolves with a result; timeouts and crashes are results too, never exceptions.

import type { Captured, CaseInput, EntrySpec, ExecOutcome, WorkerPort, WorkerRequest, WorkerResponse } from './protocol.ts';
import { SIGINT } from './protocol.ts';

export type RunnerState = 'loading' | 'ready' | 'restarting' | 'failed';

export interface RunnerStatus {
  state: RunnerState;
  message?: string;
  pythonVersion?: string;
}

/** The result of one timed call: the harness's outcome, or how it was stopped. */
export type TimedOutcome =
  | { kind: 'done'; outcome: ExecOutcome; output: Captured; ms: number }
  /** Interrupted by the soft interrupt after the limit; the interpreter is still usable. */
  | { kind: 'timed-out'; output: Captured; ms: number }
  /** The soft interrupt did not land (sleep, swallowed KeyboardInterrupt, no isolation): worker replaced. */
  | { kind: 'killed'; ms: number }
  | { kind: 'crashed'; message: string; ms: number }
  | { kind: 'unavailable'; message: string };

export interface RunnerOptions {
  spawn: () => WorkerPort;
  /** How long to wait after the soft interrupt before terminating the worker. */
  graceMs?: number;
  stdoutLimitBytes?: number;
  /** How long a (re)start may take before the runner reports failure. */
  startTimeoutMs?: number;
  now?: () => number;
}

const DEFAULT_GRACE_MS = 1000;
const DEFAULT_STDOUT_LIMIT = 1_000_000;
const DEFAULT_START_TIMEOUT_MS = 90_000;
const MAX_FAILED_STARTS = 3;

interface Pending {
  id: string;
  settle: (response: WorkerResponse | { type: 'lost'; message: string }) => void;
}

function newToken(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class PythonRunner {
  private port: WorkerPort | null = null;
  private interrupt: Int32Array | null = null;
  private pending: Pending | null = null;
  private ready!: Promise<boolean>;
  private status: RunnerStatus = { state: 'loading' };
  private readonly listeners = new Set<(s: RunnerStatus) => void>();
  private readonly graceMs: number;
  private readonly stdoutLimitBytes: number;
  private readonly startTimeoutMs: number;
  private readonly now: () => number;
  /** Calls are serialised: one request in flight per worker. */
  private chain: Promise<unknown> = Promise.resolve();
  private generation = 0;
  /** Starts that crashed before Python was ready, in a row; past the cap the runner gives up. */
  private failedStarts = 0;

  constructor(private readonly options: RunnerOptions) {
    this.graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
    this.stdoutLimitBytes = options.stdoutLimitBytes ?? DEFAULT_STDOUT_LIMIT;
    this.startTimeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
    this.now = options.now ?? (() => performance.now());
    this.start('loading');
  }

  getStatus(): RunnerStatus {
    return this.status;
  }

  /** Subscribes to status changes; returns the unsubscribe function. */
  subscribe(listener: (s: RunnerStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves true when Python is warm, false if it failed to start. */
  whenReady(): Promise<boolean> {
    return this.ready;
  }


  /** Executes the candidate's module-level code and locates the entry point. */
  prepare(code: string, spec: EntrySpec, limitMs: number): Promise<TimedOutcome> {
    return this.timed((id) => ({ type: 'prepare', id, code, spec }), limitMs);
  }

  /** Runs one case on the prepared code. */
  runCase(input: CaseInput, limitMs: number): Promise<TimedOutcome> {
    return this.timed((id) => ({ type: 'case', id, input }), limitMs);
  }

  /** Runs a checker; only for a runner that never executes candidate code. */
  async check(checker: string, args: unknown, expected: unknown, got: unknown, limitMs: number): Promise<{ ok: boolean; message?: string }> {
    const result = await this.serial(() => this.request((id) => ({ type: 'check', id, checker, args, expected, got }), limitMs));
    if (result.kind === 'response' && result.response.type === 'check-result') {
      return { ok: result.response.ok, ...(result.response.message ? { message: result.response.message } : {}) };
    }
    return { ok: false, message: 'the checker did not finish in time' };
  }

  /** Replaces the worker (after a crash, or on demand). */
  restart(): void {
    this.port?.terminate();
    this.start('restarting');
  }

  dispose(): void {
    this.generation++; // the old worker's exit must not trigger a respawn
    this.port?.terminate();
    this.port = null;
    this.listeners.clear();
  }

  private setStatus(status: RunnerStatus): void {
    this.status = status;
    for (const l of this.listeners) l(status);
  }

  private start(state: 'loading' | 'restarting'): void {
    const generation = ++this.generation;
    this.setStatus({ state });
    const port = this.options.spawn();
    this.port = port;
    this.interrupt = typeof SharedArrayBuffer !== 'undefined' && (globalThis.crossOriginIsolated ?? true)
      ? new Int32Array(new SharedArrayBuffer(4))
      : null;
    let resolveReady: (ok: boolean) => void = () => {};
    this.ready = new Promise<boolean>((resolve) => {
      resolveReady = resolve;
    });
    const startTimer = setTimeout(() => {
      if (generation !== this.generation) return;
      // A stalled start is retried like a crashed one; only repeated failures are final.
      if (++this.failedStarts < MAX_FAILED_STARTS) {
        this.restart();
        void this.ready.then(resolveReady);
        return;
      }
      this.setStatus({ state: 'failed', message: 'Python did not start in time' });
      resolveReady(false);
    }, this.startTimeoutMs);
    port.onMessage((msg) => {
      if (generation !== this.generation) return;
      if (msg.type === 'status') {
        if (msg.state === 'ready') {
          clearTimeout(startTimer);
          this.failedStarts = 0;
          this.setStatus({ state: 'ready', ...(msg.pythonVersion ? { pythonVersion: msg.pythonVersion } : {}) });
          resolveReady(true);
        } else if (msg.state === 'failed') {
          clearTimeout(startTimer);
          const wasReady = this.status.state === 'ready';
          this.setStatus({ state: 'failed', ...(msg.message ? { message: msg.message } : {}) });
          resolveReady(false);
          // A crash after a good start: replace the worker so the next run works.
          if (wasReady) queueMicrotask(() => this.restart());
        }
        return;
      }
      if (this.pending && 'id' in msg && msg.id === this.pending.id) this.pending.settle(msg);
    });
    port.onCrash((reason) => {
      if (generation !== this.generation) return;
      clearTimeout(startTimer);
      this.pending?.settle({ type: 'lost', message: reason });
      if (this.status.state === 'ready' || ++this.failedStarts < MAX_FAILED_STARTS) {
        this.restart();
      } else {
        this.setStatus({ state: 'failed', message: reason });
        resolveReady(false);
      }
    });
    port.post({ type: 'init', interruptBuffer: this.interrupt ? (this.interrupt.buffer as SharedArrayBuffer) : null, stdoutLimitBytes: this.stdoutLimitBytes });
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.chain.then(task, task);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async timed(build: (id: string) => WorkerRequest, limitMs: number): Promise<TimedOutcome> {
    const result = await this.serial(() => this.request(build, limitMs));
    switch (result.kind) {
      case 'response': {
        const r = result.response;
        if (r.type !== 'prepared' && r.type !== 'case-result') return { kind: 'crashed', message: 'unexpected response', ms: result.ms };
        if (r.outcome.status === 'interrupted' && r.outcome.reason === 'time') return { kind: 'timed-out', output: r.output, ms: result.ms };
        return { kind: 'done', outcome: r.outcome, output: r.output, ms: r.type === 'case-result' && r.ms > 0 ? r.ms : result.ms };
      }
      case 'killed':
        return { kind: 'killed', ms: result.ms };
      case 'lost':
        return { kind: 'crashed', message: result.message, ms: result.ms };
      case 'unavailable':
        return { kind: 'unavailable', message: result.message };
    }
  }

  private async request(
    build: (id: string) => WorkerRequest,
    limitMs: number,
  ): Promise<
    | { kind: 'response'; response: WorkerResponse; ms: number }
    | { kind: 'killed'; ms: number }
    | { kind: 'lost'; message: string; ms: number }
    | { kind: 'unavailable'; message: string }
  > {
    if (!(await this.ready) || !this.port) {
      return { kind: 'unavailable', message: this.status.message ?? 'Python is not available' };
    }
    const id = newToken();
    const started = this.now();
    const port = this.port;
    const interrupt = this.interrupt;
    return new Promise((resolve) => {
      let hardTimer: ReturnType<typeof setTimeout> | undefined;
      const finish = (value: Parameters<typeof resolve>[0]) => {
        clearTimeout(softTimer);
        clearTimeout(hardTimer);
        this.pending = null;
        resolve(value);
      };
      this.pending = {
        id,
        settle: (response) => {
          const ms = this.now() - started;
          if (response.type === 'lost') finish({ kind: 'lost', message: response.message, ms });
          else finish({ kind: 'response', response, ms });
        },
      };
      const kill = () => {
        const ms = this.now() - started;
        this.restart();
        finish({ kind: 'killed', ms });
      };
      const softTimer = setTimeout(() => {
        if (!interrupt) return kill();
        Atomics.store(interrupt, 0, SIGINT);
        hardTimer = setTimeout(kill, this.graceMs);
      }, limitMs);
      port.post(build(id));
    });
  }
}
