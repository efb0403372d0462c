// The shared document of a paired mock, and the schemas every value read from it goes through.
// A partner's browser is untrusted: whatever it wrote is parsed here (valibot) into a known shape,
// or dropped, before the app uses it; the types the app uses are inferred from the same schemas.
// Layout of the Yjs document:
//   map  "round"     – "info": PairInfo, written by the candidate; "next": the partner's own round
//                      (room, code, server) when the two swap roles
//   text "code:<id>" – the candidate's code per problem (bound to Monaco through y-monaco)
//   map  "timeline"  – the candidate's timeline events (not code snapshots), by `timelineKeys`
//   map  "requests"  – the interviewer's requests (interrupt, reveal a hint, extend, feedback) by id
//   map  "board"     – the candidate's whiteboard (the Sketch): element id → element, written by
//                      the candidate only (pairing/board-sync.ts, checked by domain/board-peer.ts)
//   map  "board:interviewer" – the interviewer's strokes on it, taken by the candidate's browser
//                      only while the candidate lets the interviewer draw
// Awareness carries each peer's role (and y-monaco's cursor).
import * as v from 'valibot';
import { MAX_COMMENT_CHARS, MAX_SUMMARY_CHARS, SIGNALS, type Scorecard } from './scorecard.ts';
import { isRoomId, normalizePairCode, parseServerUrl, type JoinDetails } from './pair-code.ts';
import type { TimelineEvent } from './timeline.ts';

export const ROUND_MAP = 'round';
export const INFO_KEY = 'info';
export const NEXT_ROUND_KEY = 'next';
export const TIMELINE_MAP = 'timeline';
export const REQUESTS_MAP = 'requests';
export const BOARD_MAP = 'board';
export const INTERVIEWER_BOARD_MAP = 'board:interviewer';
/** The Y.Text holding the code of one problem. */
export const codeTextName = (problemId: string) => `code:${problemId}`;

export const MAX_QUESTION_CHARS = 1_000;
export const MAX_HINT_CHARS = 2_000;
export const MAX_EXTEND_MIN = 30;
const MAX_PROBLEMS = 4;
const MAX_TEXT_CHARS = 20_000;
const MAX_CODE_CHARS = 200_000;
const MAX_HINT_INDEX = 50;
const MAX_COUNT = 1e6;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/;
const REQUEST_ID = /^[0-9a-f]{16,64}$/;

// Field schemas. A parse here only says yes or no (a peer is not told why), so no messages.
const time = v.pipe(v.number(), v.finite(), v.minValue(0));
const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const text = (max: number, min = 0) => v.pipe(v.string(), v.minLength(min), v.maxLength(max));
const id = v.pipe(v.string(), v.regex(ID));
const requestId = v.pipe(v.string(), v.regex(REQUEST_ID));
const runKind = v.picklist(['run', 'submit']);
const endReason = v.picklist(['time-up', 'ended-early']);

/** Whether `id` can name a request (random hex). */
export const isRequestId = (value: string) => REQUEST_ID.test(value);

export const PAIR_ROLES = ['candidate', 'interviewer'] as const;
export type PairRole = (typeof PAIR_ROLES)[number];

/** The value of `schema` in `value`, or null: the one way every reader below parses. */
function parseWith<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> | null {
  const parsed = v.safeParse(schema, value);
  return parsed.success ? parsed.output : null;
}

/** What the candidate publishes about the round: enough for the interviewer's clock and problem panel. */
const PairInfoSchema = v.pipe(
  v.object({
    roundId: id,
    problemIds: v.pipe(v.array(id), v.minLength(1), v.maxLength(MAX_PROBLEMS)),
    activeProblemId: id,
    startedAt: time,
    durationMs: v.pipe(time, v.gtValue(0)),
    endedAt: v.nullable(time),
    endReason: v.nullable(endReason),
    /** Set while the interviewer has the clock paused. */
    pausedAt: v.nullish(time, null),
    /** The candidate lets the interviewer type in the shared code (off unless the candidate turns it on; absent from older candidates). */
    interviewerMayType: v.optional(v.boolean(), false),
    /** The candidate lets the interviewer draw on the whiteboard (off unless the candidate turns it on). */
    interviewerMayDraw: v.optional(v.boolean(), false),
  }),
  v.check((info) => info.problemIds.includes(info.activeProblemId)),
);
export type PairInfo = v.InferOutput<typeof PairInfoSchema>;

/** The round info, or null when any field is missing or malformed. */
export const parsePairInfo = (value: unknown): PairInfo | null => parseWith(PairInfoSchema, value);

const SignalSchema = v.object({ rating: v.picklist([1, 2, 3, 4, 5]), comment: text(MAX_COMMENT_CHARS) });
const signalEntries = Object.fromEntries(SIGNALS.map((s) => [s.id, SignalSchema])) as Record<
  (typeof SIGNALS)[number]['id'],
  typeof SignalSchema
>;
const ScorecardSchema = v.object({
  // Every signal an own field (a value on the prototype chain is not the partner's rating).
  signals: v.pipe(
    v.custom<object>(
      (s) =>
        typeof s === 'object' && s !== null && !Array.isArray(s) && SIGNALS.every(({ id }) => Object.hasOwn(s, id)),
    ),
    v.object(signalEntries),
  ),
  decision: v.picklist(['hire', 'no-hire']),
  summary: text(MAX_SUMMARY_CHARS),
});

/** A scorecard with every signal rated, or null. */
export const parseScorecard = (value: unknown): Scorecard | null => parseWith(ScorecardSchema, value);

/** What the interviewer asks of the candidate's app. Each is applied once, however often it syncs. */
const PairRequestSchema = v.variant('type', [
  v.object({
    type: v.literal('interrupt'),
    problemId: id,
    question: v.pipe(text(MAX_QUESTION_CHARS), v.trim(), v.minLength(1)),
    sentAt: time,
  }),
  v.object({
    type: v.literal('reveal-hint'),
    problemId: id,
    index: int(0, MAX_HINT_INDEX),
    text: text(MAX_HINT_CHARS, 1),
    sentAt: time,
  }),
  v.object({ type: v.literal('extend'), minutes: int(1, MAX_EXTEND_MIN), sentAt: time }),
  v.object({ type: v.literal('pause'), sentAt: time }),
  v.object({ type: v.literal('resume'), sentAt: time }),
  v.object({ type: v.literal('feedback'), scorecard: ScorecardSchema, sentAt: time }),
]);
export type PairRequest = v.InferOutput<typeof PairRequestSchema>;
/** A request as the console sends it; `sentAt` is added at sending. */
export type PairRequestBody = PairRequest extends infer R ? (R extends unknown ? Omit<R, 'sentAt'> : never) : never;

/** An interviewer's request, or null. */
export const parsePairRequest = (value: unknown): PairRequest | null => parseWith(PairRequestSchema, value);

const RunSummarySchema = v.object({
  kind: runKind,
  status: v.picklist(['accepted', 'failed', 'error', 'unavailable']),
  passed: int(0, MAX_COUNT),
  total: int(0, MAX_COUNT),
  ms: time,
  // A follow-up note that is not short text is left out, not a reason to drop the verdict.
  followup: v.optional(
    v.pipe(
      v.unknown(),
      v.transform((f) => (typeof f === 'string' && f.length <= 200 ? f : undefined)),
    ),
  ),
  firstFailure: v.optional(v.object({ name: text(200), status: text(100) })),
});

const event = <const E extends v.ObjectEntries>(entries: E) => v.object({ at: time, ...entries });
/** A timeline event as mirrored to the interviewer (code travels in the Y.Text instead: no code snapshots). */
const MirroredEventSchema = v.variant('type', [
  event({
    type: v.literal('round-started'),
    problemIds: v.pipe(v.array(id), v.maxLength(MAX_PROBLEMS)),
    durationMs: time,
    assists: v.picklist(['off', 'relaxed']),
  }),
  event({ type: v.literal('run'), problemId: id, kind: runKind }),
  event({ type: v.literal('verdict'), problemId: id, summary: RunSummarySchema }),
  event({ type: v.literal('warning'), minutesLeft: int(1, 600) }),
  event({
    type: v.literal('interruption-asked'),
    slot: int(-MAX_COUNT, MAX_COUNT),
    questionId: id,
    source: v.picklist(['followup', 'prompt', 'interviewer']),
    question: text(MAX_TEXT_CHARS),
    problemId: id,
    code: text(MAX_CODE_CHARS),
  }),
  event({
    type: v.literal('interruption-answered'),
    slot: int(-MAX_COUNT, MAX_COUNT),
    answer: text(MAX_TEXT_CHARS),
    aloud: v.boolean(),
    rating: v.nullable(v.picklist(['clear', 'partial', 'lost'])),
    latencyMs: time,
  }),
  event({
    type: v.literal('hint-revealed'),
    problemId: id,
    index: int(0, MAX_HINT_INDEX),
    text: text(MAX_HINT_CHARS, 1),
    requestId,
  }),
  event({ type: v.literal('time-extended'), minutes: int(1, MAX_EXTEND_MIN), requestId }),
  event({ type: v.literal('clock-paused'), requestId }),
  event({ type: v.literal('clock-resumed'), pausedMs: time, requestId }),
  event({ type: v.literal('partner-feedback'), scorecard: ScorecardSchema, requestId }),
  event({ type: v.literal('round-ended'), reason: endReason }),
  event({ type: v.literal('interviewer-typing'), allowed: v.boolean() }),
  event({ type: v.literal('interviewer-drawing'), allowed: v.boolean() }),
]);
export type MirroredEvent = v.InferOutput<typeof MirroredEventSchema>;

/** A mirrored timeline event, or null. Code snapshots are not mirrored and are refused. */
export const parseMirroredEvent = (value: unknown): MirroredEvent | null => parseWith(MirroredEventSchema, value);

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

const RoleStateSchema = v.object({ role: v.picklist(PAIR_ROLES) });
/** The role a peer announces in awareness, or null. */
export const parseRole = (state: unknown): PairRole | null => parseWith(RoleStateSchema, state)?.role ?? null;

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

const NextRoundSchema = v.object({
  roomId: v.pipe(v.string(), v.check(isRoomId)),
  code: v.pipe(v.string(), v.transform(normalizePairCode), v.string()),
  serverUrl: v.pipe(v.string(), v.transform(parseServerUrl), v.string()),
});

/**
 * The partner's next round when the two swap roles (room, code and server to join it), or null.
 * Only the details travel: the link is built on the reader's own origin, never taken from the peer.
 */
export const parseNextRound = (value: unknown): JoinDetails | null => parseWith(NextRoundSchema, value);
