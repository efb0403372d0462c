// The study plan: make one (length and interview date), then today's activities with their drills,
// progress (credited from history, or ticked by hand), and every day of the plan.
import { useState } from 'react';
import { addLocalDays, formatLocalDate, parseLocalDate, startOfLocalDay } from '../../domain/local-day.ts';
import type { PlanLength, PlanRecord } from '../../domain/loop-records.ts';
import { planProgress, type PlanProgress, type PracticeEntry } from '../../domain/plan-progress.ts';
import type { RoutingAnswers } from '../../domain/readiness.ts';
import {
  PLAN_LENGTHS,
  planDateProblem,
  planStart,
  schedule,
  type PlanContent,
  type PlanDay,
} from '../../domain/study-plan.ts';
import { getDb } from '../../storage/db.ts';
import { createPlan, tickDay } from '../../storage/plans-repo.ts';
import { ActivityAction } from './drill-links.tsx';

const LENGTH_LABELS: Record<PlanLength, string> = { 2: '2 weeks (compressed)', 4: '4 weeks', 8: '8 weeks' };
const dateText = (t: number) =>
  new Date(t).toLocaleDateString(undefined, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' });

function CreatePlanForm({ now, routing, onCreated }: { now: number; routing: RoutingAnswers; onCreated: () => void }) {
  const [weeks, setWeeks] = useState<PlanLength>(4);
  const [date, setDate] = useState(() => formatLocalDate(addLocalDays(now, 28)));
  const [error, setError] = useState<string | null>(null);

  async function create() {
    const interviewOn = parseLocalDate(date);
    const problem = interviewOn === undefined ? 'Pick the interview date.' : planDateProblem(interviewOn, now);
    if (problem !== undefined || interviewOn === undefined) return setError(problem ?? null);
    const answers = Object.fromEntries(Object.entries(routing).map(([k, v]) => [k, v ? 'yes' : 'no']));
    await createPlan(getDb(), {
      weeks,
      startsOn: planStart(weeks, interviewOn),
      interviewOn,
      createdAt: now,
      routing: answers,
    });
    onCreated();
  }

  return (
    <form
      aria-label="Create a study plan"
      className="plan-form"
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
    >
      <fieldset>
        <legend>Plan length</legend>
        {PLAN_LENGTHS.map((w) => (
          <label key={w} className="chip">
            <input type="radio" name="plan-length" checked={weeks === w} onChange={() => setWeeks(w)} />
            {LENGTH_LABELS[w]}
          </label>
        ))}
      </fieldset>
      <label className="field inline">
        Interview date
        <input
          type="date"
          value={date}
          min={formatLocalDate(addLocalDays(now, 1))}
          onChange={(e) => setDate(e.target.value)}
          required
        />
      </label>
      <p className="muted">
        The plan ends the day before the interview. With less time than its length, it starts part-way through.
      </p>
      {error ? <p role="alert">{error}</p> : null}
      <button type="submit" className="primary">
        Create plan
      </button>
    </form>
  );
}

function progressText(progress: PlanProgress, total: number): string {
  const balance = progress.ahead - progress.behind;
  const standing =
    balance < 0
      ? `behind by ${-balance} day${balance === -1 ? '' : 's'}`
      : balance > 0
        ? `ahead by ${balance} day${balance === 1 ? '' : 's'}`
        : 'on track';
  return `${progress.done.length} of ${total} days done · ${standing}`;
}

function Today({
  day,
  done,
  credited,
  onTick,
}: {
  day: PlanDay;
  done: boolean;
  credited: boolean;
  onTick: (done: boolean) => void;
}) {
  return (
    <section aria-labelledby="today-title">
      <h3 id="today-title">
        Today, day {day.index + 1}: {dateText(day.date)}
      </h3>
      <p>
        {day.review ? (
          <strong>Review only — no new material.</strong>
        ) : (
          <>
            Week {day.week}: {day.theme}
          </>
        )}
      </p>
      <ul className="plan-activities" aria-label="Today’s activities">
        {day.activities.map((a, i) => (
          <li key={i}>
            {a.label} <span className="muted">· {a.minutes} min</span> · <ActivityAction activity={a} />
          </li>
        ))}
      </ul>
      <label className="check">
        <input type="checkbox" checked={done} disabled={credited} onChange={(e) => onTick(e.target.checked)} />
        Today is done{credited ? ' (credited from your history)' : ''}
      </label>
    </section>
  );
}

function AllDays({
  days,
  progress,
  onTick,
}: {
  days: readonly PlanDay[];
  progress: PlanProgress;
  onTick: (index: number, done: boolean) => void;
}) {
  const credited = new Set(progress.credited);
  return (
    <details>
      <summary>Every day of the plan</summary>
      <ol className="plan-days">
        {days.map((d) => (
          <li key={d.index} className={`plan-day-${progress.status[d.index]}`}>
            <label className="check">
              <input
                type="checkbox"
                checked={progress.status[d.index] === 'done'}
                disabled={credited.has(d.index)}
                onChange={(e) => onTick(d.index, e.target.checked)}
              />
              Day {d.index + 1} done
            </label>{' '}
            {dateText(d.date)} · {d.review ? 'Review only' : `Week ${d.week}`} ·{' '}
            {d.activities.map((a) => a.label).join('; ')}
          </li>
        ))}
      </ol>
    </details>
  );
}

export function PlanPanel({
  plan,
  practice,
  content,
  routing,
  now,
}: {
  plan: PlanRecord | undefined;
  practice: readonly PracticeEntry[];
  content: PlanContent;
  routing: RoutingAnswers;
  now: number;
}) {
  const [creating, setCreating] = useState(false);
  if (!plan || creating) {
    return (
      <section aria-labelledby="plan-title">
        <h2 id="plan-title">Study plan</h2>
        <CreatePlanForm now={now} routing={routing} onCreated={() => setCreating(false)} />
      </section>
    );
  }
  const days = schedule(plan, content);
  const progress = planProgress(plan, days, practice, now);
  const today = progress.todayIndex !== undefined ? days[progress.todayIndex]! : undefined;
  const tick = (index: number, done: boolean) => void tickDay(getDb(), plan.id, index, done);
  return (
    <section aria-labelledby="plan-title">
      <h2 id="plan-title">Study plan</h2>
      <p>
        Your {plan.weeks}-week plan for the interview on <strong>{dateText(plan.interviewOn)}</strong>.{' '}
        {progressText(progress, days.length)}.
      </p>
      {progress.startsIn > 0 ? (
        <p>
          The plan starts on {dateText(plan.startsOn)}, in {progress.startsIn} day{progress.startsIn === 1 ? '' : 's'}.
        </p>
      ) : null}
      {today ? (
        <Today
          day={today}
          done={progress.done.includes(today.index)}
          credited={progress.credited.includes(today.index)}
          onTick={(done) => tick(today.index, done)}
        />
      ) : startOfLocalDay(now) >= plan.interviewOn ? (
        <p>The plan is over: the interview day has come.</p>
      ) : null}
      <AllDays days={days} progress={progress} onTick={tick} />
      <button type="button" onClick={() => setCreating(true)}>
        Start a new plan
      </button>
    </section>
  );
}
