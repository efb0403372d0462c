// What a paired-mock interviewer's request does to the open round, as a plan the round store carries
// out: the event to record, and how much longer the round gets. Nothing here reads the clock or
// storage: the round, its timeline, the code and `now` come in. (Feedback is filed apart: it also
// reaches rounds no longer open.)
import { pausedSince, runningClock } from './clock-pause.ts';
import { fillPrompt, minutesLeftAt } from './interruption-scheduler.ts';
import { handledRequests, nextInterviewerSlot, type PairRequestBody } from './pair-protocol.ts';
import { elapsedMs } from './round-clock.ts';
import type { TimelineEvent, TimelineEventBody } from './timeline.ts';

const MINUTE_MS = 60_000;
/** Extra time a partner may give one round, in all. */
export const MAX_PARTNER_EXTRA_MIN = 30;

export interface PartnerRequestInput {
  round: { id: string; problemIds: string[]; startedAt: number; durationMs: number };
  /** Whether the round still runs: questions, pauses and extra time only make sense then. */
  active: boolean;
  events: readonly TimelineEvent[];
  code: Readonly<Record<string, string>>;
  requestId: string;
  request: Exclude<PairRequestBody, { type: 'feedback' }>;
  now: number;
}

/** The event to record (null: ignore the request) and the milliseconds to add to the round first. */
export interface PartnerRequestPlan {
  event: TimelineEventBody;
  addMs: number;
}

export function planPartnerRequest(input: PartnerRequestInput): PartnerRequestPlan | null {
  const { round, active, events, code, requestId, request, now } = input;
  if (handledRequests(events).has(requestId)) return null;
  if (request.type === 'reveal-hint') {
    if (!round.problemIds.includes(request.problemId)) return null;
    return {
      event: {
        type: 'hint-revealed',
        problemId: request.problemId,
        index: request.index,
        text: request.text,
        requestId,
      },
      addMs: 0,
    };
  }
  if (!active) return null;
  if (request.type === 'interrupt') {
    if (!round.problemIds.includes(request.problemId)) return null;
    const clock = runningClock(round, events);
    return {
      event: {
        type: 'interruption-asked',
        slot: nextInterviewerSlot(events),
        questionId: `interviewer:${requestId}`,
        source: 'interviewer',
        // A question from the bank may say "{minutesLeft}": the candidate reads the real minutes.
        question: fillPrompt(request.question, minutesLeftAt(elapsedMs(clock, now), clock.durationMs)),
        problemId: request.problemId,
        code: code[request.problemId] ?? '',
      },
      addMs: 0,
    };
  }
  const since = pausedSince(events);
  if (request.type === 'pause') return since === null ? { event: { type: 'clock-paused', requestId }, addMs: 0 } : null;
  if (request.type === 'resume') {
    // A resume adds the paused span to the round's length.
    if (since === null) return null;
    const pausedMs = Math.max(0, now - since);
    return { event: { type: 'clock-resumed', pausedMs, requestId }, addMs: pausedMs };
  }
  // An extension adds its minutes, up to MAX_PARTNER_EXTRA_MIN for the round in all.
  const given = events.reduce((sum, e) => sum + (e.type === 'time-extended' ? e.minutes : 0), 0);
  const minutes = Math.min(request.minutes, MAX_PARTNER_EXTRA_MIN - given);
  if (minutes <= 0) return null;
  return { event: { type: 'time-extended', minutes, requestId }, addMs: minutes * MINUTE_MS };
}
