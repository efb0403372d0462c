// The only caller of the Python worker. It owns time limits (the worker cannot keep time while Python
// runs), the soft interrupt, and terminate-and-respawn when the soft interrupt does not land.
// Every method resolves with a result; timeouts and crashes are results too, never exceptions.

import type { CaseInput, EntrySpec, WorkerRequest } from './protocol.ts';
import { type CaseBatch, CaseStream, type LimitFor, sendBatch } from './runner-batch.ts';
import { type Pending, type RequestContext, sendTimed, timedOutcome } from './runner-request.ts';
import { type Unavailable, unavailable } from './runner-request.ts';
import { type Slot, spawnSlot } from './runner-slot.ts';
import { RUNNER_DEFAULTS, type RunnerOptions, type RunnerStatus, type TimedOutcome } from './runner-types.ts';

export type { RunnerOptions, RunnerState, RunnerStatus, TimedOutcome } from './runner-types.ts';

const MAX_FAILED_STARTS = 3;

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
  private chain: Promise<unknown> = Promise.resolve(); // calls are serialised: one in flight per worker
  private disposed = false;
  private failedStarts = 0; // starts that failed before Python was ready, in a row; past the cap, give up
  private failedSpares = 0; // spares that failed to start, in a row; past the cap, no more spares
  private readonly spareIdleMs: number;
  /** Requests queued or in flight; the spare starts only when this has stayed 0 for spareIdleMs. */
  private busy = 0;
  private spareTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: RunnerOptions) {
    this.graceMs = options.graceMs ?? RUNNER_DEFAULTS.graceMs;
    this.stdoutLimitBytes = options.stdoutLimitBytes ?? RUNNER_DEFAULTS.stdoutLimitBytes;
    this.startTimeoutMs = options.startTimeoutMs ?? RUNNER_DEFAULTS.startTimeoutMs;
    this.now = options.now ?? (() => performance.now());
    this.spareIdleMs = options.spareIdleMs ?? RUNNER_DEFAULTS.spareIdleMs;
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

  /** Runs cases on the prepared code in one request (runner-batch.ts): each outcome as the case ends. */
  runCases(inputs: readonly CaseInput[], limitFor: LimitFor): CaseBatch {
    const stream = new CaseStream();
    void this.serial(() => this.send((slot, ctx) => sendBatch(slot, inputs, limitFor, stream, ctx))).then(stream.sent);
    return stream;
  }

  /** Runs a checker; only for a runner that never executes candidate code. */
  async check(
    checker: string,
    args: unknown,
    expected: unknown,
    got: unknown,
    limitMs: number,
  ): Promise<{ ok: boolean; message?: string }> {
    const build = (id: string) => ({ type: 'check', id, checker, args, expected, got }) as const;
    const result = await this.serial(() => this.send((slot, ctx) => sendTimed(slot, build, limitMs, ctx)));
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

  /** Spawns a worker; its answers go to the request in flight, its death to onSlotLost. */
  private spawnSlot(): Slot {
    return spawnSlot(
      { spawn: this.options.spawn, stdoutLimitBytes: this.stdoutLimitBytes, startTimeoutMs: this.startTimeoutMs },
      {
        answer: (slot, msg) => {
          if (slot === this.active && this.pending && 'id' in msg && msg.id === this.pending.id)
            this.pending.settle(msg);
        },
        lose: (slot, reason) => {
          if (slot === this.active) this.pending?.settle({ type: 'lost', message: reason });
        },
        lost: (slot, reason) => this.onSlotLost(slot, reason),
      },
    );
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

  /**
   * A request is starting: the spare must not take CPU from it. A spare not yet started is put off;
   * one still starting (its snapshot read and restore take the other core for a second or more on a
   * busy machine) is stopped, and a new one starts once the runner is idle again.
   */
  private deferSpare(): void {
    if (this.spareTimer) {
      clearTimeout(this.spareTimer);
      this.spareTimer = null;
    }
    if (this.spare && this.spare.state === 'loading') {
      this.retire(this.spare);
      this.spare = null;
    }
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    // Idle: the task starts now, in the caller's task, so a Run is posted before the page renders or writes.
    const idle = this.busy === 0;
    this.busy++;
    this.deferSpare();
    const next = idle ? new Promise<T>((resolve) => resolve(task())) : this.chain.then(task, task);
    this.chain = next.catch(() => undefined);
    void this.chain.then(() => {
      if (--this.busy === 0 && !this.spare) this.scheduleSpare();
    });
    return next;
  }

  private timed(build: (id: string) => WorkerRequest, limitMs: number): Promise<TimedOutcome> {
    return this.serial(() => this.send((slot, ctx) => sendTimed(slot, build, limitMs, ctx))).then(timedOutcome);
  }

  private async send<T>(f: (slot: Slot, ctx: RequestContext) => Promise<T>): Promise<T | Unavailable> {
    const ctx: RequestContext = {
      graceMs: this.graceMs,
      now: this.now,
      setPending: (pending) => (this.pending = pending),
      restart: () => this.restart(),
    };
    if (this.active?.state === 'ready' && !this.active.retired) return f(this.active, ctx); // at once when ready
    return (await this.ready) && this.active?.state === 'ready' ? f(this.active, ctx) : unavailable(this.status);
  }
}
