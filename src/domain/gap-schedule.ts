// The 24-hour iteration rule: every gap is re-drilled within a day of being logged, and the spacing
// grows with each success in a row until the gap counts as fixed. Nothing here reads the clock:
// `now`, `at` and `random` are always passed in, and entries are returned new, never mutated.
import type { GapEntry, Redrill } from './gap-entry.ts';
import { pickUnsolved, type ProblemSummary } from './problem-filter.ts';

export const DAY_MS = 86_400_000;
/** Days until the next re-drill after 0, 1, 2 and 3-or-more successes in a row. */
export const INTERVALS_DAYS = [1, 3, 7, 14] as const;
/** Successes in a row after which an entry counts as fixed. */
export const FIXED_AFTER = 3;

/** Spacing in days for a given streak; streaks past the table keep the last (longest) spacing. */
function intervalFor(streak: number): number {
  return INTERVALS_DAYS[Math.min(streak, INTERVALS_DAYS.length - 1)]!;
}

/** The schedule of a freshly logged gap: first re-drill due one day (24 h) after it was logged. */
export function newRedrill(createdAt: number): Redrill {
  return { dueAt: createdAt + intervalFor(0) * DAY_MS, intervalDays: intervalFor(0), streak: 0, history: [] };
}

/**
 * The entry after a re-drill at `at`. A success lengthens the spacing (1 → 3 → 7 → 14 days) and
 * marks the entry fixed once the streak reaches FIXED_AFTER; a failure resets the spacing to one
 * day and reopens the entry, even one already fixed.
 */
export function recordRedrill(entry: GapEntry, at: number, success: boolean, roundId?: string): GapEntry {
  const streak = success ? entry.redrill.streak + 1 : 0;
  const intervalDays = intervalFor(streak);
  const attempt = roundId === undefined ? { at, success } : { at, success, roundId };
  return {
    ...entry,
    redrill: { dueAt: at + intervalDays * DAY_MS, intervalDays, streak, history: [...entry.redrill.history, attempt] },
    status: streak >= FIXED_AFTER ? 'fixed' : 'open',
  };
}

/** Open entries whose re-drill is due at `now`, most overdue first. */
export function dueEntries(entries: readonly GapEntry[], now: number): GapEntry[] {
  return entries
    .filter((e) => e.status === 'open' && e.redrill.dueAt <= now)
    .sort((a, b) => a.redrill.dueAt - b.redrill.dueAt);
}

/** Open entries not yet due but due within `withinMs` of `now`, soonest first. */
export function upcomingEntries(entries: readonly GapEntry[], now: number, withinMs: number): GapEntry[] {
  return entries
    .filter((e) => e.status === 'open' && e.redrill.dueAt > now && e.redrill.dueAt <= now + withinMs)
    .sort((a, b) => a.redrill.dueAt - b.redrill.dueAt);
}

/**
 * The problem id to re-drill an entry with. Prefers another problem of the same family sharing a
 * tag with the entry, unsolved ones first (chosen with `random`, a number in [0, 1)); otherwise the
 * entry's own problem; otherwise null. Only problems in `bank` are suggested, so a problem since
 * removed from the bank is never offered. When the entry has no family, its problem's family is used.
 */
export function redrillProblem(
  entry: GapEntry,
  bank: readonly ProblemSummary[],
  solved: ReadonlySet<string>,
  random: () => number,
): string | null {
  const own = entry.problemId === null ? undefined : bank.find((p) => p.id === entry.problemId);
  const family = entry.family ?? own?.family ?? null;
  const related = bank.filter(
    (p) =>
      p.id !== entry.problemId && family !== null && p.family === family && p.tags.some((t) => entry.tags.includes(t)),
  );
  return pickUnsolved(related, solved, random)?.id ?? own?.id ?? null;
}
