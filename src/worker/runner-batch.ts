// A run's cases in one request (a `cases` message): the worker runs them back to back and answers
// each as it ends; this thread keeps each case's time limit (from the answer before it), Stop, and
// the cancel that ends the request early. What each case's answer means is runner-request.ts's.
import type { CaseInput, WorkerResponse } from './protocol.ts';
import { ANSWERED_SLOT, CANCEL_SLOT, SIGINT } from './protocol.ts';
import { newToken, type Pending, type RequestContext, timedOutcome, type Unavailable } from './runner-request.ts';
import type { Slot } from './runner-slot.ts';
import type { TimedOutcome } from './runner-types.ts';

/** The time limit of case `index` as it starts, or null: run no further case (the run's budget is spent). */
export type LimitFor = (index: number) => number | null;

/** The outcomes of a run's cases, in order, as they come. */
export interface CaseBatch {
  /** The next case's outcome; null once no further case runs (the batch ended or was cancelled). */
  next(): Promise<TimedOutcome | null>;
  /**
   * Runs no further case: the one in flight, if any, is interrupted and its outcome dropped. Whoever
   * takes a batch cancels it when done with it (a no-op once it has ended).
   */
  cancel(): void;
}

/** A batch's outcomes between the request that produces them and the judge that reads them. */
export class CaseStream implements CaseBatch {
  private readonly queued: TimedOutcome[] = [];
  private waiting: ((outcome: TimedOutcome | null) => void) | null = null;
  private ended = false;
  private wanted: (() => void) | null = null;
  cancelled = false;
  /** Set while a request of the batch is in flight: ends it now. */
  onCancel: (() => void) | null = null;

  next(): Promise<TimedOutcome | null> {
    const outcome = this.queued.shift();
    if (outcome) return Promise.resolve(outcome);
    if (this.ended) return Promise.resolve(null);
    const asked = new Promise<TimedOutcome | null>((resolve) => (this.waiting = resolve));
    this.wanted?.();
    return asked;
  }

  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    this.queued.length = 0;
    this.onCancel?.();
    this.end();
  }

  push(outcome: TimedOutcome): void {
    if (this.ended) return;
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting) waiting(outcome);
    else this.queued.push(outcome);
  }

  /** The request is over; if Python was not running, the first case's outcome says so and no case runs. */
  readonly sent = (result: Unavailable | void): void => {
    if (result) this.push({ kind: 'unavailable', message: result.message });
    this.end();
  };

  end(): void {
    this.ended = true;
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.(null);
    this.wanted?.();
  }

  /** Resolves once every outcome so far has been read and another is asked for (or the batch ended). */
  demand(): Promise<void> {
    if (this.ended || (this.waiting && this.queued.length === 0)) return Promise.resolve();
    return new Promise((resolve) => {
      this.wanted = () => {
        this.wanted = null;
        resolve();
      };
    });
  }
}

/**
 * Runs `inputs` on the slot's worker, pushing each outcome to `stream`; resolves once the worker has
 * finished with them. With a shared buffer, all go in one message and the worker runs them back to
 * back. Without one, an interrupt cannot reach the worker (a time-out kills it), so each case goes
 * in its own message, sent only once the one before has been read, as a case at a time always was.
 */
export async function sendBatch(
  slot: Slot,
  inputs: readonly CaseInput[],
  limitFor: LimitFor,
  stream: CaseStream,
  ctx: RequestContext,
): Promise<void> {
  try {
    const json = inputs.map((input) => JSON.stringify(input));
    const size = slot.interrupt ? json.length : 1;
    for (let from = 0; from < json.length && !stream.cancelled; from += size) {
      if (from > 0) await stream.demand();
      if (stream.cancelled) break;
      if (!(await sendCases(slot, json.slice(from, from + size), from, limitFor, stream, ctx))) break;
    }
  } finally {
    stream.end();
  }
}

/** One `cases` request; resolves true if every case in it was answered and the batch may go on. */
function sendCases(
  slot: Slot,
  inputs: string[],
  first: number,
  limitFor: LimitFor,
  stream: CaseStream,
  ctx: RequestContext,
): Promise<boolean> {
  const { port, interrupt } = slot;
  const firstLimit = limitFor(first);
  if (firstLimit === null) return Promise.resolve(false);
  const id = newToken();
  return new Promise((resolve) => {
    /** Cases answered so far; while it is below inputs.length, case `answered` is in flight. */
    let answered = 0;
    /** Messages read for this request (the worker counts those it posts: ANSWERED_SLOT). */
    let read = 0;
    let started = ctx.now();
    let interrupted = false;
    /**
     * The first case the interrupt can have reached: those the worker had answered before it was
     * sent ran in full, even if this thread had not read their answers yet, and keep their outcomes.
     */
    let interruptedFrom = 0;
    let stopped = false;
    let extended = false;
    let over = false;
    /** An interrupted case was answered: the worker runs no further case; its cases-done is to come. */
    let closing = false;
    let softTimer: ReturnType<typeof setTimeout> | undefined;
    let hardTimer: ReturnType<typeof setTimeout> | undefined;
    /** Whether a case is running whose outcome is still to be reported. */
    const inFlight = () => answered < inputs.length && !closing;
    const finish = (more: boolean) => {
      if (over) return;
      over = true;
      clearTimeout(softTimer);
      clearTimeout(hardTimer);
      ctx.setPending(null);
      stream.onCancel = null;
      resolve(more);
    };
    const report = (outcome: TimedOutcome) => {
      if (!stream.cancelled) stream.push(outcome);
    };
    const kill = () => {
      const ms = ctx.now() - started;
      ctx.restart();
      if (inFlight()) report(stopped ? { kind: 'stopped', ms, restarted: true } : { kind: 'killed', ms });
      finish(false);
    };
    const killUnlessAnswered = () => {
      // As for one request (runner-request.ts): the worker counted an answer this thread has not
      // read yet; wait one more grace period for it, once per case, then restart Python.
      if (!extended && interrupt && Atomics.load(interrupt, ANSWERED_SLOT) > read) {
        extended = true;
        hardTimer = setTimeout(killUnlessAnswered, ctx.graceMs);
        return;
      }
      kill();
    };
    /**
     * No further case (the limit, Stop or a cancel): the mark first, the interrupt second (engine.ts
     * reads them in the other order), then the kill if no answer comes within the grace period.
     */
    const interruptNow = () => {
      clearTimeout(softTimer);
      if (interrupted) return;
      interrupted = true;
      interruptedFrom = interrupt ? Math.max(answered, Atomics.load(interrupt, ANSWERED_SLOT)) : answered;
      if (interrupt) Atomics.store(interrupt, CANCEL_SLOT, 1);
      if (inFlight()) {
        if (!interrupt) return kill();
        Atomics.store(interrupt, 0, SIGINT);
      }
      hardTimer = setTimeout(killUnlessAnswered, ctx.graceMs);
    };
    const startCase = (limit: number) => {
      started = ctx.now();
      interrupted = stopped = extended = false;
      softTimer = setTimeout(interruptNow, limit);
    };
    const onAnswer = (response: WorkerResponse) => {
      if (response.type !== 'cases-done' && response.type !== 'case-result') return;
      read++;
      if (response.type === 'cases-done') return finish(!interrupted && !inFlight());
      // After an interrupted case nothing more is reported: the interrupt may have landed in the
      // case after it, which the worker had started before this thread read the answer.
      if (response.index !== answered || !inFlight()) return;
      clearTimeout(softTimer);
      const hit = interrupted && answered >= interruptedFrom;
      const ms = ctx.now() - started;
      report(timedOutcome({ kind: 'response', response, ms, interrupted: hit, stopped: hit && stopped }));
      answered++;
      if (response.fatal) {
        finish(false);
        ctx.restart();
        return;
      }
      // Once interrupted, the worker runs no further case (it saw the cancel mark): what is left to
      // come is the interrupted case's answer, if not this one, then cases-done, within the grace period.
      if (interrupted) {
        closing ||= hit;
        return;
      }
      if (!inFlight()) return;
      // The worker has started the next case already: its limit runs from now.
      const limit = limitFor(first + answered);
      if (limit !== null) return startCase(limit);
      // The run's budget is spent: the case the worker has started is stopped and not reported.
      interruptNow();
      closing = true;
    };
    const pending: Pending = {
      id,
      settle: (response) => {
        if (response.type === 'lost') {
          if (inFlight()) report({ kind: 'crashed', message: response.message, ms: ctx.now() - started });
          return finish(false);
        }
        onAnswer(response);
      },
      stop: () => {
        if (interrupted || !inFlight()) return;
        stopped = true;
        interruptNow();
      },
    };
    stream.onCancel = () => {
      if (!interrupted) interruptNow();
    };
    ctx.setPending(pending);
    if (interrupt) {
      Atomics.store(interrupt, ANSWERED_SLOT, 0);
      Atomics.store(interrupt, CANCEL_SLOT, 0);
    }
    slot.touched = true;
    startCase(firstLimit);
    port.post({ type: 'cases', id, inputs });
  });
}
