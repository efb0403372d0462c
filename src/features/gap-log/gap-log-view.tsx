import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { count } from '../../presentation/labels.ts';
import { useTableRead } from '../../components/use-table-read.ts';
import { WindowedList } from '../../components/windowed-list.tsx';
import { Link } from 'react-router';
import { categoryLabel, FAILURE_CATEGORIES } from '../../data/failure-categories.ts';
import type { GapEntry } from '../../domain/gap-entry.ts';
import { gapReviewPath, NO_PLACES, type GapPlaces } from '../../domain/gap-place.ts';
import { FUNDAMENTALS_TOPICS } from '../../domain/loop-bank-schema.ts';
import {
  entriesPerCategoryByWeek,
  filterGaps,
  firstRunPassRate,
  interruptionLatency,
  medianTimeToFirstPass,
  recommendNext,
  submitPassRate,
  weeklySeries,
  type GapFilters,
  type RoundFacts,
} from '../../domain/gap-stats.ts';
import { formatLocalDate, localDateRange } from '../../domain/local-day.ts';
import { formatClock } from '../../domain/round-clock.ts';
import { problems, problemTitle } from '../../data/problem-bank.ts';
import { getDb } from '../../storage/db.ts';
import { listGaps } from '../../storage/gaps-repo.ts';
import { allRoundsWithEvents } from '../../storage/rounds-repo.ts';
import { RedrillButtons } from './redrill-buttons.tsx';
import { NarrationTrend } from './narration-trend.tsx';
import { hasTrendData, TrendChart } from './trend-chart.tsx';

const WEEKS = 8;
const CHARTS = 4;
const NO_GAPS: GapEntry[] = [];
const NO_ROUNDS: Awaited<ReturnType<typeof allRoundsWithEvents>> = [];
const pct = (v: number | null) => (v === null ? null : Math.round(v * 100));
const minutes = (v: number | null) => (v === null ? null : Math.round(v / 6000) / 10);
const seconds = (v: number | null) => (v === null ? null : Math.round(v / 100) / 10);
const dateInput = (t: number | undefined) => (t === undefined ? '' : formatLocalDate(t));

/** A gap entry's height before it is measured (labels, quote, fix, schedule and buttons). */
const ROW_ESTIMATE_PX = 190;
const gapKey = (g: GapEntry) => g.id;

/** "no re-drills yet, next in 1 day", "2 re-drills, every 3 days". */
function redrillSummary(done: number, intervalDays: number): string {
  const every = intervalDays === 1 ? 'every day' : `every ${count(intervalDays, 'day')}`;
  return done === 0 ? `no re-drills yet, then ${every}` : `${count(done, 're-drill')} so far, ${every}`;
}

/** "ML fundamentals · Overfitting" for an answer from a fundamentals round, which has no problem. */
function fundamentalsTopic(g: GapEntry): string | null {
  const topic = g.tags.find((t): t is keyof typeof FUNDAMENTALS_TOPICS => Object.hasOwn(FUNDAMENTALS_TOPICS, t));
  return g.problemId === null && g.family === 'ml' && topic ? `ML fundamentals · ${FUNDAMENTALS_TOPICS[topic]}` : null;
}

/** The practice sessions and story tellings a gap entry may have been filed from. */
async function gapPlaces(db: ReturnType<typeof getDb>): Promise<GapPlaces> {
  const [sessions, drills] = await Promise.all([db.sessions.toCollection().primaryKeys(), db.storyDrills.toArray()]);
  return { sessions: new Set(sessions), drills: new Map(drills.map((d) => [d.id, d.storyId])) };
}

/** One entry of the log; `extra` is what the page adds to it (the think-aloud audio at its moment). */
function renderGap(g: GapEntry, places: GapPlaces, extra?: ReactNode) {
  return (
    <>
      <strong>{g.categories.map(categoryLabel).join(', ')}</strong> ·{' '}
      {g.problemId ? problemTitle(g.problemId) : (fundamentalsTopic(g) ?? 'no problem')} ·{' '}
      <Link to={gapReviewPath(g.roundId, places)}>round at {formatClock(g.momentMs)}</Link>
      {g.source === 'partner' ? <span className="badge">Partner feedback</span> : null}
      <span className={`badge status-${g.status}`}>{g.status === 'open' ? 'Open' : 'Fixed'}</span>
      {extra}
      <blockquote>{g.quote}</blockquote>
      <p>Fix: {g.fix}</p>
      <p className="muted">
        {g.status === 'open' ? `Re-drill due ${new Date(g.redrill.dueAt).toLocaleString()}` : 'Fixed'} ·{' '}
        {redrillSummary(g.redrill.history.length, g.redrill.intervalDays)}
      </p>
      {g.status === 'open' ? <RedrillButtons entry={g} /> : null}
    </>
  );
}

interface Props {
  /** Shown in each entry (the page composes it from another feature: Play this moment). */
  besideEntry?: (g: GapEntry) => ReactNode;
}

/** Every gap entry with filters, trends and what to drill next. */
export function GapLogView({ besideEntry }: Props = {}) {
  const gaps = useTableRead(['gaps'], () => listGaps(getDb()), NO_GAPS);
  const places = useTableRead(['sessions', 'storyDrills'], () => gapPlaces(getDb()), NO_PLACES);
  const render = useCallback((g: GapEntry) => renderGap(g, places, besideEntry?.(g)), [places, besideEntry]);
  // Statistics read runs, verdicts and answers: the code snapshots stay on disk.
  const rounds = useTableRead(['rounds', 'events'], () => allRoundsWithEvents(getDb(), { code: false }), NO_ROUNDS);
  const [filters, setFilters] = useState<GapFilters>({});
  const [now] = useState(() => Date.now());
  const shown = useMemo(() => filterGaps(gaps, filters), [gaps, filters]);
  const tags = useMemo(() => [...new Set(gaps.flatMap((g) => g.tags))].sort(), [gaps]);
  const problemIds = useMemo(() => [...new Set(gaps.flatMap((g) => (g.problemId ? [g.problemId] : [])))], [gaps]);
  const recommendation = useMemo(() => recommendNext(gaps, now, FAILURE_CATEGORIES), [gaps, now]);

  // The list first; the trends after it, one chart per task, so no single task holds the page.
  const [chartsShown, setChartsShown] = useState(0);
  useEffect(() => {
    if (chartsShown >= CHARTS) return;
    const t = setTimeout(() => setChartsShown((n) => n + 1), 0);
    return () => clearTimeout(t);
  }, [chartsShown]);

  const charts = useMemo(() => {
    const facts: RoundFacts[] = rounds.map(({ round, events }) => ({
      roundId: round.id,
      startedAt: round.startedAt,
      events,
    }));
    const byWeek = entriesPerCategoryByWeek(
      gaps,
      FAILURE_CATEGORIES.map((c) => c.id),
      now,
      WEEKS,
    );
    const labels = byWeek.map((w) => formatLocalDate(w.weekStart).slice(5));
    const used = FAILURE_CATEGORIES.filter((c) => byWeek.some((w) => (w.counts[c.id] ?? 0) > 0));
    const series = (metric: (r: readonly RoundFacts[]) => number | null, scale: (v: number | null) => number | null) =>
      weeklySeries(facts, now, WEEKS, metric).map((p) => scale(p.value));
    return {
      labels,
      perCategory: used.map((c) => ({ label: c.label, values: byWeek.map((w) => w.counts[c.id] ?? 0) })),
      passRates: [
        { label: 'First run passes (%)', values: series(firstRunPassRate, pct) },
        { label: 'Submits accepted (%)', values: series(submitPassRate, pct) },
      ],
      timeToPass: [{ label: 'Median minutes to first passing run', values: series(medianTimeToFirstPass, minutes) }],
      latency: [
        { label: 'Median answer latency (s)', values: series((r) => interruptionLatency(r)?.median ?? null, seconds) },
      ],
    };
  }, [gaps, rounds, now]);

  const anyTrend =
    hasTrendData('bar', charts.perCategory) ||
    hasTrendData('line', [...charts.passRates, ...charts.timeToPass, ...charts.latency]);

  const set = (patch: Partial<GapFilters>) =>
    setFilters((f) => {
      const next = { ...f, ...patch };
      for (const k of Object.keys(next) as (keyof GapFilters)[])
        if (next[k] === '' || next[k] === undefined) delete next[k];
      return next;
    });

  return (
    <article aria-labelledby="gap-log-title">
      <h1 id="gap-log-title">Gap log</h1>
      <section aria-labelledby="next-title" className="recommendation">
        <h2 id="next-title">What to drill next</h2>
        {recommendation ? (
          <p>
            <strong>{recommendation.category.label}</strong>: {recommendation.reason}.{' '}
            <span className="muted">{recommendation.category.description}</span>
          </p>
        ) : (
          <p className="muted">No open gaps. Finish a round and add what weakened it from the review.</p>
        )}
      </section>
      <form className="filters" aria-label="Filter gap entries" onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          Category
          <select value={filters.category ?? ''} onChange={(e) => set({ category: e.target.value })}>
            <option value="">All</option>
            {FAILURE_CATEGORIES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Family
          <select value={filters.family ?? ''} onChange={(e) => set({ family: e.target.value })}>
            <option value="">All</option>
            <option value="algorithm">Algorithms</option>
            <option value="ml">ML from scratch</option>
          </select>
        </label>
        <label className="field">
          Tag
          <select value={filters.tag ?? ''} onChange={(e) => set({ tag: e.target.value })}>
            <option value="">All</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Problem
          <select value={filters.problemId ?? ''} onChange={(e) => set({ problemId: e.target.value })}>
            <option value="">All</option>
            {problemIds.map((p) => (
              <option key={p} value={p}>
                {problemTitle(p)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          From
          <input
            type="date"
            value={dateInput(filters.from)}
            onChange={(e) => set({ from: localDateRange(e.target.value, '').from })}
          />
        </label>
        <label className="field">
          To
          <input
            type="date"
            value={dateInput(filters.to)}
            onChange={(e) => set({ to: localDateRange('', e.target.value).to })}
          />
        </label>
        <label className="field">
          Status
          <select
            value={filters.status ?? ''}
            onChange={(e) => set({ status: (e.target.value || undefined) as GapFilters['status'] })}
          >
            <option value="">All</option>
            <option value="open">Open</option>
            <option value="fixed">Fixed</option>
          </select>
        </label>
      </form>
      <p className="muted" aria-live="polite">
        {shown.length} of {gaps.length} entries
      </p>
      <WindowedList
        items={shown}
        keyOf={gapKey}
        render={render}
        label="Gap entries"
        className="gap-entries"
        estimatePx={ROW_ESTIMATE_PX}
      />
      <section aria-labelledby="trends-title" className="trends">
        <h2 id="trends-title">Trends (last {WEEKS} weeks)</h2>
        {!anyTrend ? (
          <p className="empty-state">
            No trends yet. They appear here once you have finished rounds or logged gaps in the last {WEEKS} weeks.
          </p>
        ) : (
          <>
            {chartsShown > 0 ? (
              <TrendChart
                title="Gap entries per category"
                kind="bar"
                stacked
                integer
                labels={charts.labels}
                series={charts.perCategory}
                unit="entries"
              />
            ) : null}
            {chartsShown > 1 ? (
              <TrendChart title="Pass rates" kind="line" labels={charts.labels} series={charts.passRates} unit="%" />
            ) : null}
            {chartsShown > 2 ? (
              <TrendChart
                title="Time to first passing run"
                kind="line"
                labels={charts.labels}
                series={charts.timeToPass}
                unit="minutes"
              />
            ) : null}
            {chartsShown > 3 ? (
              <TrendChart
                title="Interruption answer latency"
                kind="line"
                labels={charts.labels}
                series={charts.latency}
                unit="seconds"
              />
            ) : null}
          </>
        )}
        {chartsShown >= CHARTS ? <NarrationTrend since={now - WEEKS * 7 * 86_400_000} until={now} /> : null}
      </section>
      <p className="muted">{problems.length} problems in the bank.</p>
    </article>
  );
}
