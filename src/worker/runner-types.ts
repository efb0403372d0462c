// What the runner client promises its callers: its status, its options, and the result of a timed call.
import type { Captured, ExecOutcome, PythonError, WorkerPort } from './protocol.ts';

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

/** The values of RunnerOptions' optional limits when a caller leaves them out. */
export const RUNNER_DEFAULTS = {
  graceMs: 1000,
  stdoutLimitBytes: 1_000_000,
  startTimeoutMs: 90_000,
  spareIdleMs: 1500,
} as const;

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
