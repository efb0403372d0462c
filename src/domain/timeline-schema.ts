// The timeline's events as valibot schemas, and the types the app uses for them, inferred from the
// schemas: one declaration per event, so the check an import makes and the type the code relies on
// cannot drift apart. The backup file checks its events with `eventSchema`.
import * as v from 'valibot';
import { bool, describeFound, id, list, members, num, oneOf, record, text, type Known } from './backup-fields.ts';
import type { InterruptionMode } from './interruption-scheduler.ts';
import { PAIR_EVENT_BODIES } from './pair-event-format.ts';

export const RUN_KINDS = ['run', 'submit'] as const;
export type RunKind = (typeof RUN_KINDS)[number];
export const END_REASONS = ['time-up', 'ended-early'] as const;
export type EndReason = (typeof END_REASONS)[number];
/** Which editor conditions a round ran under. */
export const ASSISTS = ['off', 'relaxed'] as const;
export type Assists = (typeof ASSISTS)[number];
export const SELF_RATINGS = ['clear', 'partial', 'lost'] as const;
export type SelfRating = (typeof SELF_RATINGS)[number];
const RUN_STATUSES = ['accepted', 'failed', 'error', 'unavailable'] as const;
const INTERRUPTION_MODES = members<InterruptionMode>({ off: true, fixed: true, random: true });
/** `interviewer`: asked by the partner in a paired mock, not by the schedule. */
const QUESTION_SOURCES = ['followup', 'prompt', 'interviewer'] as const;

export const InterruptionsSchema = record({ mode: oneOf(INTERRUPTION_MODES), everyMin: num, seed: num });

const RunSummarySchema = record({
  kind: oneOf(RUN_KINDS),
  status: oneOf(RUN_STATUSES),
  passed: num,
  total: num,
  ms: num,
  /** How the follow-up cases went ("timed out at n = 20,000, O(n log n) expected"); never part of the status. */
  followup: v.optional(text),
  /** Name and status of the first case that did not pass. */
  firstFailure: v.optional(record({ name: text, status: text })),
});
export type RunSummary = Known<v.InferOutput<typeof RunSummarySchema>>;

/** The fields of each event type beyond type, roundId and at. */
const EVENT_BODIES = {
  'round-started': {
    problemIds: list(id),
    durationMs: num,
    assists: oneOf(ASSISTS),
    interruptions: v.optional(InterruptionsSchema),
  },
  'code-snapshot': { problemId: id, code: text },
  run: { problemId: id, kind: oneOf(RUN_KINDS) },
  verdict: { problemId: id, summary: RunSummarySchema },
  warning: { minutesLeft: num },
  'interruption-asked': {
    slot: num,
    questionId: id,
    source: oneOf(QUESTION_SOURCES),
    question: text,
    problemId: id,
    /** The candidate's code at the moment of the question. */
    code: text,
  },
  'interruption-answered': {
    slot: num,
    answer: text,
    aloud: bool,
    rating: v.nullable(oneOf(SELF_RATINGS)),
    latencyMs: num,
  },
  'round-ended': { reason: oneOf(END_REASONS) },
  // Paired mock: applied from the interviewer's request `requestId`, once. `clock-resumed`'s
  // `pausedMs` was added to the round's length (clock-pause.ts).
  ...PAIR_EVENT_BODIES,
  /** The candidate let the interviewer type in the shared code, or took it back. */
  'interviewer-typing': { allowed: bool },
  /** The candidate let the interviewer draw on the whiteboard, or took it back. */
  'interviewer-drawing': { allowed: bool },
} as const;

type Bodies = typeof EVENT_BODIES;
export type EventType = keyof Bodies;
export const EVENT_TYPES = Object.keys(EVENT_BODIES) as EventType[];

type Out<S> = S extends v.GenericSchema ? v.InferOutput<S> : never;
type IsOptional<S> = S extends v.OptionalSchema<v.GenericSchema, unknown> ? true : false;
/** What an object schema of `entries` reads: its required fields, and its optional ones as optional. */
type EntriesOutput<E> = { [F in keyof E as IsOptional<E[F]> extends true ? never : F]: Out<E[F]> } & {
  [F in keyof E as IsOptional<E[F]> extends true ? F : never]?: Out<E[F]>;
};
/** One event's body: its type and fields, as the schema reads them. */
type BodyOf<K extends EventType> = Known<{ type: K } & EntriesOutput<Bodies[K]>>;
export type TimelineEventBody = { [K in EventType]: BodyOf<K> }[EventType];
export type TimelineEvent = TimelineEventBody & { roundId: string; at: number };

/** A timeline event: its type read first, then its round (which must be in `roundIds`), time and body. */
export function eventSchema(roundIds: ReadonlySet<string>) {
  const roundId = v.pipe(
    id,
    v.check(
      (r) => roundIds.has(r),
      (issue) => `round "${String(issue.input)}" is not in this file`,
    ),
  );
  const options = (Object.entries(EVENT_BODIES) as [EventType, v.ObjectEntries][]).map(([type, body]) =>
    record({ type: v.literal(type), roundId, at: num, ...body }),
  );
  const typeSchema = oneOf(EVENT_TYPES);
  // The options are built from EVENT_BODIES, each with its literal type; valibot cannot infer that from a map.
  return v.variant('type', options as unknown as v.VariantOptions<'type'>, (issue) =>
    issue.path
      ? (v.safeParse(typeSchema, issue.input).issues?.[0]?.message ?? 'expected an event')
      : `expected an object, found ${describeFound(issue.input)}`,
  );
}

/**
 * The events `eventSchema` proved, as the app's type: each option is the schema of one body in
 * EVENT_BODIES, whose inferred type is TimelineEventBody's member of that type.
 */
export function asEvents(events: unknown[]): TimelineEvent[] {
  return events as TimelineEvent[];
}
