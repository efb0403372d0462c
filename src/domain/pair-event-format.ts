// The paired-mock timeline events (hint revealed, time extended, clock paused and resumed, partner
// feedback) as valibot schemas, for the backup file's check: the first bad field, named, so an
// import refuses a damaged file with a reason.
import * as v from 'valibot';
import { parseScorecard } from './pair-protocol.ts';
import type { Scorecard } from './scorecard.ts';
import { isRecord, pathOf } from './schema-issues.ts';

const requestId = v.pipe(v.string('expected an id'), v.minLength(1, 'expected an id'));
const count = (from: number) =>
  v.pipe(
    v.number(`expected a whole number from ${from}`),
    v.integer(`expected a whole number from ${from}`),
    v.minValue(from, `expected a whole number from ${from}`),
  );

/** The fields of each paired-mock event beyond type, roundId and at; `requestId` is checked first. */
export const PAIR_EVENT_BODIES = {
  'hint-revealed': {
    requestId,
    problemId: v.pipe(v.string('expected an id'), v.minLength(1, 'expected an id')),
    index: count(0),
    text: v.string('expected text'),
  },
  'time-extended': { requestId, minutes: count(1) },
  'clock-paused': { requestId },
  'clock-resumed': {
    requestId,
    pausedMs: v.pipe(
      v.number('expected a duration in ms'),
      v.finite('expected a duration in ms'),
      v.minValue(0, 'expected a duration in ms'),
    ),
  },
  'partner-feedback': {
    requestId,
    scorecard: v.custom<Scorecard>(
      (s) => parseScorecard(s) !== null,
      'expected four signals rated 1–5 with comments, a decision and a summary',
    ),
  },
} as const;

/** The first problem in a paired-mock event's body as `field: expected …`, or null when it is sound. */
export function pairEventProblem(o: Record<string, unknown>): string | null {
  const type = o.type;
  if (typeof type !== 'string' || !Object.hasOwn(PAIR_EVENT_BODIES, type)) return 'type: expected a paired-mock event';
  const fields = PAIR_EVENT_BODIES[type as keyof typeof PAIR_EVENT_BODIES];
  const issue = v.safeParse(v.looseObject(fields), isRecord(o) ? o : {}, { abortEarly: true }).issues?.[0];
  if (!issue) return null;
  const field = pathOf((issue.path ?? []).map((p) => p.key as string));
  // A missing field is reported by the object; give it the field's own message.
  const own = fields[field as keyof typeof fields] as v.GenericSchema | undefined;
  const message =
    issue.kind === 'schema' && issue.type === 'loose_object' && own
      ? v.safeParse(own, undefined).issues?.[0]?.message
      : issue.message;
  return `${field}: ${message}`;
}
