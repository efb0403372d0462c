// Statistics for the gap log page, derived from gap entries and round timelines. Pure: `now` is
// always passed in. Weeks start on Monday 00:00 local time (domain/local-day.ts) everywhere in this file.
import type { FailureCategory, GapEntry } from './gap-entry.ts';
import { DAY_MS } from './gap-schedule.ts';
import { addLocalDays, startOfLocalWeek } from './local-day.ts';
import { sortTimeline, type RunSummary, type TimelineEvent } from './timeline.ts';

/** Half-life of an entry's weight in the recommendation, in days. */
const RECENCY_HALF_LIFE_DAYS = 7;
/** Score added per overdue re-drill in the recommendation. */
const OVERDUE_BOOST = 1;
/** The window the recommendation's reason counts "recent" entries over. */
const REASON_WINDOW_DAYS = 14;
/** Scores closer than this count as a tie, so summation order never decides the winner. */
const SCORE_EPSILON = 1e-9;

export interface GapFilters {
  category?: string;
  family?: string;
  tag?: string;
  problemId?: string;
  /** Earliest createdAt (inclusive, epoch ms). */
  from?: number;
  /** Latest createdAt (inclusive, epoch ms). */
  to?: number;
  status?: 'open' | 'fixed';
}

/** Entries matching every filter that is set; unset filters match everything. */
export function filterGaps(entries: readonly GapEntry[], f: GapFilters): GapEntry[] {
  return entries.filter(
    (e) =>
      (!f.category || e.categories.includes(f.category)) &&
      (!f.family || e.family === f.family) &&
      (!f.tag || e.tags.includes(f.tag)) &&
      (!f.problemId || e.problemId === f.problemId) &&
      (f.from === undefined || e.createdAt >= f.from) &&
      (f.to === undefined || e.createdAt <= f.to) &&
      (!f.status || e.status === f.status),
  );
}

/** The start (Monday 00:00 local time, epoch ms) of the week containing `t`. */
export function weekStartOf(t: number): number {
  return startOfLocalWeek(t);
}

/** Starts of the last `weeks` weeks, ending with the week containing `now`, oldest first. */
function weekStarts(now: number, weeks: number): number[] {
  const last = weekStartOf(now);
  return Array.from({ length: Math.max(0, weeks) }, (_, i) => addLocalDays(last, -7 * (weeks - 1 - i)));
}

/**
 * Entries logged per category per week over the last `weeks` weeks, oldest first. Every category
 * appears in every week (0 when absent); an entry counts once for each of its listed categories.
 */
export function entriesPerCategoryByWeek(
  entries: readonly GapEntry[],
  categories: readonly string[],
  now: number,
  weeks: number,
): { weekStart: number; counts: Record<string, number> }[] {
  const buckets = new Map(
    weekStarts(now, weeks).map((w) => [w, Object.fromEntries(categories.map((c) => [c, 0]))] as const),
  );
  for (const e of entries) {
    const counts = buckets.get(weekStartOf(e.createdAt));
    if (!counts) continue;
    for (const c of new Set(e.categories)) if (c in counts) counts[c]! += 1;
  }
  return [...buckets].map(([weekStart, counts]) => ({ weekStart, counts }));
}

/** What the round statistics need from one round. */
export interface RoundFacts {
  roundId: string;
  startedAt: number;
  events: TimelineEvent[];
}

type VerdictEvent = Extract<TimelineEvent, { type: 'verdict' }>;

/**
 * A round's verdicts in time order. 'unavailable' verdicts are left out: Python never ran, so they
 * say nothing about the candidate's code.
 */
function judgedVerdicts(round: RoundFacts): VerdictEvent[] {
  return sortTimeline(round.events).filter(
    (e): e is VerdictEvent => e.type === 'verdict' && e.summary.status !== 'unavailable',
  );
}

const accepted = (s: RunSummary): boolean => s.status === 'accepted';

function share(hits: number, total: number): number | null {
  return total === 0 ? null : hits / total;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Share of rounds whose first judged 'run' verdict (any problem) was accepted; null when no round has one. */
export function firstRunPassRate(rounds: readonly RoundFacts[]): number | null {
  const firsts = rounds.flatMap((r) => judgedVerdicts(r).find((v) => v.summary.kind === 'run') ?? []);
  return share(firsts.filter((v) => accepted(v.summary)).length, firsts.length);
}

/** Share of judged submit verdicts, over all rounds, that were accepted; null when there are none. */
export function submitPassRate(rounds: readonly RoundFacts[]): number | null {
  const submits = rounds.flatMap((r) => judgedVerdicts(r).filter((v) => v.summary.kind === 'submit'));
  return share(submits.filter((v) => accepted(v.summary)).length, submits.length);
}

/** Median, over rounds with an accepted verdict (run or submit), of ms from the round's start to the first. */
export function medianTimeToFirstPass(rounds: readonly RoundFacts[]): number | null {
  return median(
    rounds.flatMap((r) => {
      const pass = judgedVerdicts(r).find((v) => accepted(v.summary));
      return pass ? [pass.at - r.startedAt] : [];
    }),
  );
}

/** Median answer latency over every answered interruption, with how many there were; null when none. */
export function interruptionLatency(rounds: readonly RoundFacts[]): { median: number; count: number } | null {
  const latencies = rounds.flatMap((r) =>
    r.events.flatMap((e) => (e.type === 'interruption-answered' ? [e.latencyMs] : [])),
  );
  const m = median(latencies);
  return m === null ? null : { median: m, count: latencies.length };
}

/**
 * A round metric per week over the last `weeks` weeks, oldest first, grouping rounds by the week of
 * their start. The metric is called for every week, with an empty list for weeks without rounds
 * (the metrics above answer null for those).
 */
export function weeklySeries(
  rounds: readonly RoundFacts[],
  now: number,
  weeks: number,
  metric: (rounds: readonly RoundFacts[]) => number | null,
): { weekStart: number; value: number | null }[] {
  return weekStarts(now, weeks).map((weekStart) => ({
    weekStart,
    value: metric(rounds.filter((r) => weekStartOf(r.startedAt) === weekStart)),
  }));
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * The failure category to practise next. Each open entry adds 0.5^(ageDays / 7) to each of its
 * categories (a week's half-life, so recent gaps weigh most) and +1 more when its re-drill is
 * overdue. The highest score wins; ties go to the category listed first. Null when no open entry
 * falls under a listed category.
 */
export function recommendNext(
  entries: readonly GapEntry[],
  now: number,
  categories: readonly FailureCategory[],
): { category: FailureCategory; score: number; reason: string } | null {
  const open = entries.filter((e) => e.status === 'open');
  let best: { category: FailureCategory; score: number; reason: string } | null = null;
  for (const category of categories) {
    const mine = open.filter((e) => e.categories.includes(category.id));
    if (mine.length === 0) continue;
    let score = 0;
    let recent = 0;
    let overdue = 0;
    for (const e of mine) {
      const ageDays = Math.max(0, now - e.createdAt) / DAY_MS;
      score += 0.5 ** (ageDays / RECENCY_HALF_LIFE_DAYS);
      if (ageDays <= REASON_WINDOW_DAYS) recent += 1;
      if (e.redrill.dueAt <= now) {
        score += OVERDUE_BOOST;
        overdue += 1;
      }
    }
    if (best !== null && score <= best.score + SCORE_EPSILON) continue;
    const parts = [
      recent > 0
        ? `${plural(recent, 'entry', 'entries')} in the last ${REASON_WINDOW_DAYS / 7} weeks`
        : `${plural(mine.length, 'older open entry', 'older open entries')}`,
    ];
    if (overdue > 0) parts.push(`${plural(overdue, 're-drill', 're-drills')} overdue`);
    best = { category, score, reason: parts.join(', ') };
  }
  return best;
}
