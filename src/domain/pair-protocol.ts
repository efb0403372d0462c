// The shared document of a paired mock, and the validators every value read from it goes through.
// A partner's browser is untrusted: whatever it wrote is parsed here into a known shape (or dropped)
// before the app uses it. Layout of the Yjs document:
//   map  "round"     – "info": PairInfo, written by the candidate; "next": the partner's own round
//                      (room, code, server) when the two swap roles
//   text "code:<id>" – the candidate's code per problem (bound to Monaco through y-monaco)
//   map  "timeline"  – the candidate's timeline events (not code snapshots), by `timelineKeys`
//   map  "requests"  – the interviewer's requests (interrupt, reveal a hint, extend, feedback) by id
// Awareness carries each peer's role (and y-monaco's cursor).
import {
  MAX_COMMENT_CHARS,
  MAX_SUMMARY_CHARS,
  SIGNALS,
  type HireDecision,
  type Scorecard,
  type SignalRating,
  type SignalScore,
} from './scorecard.ts';
import { isRoomId, normalizePairCode, parseServerUrl, type JoinDetails } from './pair-code.ts';
import type { EndReason, TimelineEvent, TimelineEventBody } from './timeline.ts';

export type PairRole = 'candidate' | 'interviewer';

export const ROUND_MAP = 'round';
export const INFO_KEY = 'info';
export const NEXT_ROUND_KEY = 'next';
export const TIMELINE_MAP = 'timeline';
export const REQUESTS_MAP = 'requests';
/** The Y.Text holding the code of one problem. */
export const codeTextName = (problemId: string) => `code:${problemId}`;

export const MAX_QUESTION_CHARS = 1_000;
export const MAX_HINT_CHARS = 2_000;
export const MAX_EXTEND_MIN = 30;
const MAX_PROBLEMS = 4;
const MAX_TEXT_CHARS = 20_000;
const MAX_CODE_CHARS = 200_000;
const MAX_HINT_INDEX = 50;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/;
const REQUEST_ID = /^[0-9a-f]{16,64}$/;

/** What the candidate publishes about the round: enough for the interviewer's clock and problem panel. */
export interface PairInfo {
  roundId: string;
  problemIds: string[];
  activeProblemId: string;
  startedAt: number;
  durationMs: number;
  endedAt: number | null;
  endReason: EndReason | null;
  /** Set while the interviewer has the clock paused. */
  pausedAt: number | null;
  /** The candidate lets the interviewer type in the shared code (off unless the candidate turns it on). */
  interviewerMayType: boolean;
}

/** What the interviewer asks of the candidate's app. Each is applied once, however often it syncs. */
export type PairRequestBody =
  | { type: 'interrupt'; problemId: string; question: string }
  | { type: 'reveal-hint'; problemId: string; index: number; text: string }
  | { type: 'extend'; minutes: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'feedback'; scorecard: Scorecard };

export type PairRequest = PairRequestBody & { sentAt: number };

/** A timeline event as mirrored to the interviewer (code travels in the Y.Text instead). */
export type MirroredEvent = Exclude<TimelineEventBody, { type: 'code-snapshot' }> & { at: number };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown, min: number, max: number): v is number =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const isText = (v: unknown, max: number, min = 0): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max;
const isId = (v: unknown): v is string => typeof v === 'string' && ID.test(v);
const isTime = (v: unknown): v is number => isNum(v) && v >= 0;
function isOneOf<T extends string>(v: unknown, options: readonly T[]): v is T {
  return typeof v === 'string' && (options as readonly string[]).includes(v);
}

/** Whether `id` can name a request (random hex). */
export const isRequestId = (id: string) => REQUEST_ID.test(id);

/** The round info, or null when any field is missing or malformed. */
export function parsePairInfo(v: unknown): PairInfo | null {
  if (!isObj(v)) return null;
  const { roundId, problemIds, activeProblemId, startedAt, durationMs, endedAt, endReason } = v;
  const pausedAt = v.pausedAt ?? null;
  if (!isId(roundId) || !Array.isArray(problemIds) || problemIds.length < 1 || problemIds.length > MAX_PROBLEMS)
    return null;
  if (!problemIds.every(isId) || !isId(activeProblemId) || !problemIds.includes(activeProblemId)) return null;
  if (!isTime(startedAt) || !isTime(durationMs) || durationMs <= 0) return null;
  if (endedAt !== null && !isTime(endedAt)) return null;
  if (endReason !== null && !isOneOf<EndReason>(endReason, ['time-up', 'ended-early'])) return null;
  if (pausedAt !== null && !isTime(pausedAt)) return null;
  if (v.interviewerMayType !== undefined && typeof v.interviewerMayType !== 'boolean') return null;
  return {
    roundId,
    problemIds: [...problemIds],
    activeProblemId,
    startedAt,
    durationMs,
    endedAt,
    endReason,
    pausedAt,
    interviewerMayType: v.interviewerMayType === true,
  };
}

function parseSignal(v: unknown): SignalScore | null {
  if (!isObj(v) || !isInt(v.rating, 1, 5) || !isText(v.comment, MAX_COMMENT_CHARS)) return null;
  return { rating: v.rating as SignalRating, comment: v.comment };
}

/** A scorecard with every signal rated, or null. */
export function parseScorecard(v: unknown): Scorecard | null {
  if (
    !isObj(v) ||
    !isObj(v.signals) ||
    !isOneOf<HireDecision>(v.decision, ['hire', 'no-hire']) ||
    !isText(v.summary, MAX_SUMMARY_CHARS)
  )
    return null;
  const signals = {} as Scorecard['signals'];
  for (const s of SIGNALS) {
    const score = parseSignal(Object.hasOwn(v.signals, s.id) ? v.signals[s.id] : undefined);
    if (!score) return null;
    signals[s.id] = score;
  }
  return { signals, decision: v.decision, summary: v.summary };
}

/** An interviewer's request, or null. */
export function parsePairRequest(v: unknown): PairRequest | null {
  if (!isObj(v) || !isTime(v.sentAt)) return null;
  const sentAt = v.sentAt;
  switch (v.type) {
    case 'interrupt':
      return isId(v.problemId) && isText(v.question, MAX_QUESTION_CHARS) && v.question.trim() !== ''
        ? { type: 'interrupt', problemId: v.problemId, question: v.question.trim(), sentAt }
        : null;
    case 'reveal-hint':
      return isId(v.problemId) && isInt(v.index, 0, MAX_HINT_INDEX) && isText(v.text, MAX_HINT_CHARS, 1)
        ? { type: 'reveal-hint', problemId: v.problemId, index: v.index, text: v.text, sentAt }
        : null;
    case 'extend':
      return isInt(v.minutes, 1, MAX_EXTEND_MIN) ? { type: 'extend', minutes: v.minutes, sentAt } : null;
    case 'pause':
    case 'resume':
      return { type: v.type, sentAt };
    case 'feedback': {
      const scorecard = parseScorecard(v.scorecard);
      return scorecard ? { type: 'feedback', scorecard, sentAt } : null;
    }
    default:
      return null;
  }
}

function parseSummary(v: unknown): Extract<TimelineEventBody, { type: 'verdict' }>['summary'] | null {
  if (
    !isObj(v) ||
    !isOneOf(v.kind, ['run', 'submit'] as const) ||
    !isOneOf(v.status, ['accepted', 'failed', 'error', 'unavailable'] as const)
  )
    return null;
  if (!isInt(v.passed, 0, 1e6) || !isInt(v.total, 0, 1e6) || !isTime(v.ms)) return null;
  const base = {
    kind: v.kind,
    status: v.status,
    passed: v.passed,
    total: v.total,
    ms: v.ms,
    ...(isText(v.followup, 200) ? { followup: v.followup } : {}),
  };
  if (v.firstFailure === undefined) return base;
  const f = v.firstFailure;
  if (!isObj(f) || !isText(f.name, 200) || !isText(f.status, 100)) return null;
  return { ...base, firstFailure: { name: f.name, status: f.status } };
}

/** A mirrored timeline event, or null. Code snapshots are not mirrored and are refused. */
export function parseMirroredEvent(v: unknown): MirroredEvent | null {
  if (!isObj(v) || !isTime(v.at)) return null;
  const at = v.at;
  switch (v.type) {
    case 'round-started':
      return Array.isArray(v.problemIds) &&
        v.problemIds.length <= MAX_PROBLEMS &&
        v.problemIds.every(isId) &&
        isTime(v.durationMs) &&
        isOneOf(v.assists, ['off', 'relaxed'] as const)
        ? { type: 'round-started', at, problemIds: [...v.problemIds], durationMs: v.durationMs, assists: v.assists }
        : null;
    case 'run':
      return isId(v.problemId) && isOneOf(v.kind, ['run', 'submit'] as const)
        ? { type: 'run', at, problemId: v.problemId, kind: v.kind }
        : null;
    case 'verdict': {
      const summary = parseSummary(v.summary);
      return isId(v.problemId) && summary ? { type: 'verdict', at, problemId: v.problemId, summary } : null;
    }
    case 'warning':
      return isInt(v.minutesLeft, 1, 600) ? { type: 'warning', at, minutesLeft: v.minutesLeft } : null;
    case 'interruption-asked':
      return isInt(v.slot, -1e6, 1e6) &&
        isId(v.questionId) &&
        isOneOf(v.source, ['followup', 'prompt', 'interviewer'] as const) &&
        isText(v.question, MAX_TEXT_CHARS) &&
        isId(v.problemId) &&
        isText(v.code, MAX_CODE_CHARS)
        ? {
            type: 'interruption-asked',
            at,
            slot: v.slot,
            questionId: v.questionId,
            source: v.source,
            question: v.question,
            problemId: v.problemId,
            code: v.code,
          }
        : null;
    case 'interruption-answered':
      return isInt(v.slot, -1e6, 1e6) &&
        isText(v.answer, MAX_TEXT_CHARS) &&
        typeof v.aloud === 'boolean' &&
        (v.rating === null || isOneOf(v.rating, ['clear', 'partial', 'lost'] as const)) &&
        isTime(v.latencyMs)
        ? {
            type: 'interruption-answered',
            at,
            slot: v.slot,
            answer: v.answer,
            aloud: v.aloud,
            rating: v.rating,
            latencyMs: v.latencyMs,
          }
        : null;
    case 'hint-revealed':
      return isId(v.problemId) &&
        isInt(v.index, 0, MAX_HINT_INDEX) &&
        isText(v.text, MAX_HINT_CHARS, 1) &&
        typeof v.requestId === 'string' &&
        isRequestId(v.requestId)
        ? { type: 'hint-revealed', at, problemId: v.problemId, index: v.index, text: v.text, requestId: v.requestId }
        : null;
    case 'time-extended':
      return isInt(v.minutes, 1, MAX_EXTEND_MIN) && typeof v.requestId === 'string' && isRequestId(v.requestId)
        ? { type: 'time-extended', at, minutes: v.minutes, requestId: v.requestId }
        : null;
    case 'clock-paused':
      return typeof v.requestId === 'string' && isRequestId(v.requestId)
        ? { type: 'clock-paused', at, requestId: v.requestId }
        : null;
    case 'clock-resumed':
      return isTime(v.pausedMs) && typeof v.requestId === 'string' && isRequestId(v.requestId)
        ? { type: 'clock-resumed', at, pausedMs: v.pausedMs, requestId: v.requestId }
        : null;
    case 'partner-feedback': {
      const scorecard = parseScorecard(v.scorecard);
      return scorecard && typeof v.requestId === 'string' && isRequestId(v.requestId)
        ? { type: 'partner-feedback', at, scorecard, requestId: v.requestId }
        : null;
    }
    case 'round-ended':
      return isOneOf(v.reason, ['time-up', 'ended-early'] as const)
        ? { type: 'round-ended', at, reason: v.reason }
        : null;
    case 'interviewer-typing':
      return typeof v.allowed === 'boolean' ? { type: 'interviewer-typing', at, allowed: v.allowed } : null;
    default:
      return null;
  }
}

/**
 * Stable keys for mirroring a timeline into a Y.Map: time, type and the count of earlier events
 * with the same time and type. The same events give the same keys after a reload, so re-publishing
 * is idempotent.
 */
export function timelineKeys(events: readonly TimelineEvent[]): { key: string; event: MirroredEvent }[] {
  const seen = new Map<string, number>();
  const out: { key: string; event: MirroredEvent }[] = [];
  for (const e of events) {
    if (e.type === 'code-snapshot') continue;
    const base = `${e.at}:${e.type}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const { roundId: _roundId, ...event } = e;
    out.push({ key: `${base}:${n}`, event });
  }
  return out;
}

/** The valid events among a map's values, in time order; malformed ones are dropped. */
export function readMirroredTimeline(values: Iterable<unknown>): MirroredEvent[] {
  const out: MirroredEvent[] = [];
  for (const v of values) {
    const e = parseMirroredEvent(v);
    if (e) out.push(e);
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The role a peer announces in awareness, or null. */
export function parseRole(state: unknown): PairRole | null {
  return isObj(state) && isOneOf<PairRole>(state.role, ['candidate', 'interviewer']) ? state.role : null;
}

/** Ids of the interviewer's requests already applied to this timeline (each is applied once). */
export function handledRequests(events: readonly TimelineEvent[]): Set<string> {
  const ids = new Set<string>();
  for (const e of events) {
    if (e.type === 'interruption-asked' && e.source === 'interviewer')
      ids.add(e.questionId.replace(/^interviewer:/, ''));
    else if (
      e.type === 'hint-revealed' ||
      e.type === 'time-extended' ||
      e.type === 'clock-paused' ||
      e.type === 'clock-resumed' ||
      e.type === 'partner-feedback'
    ) {
      ids.add(e.requestId);
    }
  }
  return ids;
}

/** The slot for the next interviewer question: negative, so it never meets the schedule's slots (0, 1, …). */
export function nextInterviewerSlot(events: readonly TimelineEvent[]): number {
  return -1 - events.filter((e) => e.type === 'interruption-asked' && e.source === 'interviewer').length;
}

/**
 * The partner's next round when the two swap roles (room, code and server to join it), or null.
 * Only the details travel: the link is built on the reader's own origin, never taken from the peer.
 */
export function parseNextRound(v: unknown): JoinDetails | null {
  if (
    !isObj(v) ||
    typeof v.roomId !== 'string' ||
    !isRoomId(v.roomId) ||
    typeof v.code !== 'string' ||
    typeof v.serverUrl !== 'string'
  )
    return null;
  const code = normalizePairCode(v.code);
  const serverUrl = parseServerUrl(v.serverUrl);
  return code && serverUrl ? { roomId: v.roomId, code, serverUrl } : null;
}
