// The only caller of the Python worker. It owns time limits (the worker cannot keep time while Python
// runs), the soft interrupt, and terminate-and-respawn when the soft interrupt does not land.
// Every method resolves with a result; timeouts and crashes are results too, never exceptions.

import type {
  Captured,
  CaseInput,
  EntrySpec,
  ExecOutcome,
  PythonError,
  WorkerPort,
  WorkerRequest,
  WorkerResponse,
} from './protocol.ts';
import { ANSWERED_SLOT, INTERRUPT_SLOTS, SIGINT } from './protocol.ts';

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
  /**
   * The candidate stopped it (stop()): interrupted at once, then killed after the grace period if
   * the interrupt did not land (`restarted`), exactly as at the limit.
   */
  | { kind: 'stopped'; ms: number; restarted: boolean }
  /** The worker or the interpreter died (`error` when the engine could say why); it has been replaced. */
  | { kind: 'crashed'; message: string; ms: number; error?: PythonError }
  | { kind: 'unavailable'; message: string };

export interface RunnerOptions {
  spawn: () => WorkerPort;
  /** How long to wait after the soft interrupt before terminating the worker. */
  graceMs?: number;
  stdoutLimitBytes?: number;
  /** How long a (re)start may take before the runner reports failure. */
  startTimeoutMs?: number;
  /**
   * Keep a second, pre-warmed worker so that killing a runaway run (or a crash) swaps it in at once
   * instead of making the next run wait for a full Python start. Costs a second interpreter's memory.
   */
  spare?: boolean;
  /**
   * How long the runner must have been idle (no request in flight or queued) before it starts the
   * spare: the spare's start then never competes with a Run or Submit for the CPU.
   */
  spareIdleMs?: number;
  now?: () => number;
}

const DEFAULT_GRACE_MS = 1000;
const DEFAULT_STDOUT_LIMIT = 1_000_000;
const DEFAULT_START_TIMEOUT_MS = 90_000;
const MAX_FAILED_STARTS = 3;
const DEFAULT_SPARE_IDLE_MS = 1500;

interface Pending {
  id: string;
  settle: (response: WorkerResponse | { type: 'lost'; message: string }) => void;
  /** The candidate asked to stop: interrupt now, as the limit would. */
  stop: () => void;
}

/** One spawned worker: its port, interrupt buffer and whether Python in it has started. */
interface Slot {
  port: WorkerPort;
  interrupt: Int32Array | null;
  state: 'loading' | 'ready' | 'failed';
  pythonVersion?: string;
  message?: string;
  /** Resolves true when Python is warm, false if this worker failed to start. */
  ready: Promise<boolean>;
  /** Whether candidate code has run in this interpreter (the start's own warm-up does not count). */
  touched: boolean;
  /** Set once the slot is terminated; messages from it are ignored afterwards. */
  retired: boolean;
  settleReady: (ok: boolean) => void;
}

function newToken(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class PythonRunner {
  private active: Slot | null = null;
  private spare: Slot | null = null;
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
  private disposed = false;
  /** Starts that failed before Python was ready, in a row; past the cap the runner gives up. */
  private failedStarts = 0;
  /** Spares that failed to start, in a row; past the cap the runner stops keeping one. */
  private failedSpares = 0;
  private readonly spareIdleMs: number;
  /** Requests queued or in flight; the spare starts only when this has stayed 0 for spareIdleMs. */
  private busy = 0;
  private spareTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: RunnerOptions) {
    this.graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
    this.stdoutLimitBytes = options.stdoutLimitBytes ?? DEFAULT_STDOUT_LIMIT;
    this.startTimeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
    this.now = options.now ?? (() => performance.now());
    this.spareIdleMs = options.spareIdleMs ?? DEFAULT_SPARE_IDLE_MS;
    this.activate('loading');
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

  /** Whether a warm spare is waiting to replace the worker (for the UI and tests). */
  hasWarmSpare(): boolean {
    return this.spare?.state === 'ready';
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
  async check(
    checker: string,
    args: unknown,
    expected: unknown,
    got: unknown,
    limitMs: number,
  ): Promise<{ ok: boolean; message?: string }> {
    const result = await this.serial(() =>
      this.request((id) => ({ type: 'check', id, checker, args, expected, got }), limitMs),
    );
    if (result.kind === 'response' && result.response.type === 'check-result') {
      return { ok: result.response.ok, ...(result.response.message ? { message: result.response.message } : {}) };
    }
    return { ok: false, message: 'the checker did not finish in time' };
  }

  /**
   * Makes sure the next run starts on an interpreter that no candidate code has touched (whatever an
   * earlier run did to its own interpreter stays behind): the active one if nothing has run in it
   * yet, else the warm spare, swapped in. Returns false, and changes nothing, when neither is at
   * hand: callers never wait for a start.
   */
  freshInterpreter(): boolean {
    if (this.disposed || this.pending) return false;
    if (this.active?.state === 'ready' && !this.active.touched) return true;
    if (!this.hasWarmSpare()) return false;
    this.restart();
    return true;
  }

  /**
   * Stops the Run or Submit in flight because the candidate asked to: the soft interrupt at once,
   * then the kill after the grace period if it does not land, exactly as at the time limit, so the
   * interpreter is usable right after. The request answers `{ kind: 'stopped' }`. Returns false when
   * no request is in flight (a checker's included: those are never the candidate's to stop).
   */
  stop(): boolean {
    if (this.disposed || !this.pending) return false;
    this.pending.stop();
    return true;
  }

  /** Replaces the worker (after a crash, or on demand): with the warm spare if there is one. */
  restart(): void {
    if (this.disposed) return;
    this.retire(this.active);
    this.active = null;
    const spare = this.spare;
    this.spare = null;
    if (spare && spare.state !== 'failed') this.promote(spare);
    else this.activate('restarting');
  }

  dispose(): void {
    this.disposed = true;
    if (this.spareTimer) clearTimeout(this.spareTimer);
    this.retire(this.active);
    this.retire(this.spare);
    this.active = null;
    this.spare = null;
    this.listeners.clear();
  }

  private setStatus(status: RunnerStatus): void {
    this.status = status;
    for (const l of this.listeners) l(status);
  }

  private retire(slot: Slot | null): void {
    if (!slot || slot.retired) return;
    slot.retired = true;
    slot.settleReady(false); // nobody waits forever on a worker that is gone
    slot.port.terminate();
  }

  /** Spawns a worker and starts Python in it. */
  private spawnSlot(): Slot {
    const port = this.options.spawn();
    const interrupt =
      typeof SharedArrayBuffer !== 'undefined' && (globalThis.crossOriginIsolated ?? true)
        ? new Int32Array(new SharedArrayBuffer(4 * INTERRUPT_SLOTS))
        : null;
    let resolveReady: (ok: boolean) => void = () => {};
    const ready = new Promise<boolean>((r) => (resolveReady = r));
    const slot: Slot = {
      port,
      interrupt,
      state: 'loading',
      retired: false,
      touched: false,
      ready,
      settleReady: (ok) => resolveReady(ok),
    };
    const startTimer = setTimeout(() => {
      if (slot.retired || slot.state !== 'loading') return;
      slot.state = 'failed';
      slot.message = 'Python did not start in time';
      resolveReady(false);
    }, this.startTimeoutMs);
    const fail = (reason: string) => {
      clearTimeout(startTimer);
      if (slot.retired) return;
      const wasReady = slot.state === 'ready';
      slot.state = 'failed';
      slot.message = reason;
      resolveReady(false);
      // A request in flight on this worker will never be answered now.
      if (slot === this.active) this.pending?.settle({ type: 'lost', message: reason });
      if (wasReady) this.onSlotLost(slot, reason);
    };
    port.onMessage((msg) => {
      if (slot.retired) return;
      if (msg.type === 'status') {
        if (msg.state === 'ready' && slot.state === 'loading') {
          clearTimeout(startTimer);
          slot.state = 'ready';
          if (msg.pythonVersion) slot.pythonVersion = msg.pythonVersion;
          resolveReady(true);
        } else if (msg.state === 'failed') {
          fail(msg.message ?? 'Python failed');
        }
        return;
      }
      if (slot === this.active && this.pending && 'id' in msg && msg.id === this.pending.id) this.pending.settle(msg);
    });
    port.onCrash((reason) => {
      if (slot.retired) return;
      if (slot === this.active) this.pending?.settle({ type: 'lost', message: reason });
      fail(reason);
    });
    port.post({
      type: 'init',
      interruptBuffer: interrupt ? (interrupt.buffer as SharedArrayBuffer) : null,
      stdoutLimitBytes: this.stdoutLimitBytes,
    });
    return slot;
  }

  /** Starts a fresh worker as the active one. */
  private activate(state: 'loading' | 'restarting'): void {
    this.setStatus({ state });
    this.promote(this.spawnSlot());
  }

  /** Makes `slot` the active worker and wires readiness, failure and the next spare to it. */
  private promote(slot: Slot): void {
    this.active = slot;
    let resolveReady: (ok: boolean) => void = () => {};
    this.ready = new Promise<boolean>((r) => (resolveReady = r));
    if (slot.state === 'ready')
      this.setStatus({ state: 'ready', ...(slot.pythonVersion ? { pythonVersion: slot.pythonVersion } : {}) });
    else if (this.status.state !== 'loading') this.setStatus({ state: 'restarting' });
    void slot.ready.then((ok) => {
      if (slot !== this.active || slot.retired) {
        // Replaced meanwhile: whoever replaced it decides readiness.
        void this.ready.then(resolveReady);
        return;
      }
      if (ok) {
        this.failedStarts = 0;
        this.setStatus({ state: 'ready', ...(slot.pythonVersion ? { pythonVersion: slot.pythonVersion } : {}) });
        resolveReady(true);
        this.scheduleSpare();
        return;
      }
      // A start that stalled or crashed before Python was ready is retried; only repeated failures are final.
      if (++this.failedStarts < MAX_FAILED_STARTS) {
        this.restart();
        void this.ready.then(resolveReady);
        return;
      }
      this.setStatus({ state: 'failed', message: slot.message ?? 'Python failed to start' });
      resolveReady(false);
    });
  }

  /** A worker died after a good start (a crash in user code, an out-of-memory kill). */
  private onSlotLost(slot: Slot, reason: string): void {
    if (this.disposed) return;
    if (slot === this.spare) {
      this.retire(slot);
      this.spare = null;
      this.scheduleSpare();
    } else if (slot === this.active) {
      this.setStatus({ state: 'failed', message: reason });
      queueMicrotask(() => {
        if (slot === this.active) this.restart();
      });
    }
  }

  /**
   * Keeps one warm spare beside a ready active worker. It is started off the Run path: only once the
   * runner has been idle for spareIdleMs (a request arriving meanwhile puts it off again), so its
   * start never shares the CPU with a Run or Submit in flight, nor with the active worker's start.
   */
  private scheduleSpare(): void {
    if (!this.options.spare || this.disposed || this.spare || this.failedSpares >= MAX_FAILED_STARTS) return;
    if (this.spareTimer) clearTimeout(this.spareTimer);
    this.spareTimer = setTimeout(() => {
      this.spareTimer = null;
      if (this.busy > 0) return; // the request's end schedules it again
      this.startSpare();
    }, this.spareIdleMs);
  }

  private startSpare(): void {
    if (!this.options.spare || this.disposed || this.spare || this.failedSpares >= MAX_FAILED_STARTS) return;
    if (this.active?.state !== 'ready') return; // the active worker's readiness schedules it
    const spare = this.spawnSlot();
    this.spare = spare;
    void spare.ready.then((ok) => {
      if (spare !== this.spare) return;
      if (ok) {
        this.failedSpares = 0;
        return;
      }
      this.failedSpares++;
      this.retire(spare);
      this.spare = null;
      this.scheduleSpare();
    });
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    this.busy++;
    if (this.spareTimer) {
      clearTimeout(this.spareTimer);
      this.spareTimer = null;
    }
    const next = this.chain.then(task, task);
    this.chain = next.catch(() => undefined);
    void this.chain.then(() => {
      if (--this.busy === 0 && !this.spare) this.scheduleSpare();
    });
    return next;
  }

  private async timed(build: (id: string) => WorkerRequest, limitMs: number): Promise<TimedOutcome> {
    const result = await this.serial(() => this.request(build, limitMs));
    switch (result.kind) {
      case 'response': {
        const r = result.response;
        if (r.type !== 'prepared' && r.type !== 'case-result')
          return { kind: 'crashed', message: 'unexpected response', ms: result.ms };
        if (result.stopped) return { kind: 'stopped', ms: result.ms, restarted: r.fatal === true };
        // Whatever an answer says, once the limit's interrupt has been sent it is too late: code that
        // swallows KeyboardInterrupt must not get to finish its work in the grace period.
        if (result.interrupted) return { kind: 'timed-out', output: r.output, ms: result.ms };
        if (r.fatal) {
          const error = r.outcome.status === 'error' ? r.outcome.error : undefined;
          return {
            kind: 'crashed',
            message: error ? `${error.type}: ${error.message}` : 'Python crashed; it was restarted',
            ms: result.ms,
            ...(error ? { error } : {}),
          };
        }
        if (r.outcome.status === 'interrupted' && r.outcome.reason === 'time') {
          // Not the limit's interrupt (that was never sent): the code raised KeyboardInterrupt itself.
          const error = r.outcome.error ?? {
            type: 'KeyboardInterrupt',
            message: 'raised by your code, not by the time limit',
            traceback: 'KeyboardInterrupt',
            line: null,
          };
          return { kind: 'done', outcome: { status: 'error', error }, output: r.output, ms: result.ms };
        }
        return {
          kind: 'done',
          outcome: r.outcome,
          output: r.output,
          ms: r.type === 'case-result' && r.ms > 0 ? r.ms : result.ms,
        };
      }
      case 'killed':
        return result.stopped ? { kind: 'stopped', ms: result.ms, restarted: true } : { kind: 'killed', ms: result.ms };
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
    | { kind: 'response'; response: WorkerResponse; ms: number; interrupted: boolean; stopped: boolean }
    | { kind: 'killed'; ms: number; stopped: boolean }
    | { kind: 'lost'; message: string; ms: number }
    | { kind: 'unavailable'; message: string }
  > {
    if (!(await this.ready) || !this.active || this.active.state !== 'ready') {
      return { kind: 'unavailable', message: this.status.message ?? 'Python is not available' };
    }
    const id = newToken();
    const started = this.now();
    const slot = this.active;
    const { port, interrupt } = slot;
    return new Promise((resolve) => {
      let hardTimer: ReturnType<typeof setTimeout> | undefined;
      let interrupted = false;
      let stopped = false;
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
          if (response.type === 'lost') return finish({ kind: 'lost', message: response.message, ms });
          finish({ kind: 'response', response, ms, interrupted, stopped });
          if (response.type !== 'status' && response.fatal) this.restart();
        },
        stop: () => {},
      };
      const kill = () => {
        const ms = this.now() - started;
        this.restart();
        finish({ kind: 'killed', ms, stopped });
      };
      let extended = false;
      const killUnlessAnswered = () => {
        // The worker already posted its answer but this thread was too busy to read it (a loaded
        // machine): wait one more grace period for it rather than restart Python. Only once, so code
        // that could forge the mark cannot keep the worker alive.
        if (!extended && interrupt && Atomics.load(interrupt, ANSWERED_SLOT) === 1) {
          extended = true;
          hardTimer = setTimeout(kill, this.graceMs);
          return;
        }
        kill();
      };
      /** The limit's interrupt, or the candidate's Stop: the same soft interrupt, then the kill. */
      const interruptNow = () => {
        clearTimeout(softTimer);
        if (interrupted) return;
        interrupted = true;
        if (!interrupt) return kill();
        Atomics.store(interrupt, 0, SIGINT);
        hardTimer = setTimeout(killUnlessAnswered, this.graceMs);
      };
      const softTimer = setTimeout(interruptNow, limitMs);
      const message = build(id);
      this.pending.stop = () => {
        // Already on its way out (the limit's verdict stands), or a checker's: not the candidate's to stop.
        if (interrupted || message.type === 'check') return;
        stopped = true;
        interruptNow();
      };
      if (interrupt) Atomics.store(interrupt, ANSWERED_SLOT, 0);
      if (message.type !== 'check') slot.touched = true;
      port.post(message);
    });
  }
}
