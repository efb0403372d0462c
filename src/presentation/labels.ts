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

/** A case's or a run's status as a person reads it ("Wrong answer", not "wrong-answer"). */
export const CASE_STATUS_LABEL: Record<string, string> = {
  passed: 'Passed',
  'wrong-answer': 'Wrong answer',
  wrong: 'Wrong answer',
  'runtime-error': 'Runtime error',
  error: 'Runtime error',
  'time-limit': 'Time limit exceeded',
  'output-limit': 'Output limit exceeded',
  'not-run': 'Not run',
};

/** The word for any status code; an unknown code is turned into words rather than shown raw. */
export function statusLabel(code: string): string {
  return (
    CASE_STATUS_LABEL[code] ?? RUN_STATUS_LABEL[code] ?? code.charAt(0).toUpperCase() + code.slice(1).replace(/-/g, ' ')
  );
}

/** A Run's or Submit's overall outcome. */
export const RUN_STATUS_LABEL: Record<string, string> = {
  accepted: 'Accepted',
  failed: 'Failed',
  error: 'Error before any case ran',
  unavailable: 'Python was not available',
};

interface SummaryLike {
  kind?: string;
  status: string;
  passed: number;
  total: number;
  firstFailure?: { name: string; status: string };
}

/** "Accepted 8/8", "Failed 3/8, first failure: example 1, wrong answer". */
export function runSummaryText(s: SummaryLike): string {
  const counts = s.status === 'accepted' || s.status === 'failed' ? ` ${s.passed}/${s.total}` : '';
  // A case "not run" is no failure of its own: the code failed before it (a syntax error, say).
  const first =
    s.firstFailure && s.firstFailure.status !== 'not-run' && s.status === 'failed'
      ? `, first failure: ${s.firstFailure.name}, ${statusLabel(s.firstFailure.status).toLowerCase()}`
      : '';
  return `${RUN_STATUS_LABEL[s.status] ?? statusLabel(s.status)}${counts}${first}`;
}

/**
 * One line for a Run or Submit and its verdict, as the review's and the interviewer's timelines show
 * it: "Run: wrong answer on example 1 · 1 of 2 examples passed", "Submit: accepted · 12 of 12 tests passed".
 */
export function verdictLine(s: SummaryLike): string {
  const what = s.kind === 'submit' ? 'Submit' : 'Run';
  const unit = s.kind === 'submit' ? 'test' : 'example';
  if (s.status === 'error') return `${what}: the code did not run (an error before the first case)`;
  if (s.status === 'unavailable') return `${what}: Python was not available`;
  const outcome =
    s.status === 'accepted'
      ? 'accepted'
      : s.firstFailure && s.firstFailure.status !== 'not-run'
        ? `${statusLabel(s.firstFailure.status).toLowerCase()} on ${s.firstFailure.name}`
        : 'failed';
  return `${what}: ${outcome} · ${s.passed} of ${count(s.total, unit)} passed`;
}

/** A re-drill schedule: "no re-drills yet, every day", "2 re-drills in a row, every 3 days". */
export function redrillText(streak: number, intervalDays: number): string {
  const every = intervalDays === 1 ? 'every day' : `every ${count(intervalDays, 'day')}`;
  return `${streak === 0 ? 'no successful re-drills yet' : `${count(streak, 'successful re-drill')} in a row`}, ${every}`;
}

/** A warning on the timeline: "5 minutes left", "1 minute left". */
export function minutesLeftText(minutes: number): string {
  return `${count(minutes, 'minute')} left`;
}

/** The interviewer's hire decision. */
export const DECISION_LABEL: Record<'hire' | 'no-hire', string> = { hire: 'Hire', 'no-hire': 'No hire' };

/** The one wording of the link back to the problem list, everywhere. */
export const BACK_TO_PROBLEMS = 'Back to the problems';

/** What each stored table holds, for "Imported 1 round, 3 story drills": singular and plural. */
export const RECORD_NAMES: Record<string, [string, string]> = {
  rounds: ['round', 'rounds'],
  events: ['timeline event', 'timeline events'],
  drafts: ['saved draft', 'saved drafts'],
  stories: ['story', 'stories'],
  storyDrills: ['story drill', 'story drills'],
  gaps: ['gap log entry', 'gap log entries'],
  sessions: ['practice round', 'practice rounds'],
  loops: ['full loop', 'full loops'],
  templates: ['round template', 'round templates'],
  plans: ['study plan', 'study plans'],
  boardChanges: ['board change', 'board changes'],
};

/** "1 round", "3 story drills"; an unknown table is named in words, not as its code. */
export function recordCount(table: string, n: number): string {
  const [one, many] = RECORD_NAMES[table] ?? [
    table.replace(/([A-Z])/g, ' $1').toLowerCase(),
    table.replace(/([A-Z])/g, ' $1').toLowerCase(),
  ];
  return count(n, one, many);
}
