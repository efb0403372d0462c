// Progress through a study plan. A day is done when the history shows every kind of practice it
// asked for on that calendar day, or when the candidate ticked it. Days before the plan was made do
// not count against it. Pure: `now` and the history come in.
import { localDaysBetween } from './local-day.ts';
import type { PlanRecord } from './loop-records.ts';
import type { ReadinessHistory } from './readiness.ts';
import type { PlanDay, PracticeKind } from './study-plan.ts';

/** One piece of practice found in the history, when it happened. */
export interface PracticeEntry {
  kind: PracticeKind;
  at: number;
}

/**
 * Practice found in the history: a coding round, a session of each kind (a behavioral round is
 * story practice), a story telling, a loop, and gap-log work (an entry filed or re-drilled).
 */
export function practiceEntries(history: ReadinessHistory, gapWork: readonly number[]): PracticeEntry[] {
  return [
    ...history.rounds.map(({ round }) => ({ kind: 'coding' as const, at: round.startedAt })),
    ...history.sessions.map((s) => ({
      kind: s.kind === 'behavioral' ? ('stories' as const) : s.kind,
      at: s.startedAt,
    })),
    ...history.storyDrills.map((d) => ({ kind: 'stories' as const, at: d.startedAt })),
    ...history.loops.map((l) => ({ kind: 'full-loop' as const, at: l.startedAt })),
    ...gapWork.map((at) => ({ kind: 'gaps' as const, at })),
  ];
}

export type DayStatus = 'done' | 'missed' | 'today' | 'upcoming' | 'before-plan';

export interface PlanProgress {
  /** Today's day index, or undefined before day 1 and after the last day. */
  todayIndex: number | undefined;
  /** Days done (credited from history or ticked), ascending. */
  done: number[];
  /** Of those, the days the history credited. */
  credited: number[];
  status: DayStatus[];
  /** Days passed and not done, and days ahead already done. */
  behind: number;
  ahead: number;
  /** Days until day 1 (0 once the plan runs). */
  startsIn: number;
}

/** Kinds practised on each plan day, keyed by day index. */
function practisedByDay(
  plan: Pick<PlanRecord, 'startsOn'>,
  practice: readonly PracticeEntry[],
): Map<number, Set<PracticeKind>> {
  const out = new Map<number, Set<PracticeKind>>();
  for (const p of practice) {
    const day = localDaysBetween(plan.startsOn, p.at);
    const kinds = out.get(day) ?? new Set<PracticeKind>();
    kinds.add(p.kind);
    out.set(day, kinds);
  }
  return out;
}

/** Where the candidate stands on `now`. */
export function planProgress(
  plan: Pick<PlanRecord, 'startsOn' | 'createdAt' | 'doneDays'>,
  days: readonly PlanDay[],
  practice: readonly PracticeEntry[],
  now: number,
): PlanProgress {
  const byDay = practisedByDay(plan, practice);
  const credited = days
    .filter((d) => d.activities.length > 0 && d.activities.every((a) => byDay.get(d.index)?.has(a.credit)))
    .map((d) => d.index);
  const done = [...new Set([...credited, ...plan.doneDays.filter((i) => i >= 0 && i < days.length)])].sort(
    (a, b) => a - b,
  );
  const doneSet = new Set(done);
  const today = localDaysBetween(plan.startsOn, now);
  const firstCounted = Math.max(0, localDaysBetween(plan.startsOn, plan.createdAt));
  const status = days.map((d): DayStatus => {
    if (doneSet.has(d.index)) return 'done';
    if (d.index < firstCounted) return 'before-plan';
    if (d.index < today) return 'missed';
    return d.index === today ? 'today' : 'upcoming';
  });
  return {
    todayIndex: today >= 0 && today < days.length ? today : undefined,
    done,
    credited,
    status,
    behind: status.filter((s) => s === 'missed').length,
    ahead: done.filter((i) => i > today).length,
    startsIn: Math.max(0, -today),
  };
}

/** The plan with day `index` ticked or unticked by hand. */
export function withDayTicked(plan: PlanRecord, index: number, done: boolean): PlanRecord {
  const rest = plan.doneDays.filter((i) => i !== index);
  return { ...plan, doneDays: done ? [...rest, index].sort((a, b) => a - b) : rest };
}
