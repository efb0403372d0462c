import { afterAll, describe, expect, it } from 'vitest';
import { addLocalDays, formatLocalDate, localDaysBetween, parseLocalDate } from './local-day.ts';
import type { PlanRecord } from './loop-records.ts';
import { planProgress, practiceEntries, withDayTicked, type PracticeEntry } from './plan-progress.ts';
import type { ProblemSummary } from './problem-filter.ts';
import { planDateProblem, planStart, schedule, type PlanContent, type PracticeKind } from './study-plan.ts';

// New York leaves daylight saving on 1 November 2026: that Sunday lasts 25 hours.
// Set before any date below is built (describe bodies run at collection time); restored after.
const savedTz = process.env.TZ;
process.env.TZ = 'America/New_York';
afterAll(() => {
  process.env.TZ = savedTz;
});

const HOUR = 3_600_000;
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

const p = (id: string, family: 'algorithm' | 'ml', difficulty: 'easy' | 'medium' | 'hard'): ProblemSummary => ({
  id,
  title: `T-${id}`,
  family,
  difficulty,
  category: 'c',
  tags: [],
});
const content: PlanContent = {
  problems: [
    p('a-hard', 'algorithm', 'hard'),
    p('a-easy', 'algorithm', 'easy'),
    p('m-med', 'ml', 'medium'),
    p('m-easy', 'ml', 'easy'),
  ],
  topics: ['bias-variance', 'probability', 'debugging', 'deep-learning'],
  topicNames: { 'bias-variance': 'Bias and variance' },
  designPrompts: [
    { id: 'ads', title: 'Ads ranking' },
    { id: 'feed', title: 'Feed ranking' },
  ],
};

function plan(weeks: 2 | 4 | 8, interviewOn: number, createdAt: number, doneDays: number[] = []): PlanRecord {
  return { id: 'p', weeks, startsOn: planStart(weeks, interviewOn), interviewOn, createdAt, doneDays };
}

describe('local days', () => {
  it('count calendar days across the end of daylight saving', () => {
    expect(localDaysBetween(local(2026, 10, 31, 12), local(2026, 11, 2, 0, 30))).toBe(2);
    // Midnight-to-midnight across the 25-hour Sunday is still one day.
    expect(addLocalDays(local(2026, 11, 1), 1)).toBe(local(2026, 11, 2));
    expect(addLocalDays(local(2026, 11, 1), 1) - local(2026, 11, 1)).toBe(25 * HOUR);
    expect(formatLocalDate(local(2026, 11, 1, 23, 59))).toBe('2026-11-01');
    expect(parseLocalDate('2026-11-10')).toBe(local(2026, 11, 10));
    expect(parseLocalDate('2026-02-30')).toBeUndefined();
  });
});

describe('schedule', () => {
  const interview = local(2026, 11, 10);

  it('lays a 2-week plan on the 14 local days before the interview, midnight to midnight', () => {
    const days = schedule(plan(2, interview, 0), content);
    expect(days).toHaveLength(14);
    expect(formatLocalDate(days[0]!.date)).toBe('2026-10-27');
    expect(formatLocalDate(days[13]!.date)).toBe('2026-11-09');
    for (const d of days) expect(new Date(d.date).getHours()).toBe(0);
  });

  it('gives a study day the daily loop, each activity linked to a drill', () => {
    const [day1, day2] = schedule(plan(4, interview, 0), content);
    expect(day1!.activities.map((a) => [a.credit, a.minutes])).toEqual([
      ['coding', 60],
      ['fundamentals', 45],
      ['design', 30],
      ['stories', 15],
    ]);
    // The easiest problem first, algorithm and ML days alternating; topics from the week's theme.
    expect(day1!.activities.map((a) => a.drill)).toEqual([
      { kind: 'problem', problemId: 'a-easy' },
      { kind: 'fundamentals', topic: 'bias-variance' },
      { kind: 'design', promptId: 'ads' },
      { kind: 'stories' },
    ]);
    expect(day2!.activities[0]).toMatchObject({
      label: 'ML coding: T-m-easy',
      drill: { kind: 'problem', problemId: 'm-easy' },
    });
    expect(day1!.activities[1]!.label).toBe('ML fundamentals: Bias and variance');
    expect(day1!.theme).toMatch(/^Reconstruct/);
  });

  it('puts three full loops in week 3 of the 4-week plan and lengthens stories with notes in the final week', () => {
    const days = schedule(plan(4, interview, 0), content);
    expect(days.filter((d) => d.activities.some((a) => a.credit === 'full-loop')).map((d) => d.week)).toEqual([
      3, 3, 3,
    ]);
    expect(days[21]!.activities.map((a) => [a.credit, a.minutes])).toEqual([
      ['coding', 45],
      ['fundamentals', 45],
      ['design', 30],
      ['stories', 20],
      ['gaps', 15],
    ]);
  });

  it('reserves the final 48 hours for review: no new problem, topic or prompt', () => {
    for (const weeks of [2, 4, 8] as const) {
      const days = schedule(plan(weeks, interview, 0), content);
      expect(days).toHaveLength(weeks * 7);
      expect(days.filter((d) => d.review).map((d) => formatLocalDate(d.date))).toEqual(['2026-11-08', '2026-11-09']);
      const studied = new Set(
        days.filter((d) => !d.review).flatMap((d) => d.activities.map((a) => JSON.stringify(a.drill))),
      );
      for (const d of days.filter((x) => x.review)) {
        expect(d.theme).toBe('Review only: no new material');
        expect(d.activities.every((a) => a.drill.kind !== 'fundamentals' && a.drill.kind !== 'design')).toBe(true);
        // A problem on a review day is one the plan already set.
        for (const a of d.activities.filter((x) => x.drill.kind === 'problem'))
          expect(studied.has(JSON.stringify(a.drill))).toBe(true);
      }
      expect(days.at(-2)!.activities[1]).toMatchObject({
        credit: 'coding',
        drill: { kind: 'problem', problemId: 'a-easy' },
        label: 'Re-solve a problem from the plan under the clock: T-a-easy',
      });
      expect(days.filter((d) => !d.review).every((d) => d.activities.length >= 2)).toBe(true);
    }
  });

  it('follows the 8-week themes', () => {
    const weeks = [
      ...new Set(
        schedule(plan(8, interview, 0), content)
          .filter((d) => !d.review)
          .map((d) => `${d.week}: ${d.theme}`),
      ),
    ];
    expect(weeks).toHaveLength(8);
    expect(weeks[4]).toMatch(/^5: Transformers/);
    expect(weeks[7]).toMatch(/^8: Simulation and rest/);
  });

  it('refuses an interview date that is not after today', () => {
    expect(planDateProblem(local(2026, 11, 10), local(2026, 11, 10, 20))).toBe('Pick an interview date after today.');
    expect(planDateProblem(local(2026, 11, 11), local(2026, 11, 10, 23, 59))).toBeUndefined();
  });
});

describe('progress', () => {
  const interview = local(2026, 11, 10);
  const made = local(2026, 10, 27, 8);
  const daily: PracticeKind[] = ['coding', 'fundamentals', 'design', 'stories'];
  const practiceOn = (at: number, kinds = daily): PracticeEntry[] => kinds.map((kind) => ({ kind, at }));

  it('credits a day from history only when every activity of that day was practised that calendar day', () => {
    const pl = plan(2, interview, made);
    const days = schedule(pl, content);
    const history = [
      ...practiceOn(local(2026, 10, 27, 23, 59)),
      // Day 2: design is missing.
      ...practiceOn(local(2026, 10, 28, 9), ['coding', 'fundamentals', 'stories']),
      // Day 6 is the 25-hour Sunday: late evening still belongs to it.
      ...practiceOn(local(2026, 11, 1, 23, 30)),
    ];
    const progress = planProgress(pl, days, history, local(2026, 11, 2, 10));
    expect(progress.credited).toEqual([0, 5]);
    expect(progress.todayIndex).toBe(6);
    expect(progress.status.slice(0, 8)).toEqual([
      'done',
      'missed',
      'missed',
      'missed',
      'missed',
      'done',
      'today',
      'upcoming',
    ]);
    expect(progress.behind).toBe(4);
    // One minute past midnight is the next day.
    expect(planProgress(pl, days, practiceOn(local(2026, 10, 28, 0, 1)), local(2026, 10, 29)).credited).toEqual([1]);
  });

  it('counts ticked days, ahead of time too, and can untick them', () => {
    const pl = withDayTicked(withDayTicked(plan(2, interview, made), 0, true), 3, true);
    const days = schedule(pl, content);
    const at = local(2026, 10, 28, 12);
    expect(planProgress(pl, days, [], at)).toMatchObject({ done: [0, 3], behind: 0, ahead: 1, todayIndex: 1 });
    expect(planProgress(withDayTicked(pl, 3, false), days, [], at)).toMatchObject({ done: [0], ahead: 0 });
  });

  it('does not count days before the plan was made as missed, and says when a future plan starts', () => {
    const late = plan(4, interview, local(2026, 11, 2, 9));
    const days = schedule(late, content);
    const now = local(2026, 11, 3, 9);
    const progress = planProgress(late, days, [], now);
    expect(progress.todayIndex).toBe(localDaysBetween(late.startsOn, now));
    expect(progress.status.filter((s) => s === 'before-plan')).toHaveLength(
      localDaysBetween(late.startsOn, local(2026, 11, 2)),
    );
    expect(progress.behind).toBe(1);
    const early = planProgress(
      plan(2, interview, local(2026, 10, 20)),
      schedule(plan(2, interview, 0), content),
      [],
      local(2026, 10, 24, 18),
    );
    expect(early).toMatchObject({ todayIndex: undefined, startsIn: 3, behind: 0 });
  });

  it('finds the day before the interview to be a review day', () => {
    const pl = plan(2, interview, made);
    const days = schedule(pl, content);
    const progress = planProgress(pl, days, [], local(2026, 11, 9, 7));
    expect(days[progress.todayIndex!]).toMatchObject({ review: true, index: 13 });
  });
});

describe('practice found in the history', () => {
  it('maps rounds, sessions, story tellings, loops and gap work to the kinds a day asks for', () => {
    const entries = practiceEntries(
      {
        rounds: [{ round: { id: 'r', problemIds: [], startedAt: 1, durationMs: 1, assists: 'off' }, events: [] }],
        sessions: [
          { id: 'f', kind: 'fundamentals', startedAt: 2, durationMs: 1, questionIds: [], items: [] },
          {
            id: 'd',
            kind: 'design',
            startedAt: 3,
            durationMs: 1,
            promptId: 'x',
            promptTitle: 'X',
            steps: [],
            numbers: {},
          },
          { id: 'b', kind: 'behavioral', startedAt: 4, durationMs: 1, questionIds: [], items: [] },
        ],
        storyDrills: [
          {
            id: 's',
            storyId: 'x',
            stage: 'full',
            startedAt: 5,
            durationMs: 1,
            limitMs: 1,
            overrunMs: 0,
            probes: [],
            structure: null,
            specificity: null,
          },
        ],
        loops: [{ id: 'l', templateId: 'full-loop', startedAt: 6, stages: [] }],
      },
      [7],
    );
    expect(entries).toEqual([
      { kind: 'coding', at: 1 },
      { kind: 'fundamentals', at: 2 },
      { kind: 'design', at: 3 },
      { kind: 'stories', at: 4 },
      { kind: 'stories', at: 5 },
      { kind: 'full-loop', at: 6 },
      { kind: 'gaps', at: 7 },
    ]);
  });
});
