// What every fundamentals, design and behavioral session shares: its clock, its end, and how
// history names it. Pure: times are passed in.
import { closeBehavioral } from './behavioral-round.ts';
import { closeDesign } from './design-round.ts';
import { closeFundamentals } from './fundamentals-round.ts';
import type { SessionRecord } from './loop-records.ts';
import { deadline, dueWarnings, isTimeUp } from './round-clock.ts';

export type SessionKind = SessionRecord['kind'];
export type SessionEndReason = NonNullable<SessionRecord['endReason']>;

/** The rounds' names as the app shows them. */
export const SESSION_KIND_NAMES: Record<SessionKind, string> = {
  fundamentals: 'ML fundamentals',
  design: 'ML system design',
  behavioral: 'Behavioral',
};

/**
 * Ends a session once: its open question or step closes at the end, which for a time-up is the
 * deadline, not the moment the app noticed. An ended session is returned unchanged.
 */
export function endSession(session: SessionRecord, at: number, reason: SessionEndReason): SessionRecord {
  if (session.endedAt !== undefined) return session;
  const end = reason === 'time-up' ? deadline(session) : Math.min(at, deadline(session));
  const closed =
    session.kind === 'fundamentals'
      ? closeFundamentals(session, end)
      : session.kind === 'design'
        ? closeDesign(session, end)
        : closeBehavioral(session, end);
  return { ...closed, endedAt: end, endReason: reason };
}

/** Whether the session's clock has run out at `now` (it keeps running, like a coding round's). */
export function sessionTimeUp(session: SessionRecord, now: number): boolean {
  return session.endedAt === undefined && isTimeUp(session, now);
}

/**
 * The minutes-left warnings (10, then 5) due at `now` that the session has not given yet, and the
 * session recording them as given: the record carries them, so a reload does not repeat them.
 */
export function giveWarnings(session: SessionRecord, now: number): { due: number[]; session: SessionRecord } {
  const given = session.warningsGiven ?? [];
  const due = session.endedAt === undefined ? dueWarnings(session, now, given) : [];
  return { due, session: due.length === 0 ? session : { ...session, warningsGiven: [...given, ...due] } };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** How history lists a session: "ML fundamentals · 3 questions", "ML system design · Fraud detection". */
export function sessionLabel(session: SessionRecord): string {
  const name = SESSION_KIND_NAMES[session.kind];
  if (session.kind === 'design') return `${name} · ${session.promptTitle}`;
  return `${name} · ${plural(session.questionIds.length, 'question')}`;
}
