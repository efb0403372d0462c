// The backup file's check of the paired-mock timeline events (hint revealed, time extended, clock
// paused and resumed, partner feedback): the first bad field, named, so an import refuses a damaged file with a reason.
import { parseScorecard } from './pair-protocol.ts';

type Obj = Record<string, unknown>;

const bad = (field: string, what: string) => `${field}: expected ${what}`;
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const isText = (v: unknown) => typeof v === 'string';

/** The first problem in a paired-mock event's body as `field: expected …`, or null when it is sound. */
export function pairEventProblem(o: Obj): string | null {
  if (!isText(o.requestId) || o.requestId === '') return bad('requestId', 'an id');
  switch (o.type) {
    case 'hint-revealed':
      if (!isText(o.problemId) || o.problemId === '') return bad('problemId', 'an id');
      if (!isCount(o.index)) return bad('index', 'a whole number from 0');
      return isText(o.text) ? null : bad('text', 'text');
    case 'time-extended':
      return isCount(o.minutes) && (o.minutes as number) > 0 ? null : bad('minutes', 'a whole number from 1');
    case 'clock-paused':
      return null;
    case 'clock-resumed':
      return typeof o.pausedMs === 'number' && Number.isFinite(o.pausedMs) && o.pausedMs >= 0 ? null : bad('pausedMs', 'a duration in ms');
    case 'partner-feedback':
      return parseScorecard(o.scorecard) ? null : bad('scorecard', 'four signals rated 1–5 with comments, a decision and a summary');
    default:
      return bad('type', 'a paired-mock event');
  }
}
