// One timed request to a worker: the limit's soft interrupt, the kill after the grace period (unless
// the worker marked an answer the page has not read yet), the candidate's Stop, and what the answer
// means for the caller. The worker cannot keep time while Python runs: this thread does.
import type { Slot } from './runner-slot.ts';
import type { TimedOutcome } from './runner-types.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';
import { ANSWERED_SLOT, SIGINT } from './protocol.ts';

export interface Pending {
  id: string;
  settle: (response: WorkerResponse | { type: 'lost'; message: string }) => void;
  /** The candidate asked to stop: interrupt now, as the limit would. */
  stop: () => void;
}

export function newToken(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export type RequestResult =
  | { kind: 'response'; response: WorkerResponse; ms: number; interrupted: boolean; stopped: boolean }
  | { kind: 'killed'; ms: number; stopped: boolean }
  | { kind: 'lost'; message: string; ms: number }
  | { kind: 'unavailable'; message: string };

export type Unavailable = Extract<RequestResult, { kind: 'unavailable' }>;

/** What a request answers when Python is not running. */
export function unavailable(status: { message?: string }): Unavailable {
  return { kind: 'unavailable', message: status.message ?? 'Python is not available' };
}

export interface RequestContext {
  graceMs: number;
  now: () => number;
  /** Records the request in flight (null once it is settled), where the slot's answers find it. */
  setPending: (pending: Pending | null) => void;
  /** Replaces the worker (a kill, or a fatal answer). */
  restart: () => void;
}

/** Posts `build(id)` to the slot's worker and resolves with how it ended. */
export function sendTimed(
  slot: Slot,
  build: (id: string) => WorkerRequest,
  limitMs: number,
  ctx: RequestContext,
): Promise<RequestResult> {
  const id = newToken();
  const started = ctx.now();
  const { port, interrupt } = slot;
  return new Promise((resolve) => {
    let hardTimer: ReturnType<typeof setTimeout> | undefined;
    let interrupted = false;
    let stopped = false;
    const finish = (value: Parameters<typeof resolve>[0]) => {
      clearTimeout(softTimer);
      clearTimeout(hardTimer);
      ctx.setPending(null);
      resolve(value);
    };
    const pending: Pending = {
      id,
      settle: (response) => {
        const ms = ctx.now() - started;
        if (response.type === 'lost') return finish({ kind: 'lost', message: response.message, ms });
        finish({ kind: 'response', response, ms, interrupted, stopped });
        if ('fatal' in response && response.fatal) ctx.restart();
      },
      stop: () => {},
    };
    ctx.setPending(pending);
    const kill = () => {
      const ms = ctx.now() - started;
      ctx.restart();
      finish({ kind: 'killed', ms, stopped });
    };
    let extended = false;
    const killUnlessAnswered = () => {
      // The worker already posted its answer but this thread was too busy to read it (a loaded
      // machine): wait one more grace period for it rather than restart Python. Only once, so code
      // that could forge the mark cannot keep the worker alive.
      if (!extended && interrupt && Atomics.load(interrupt, ANSWERED_SLOT) > 0) {
        extended = true;
        hardTimer = setTimeout(kill, ctx.graceMs);
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
      hardTimer = setTimeout(killUnlessAnswered, ctx.graceMs);
    };
    const softTimer = setTimeout(interruptNow, limitMs);
    const message = build(id);
    pending.stop = () => {
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

/** What a request's end means for the caller: a verdict-ready outcome, never an exception. */
export function timedOutcome(result: RequestResult): TimedOutcome {
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
