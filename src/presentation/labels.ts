// Words people read for the app's internal codes (verdicts, end reasons, drills, plurals). Every
// screen, the review and the Markdown report take their wording from here, so no code such as
// "wrong-answer" or "time-up" reaches a person and one thing is never named two ways.
import type { SessionRecord } from '../domain/loop-records.ts';
import type { EndReason } from '../domain/timeline.ts';

/** "1 day", "3 days"; `plural` when the plural is not just an added s. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** Whole minutes as a person reads a duration on screen: rounded up, like the clock ("0:30" left is 1 minute). */
export function minutesText(ms: number): string {
  return count(Math.ceil(Math.max(0, ms) / 60_000), 'min', 'min');
}

/** How a coding round ended, in a sentence's middle: "time ran out", "ended early". */
export const ROUND_END_LABEL: Record<EndReason, string> = {
  'time-up': 'time ran out',
  'ended-early': 'ended early',
};

/** How a practice round ended. */
export const SESSION_END_LABEL: Record<NonNullable<SessionRecord['endReason']>, string> = {
  'time-up': 'ended when time was up',
  'ended-early': 'ended early',
  finished: 'finished',
};
