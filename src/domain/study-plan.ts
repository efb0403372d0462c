// Study plans: 2-week (compressed), 4-week and 8-week templates, and the day-by-day schedule each
// gives, every activity linked to a drill. The plan ends the day before the interview, and its last
// two days are review only: no new problems, topics or prompts. Pure: dates and content come in.
import { addLocalDays, localDaysBetween, startOfLocalDay } from './local-day.ts';
import type { PlanLength, PlanRecord } from './loop-records.ts';
import type { ProblemSummary } from './problem-filter.ts';

export const PLAN_LENGTHS: readonly PlanLength[] = [2, 4, 8];
/** The final 48 hours: review, no new material. */
export const REVIEW_DAYS = 2;

/** What a day's practice is credited by: the kind of thing found in the history that day. */
export type PracticeKind = 'coding' | 'fundamentals' | 'design' | 'stories' | 'full-loop' | 'gaps';

export type PlanDrill =
  | { kind: 'problem'; problemId: string }
  | { kind: 'fundamentals'; topic: string }
  | { kind: 'design'; promptId: string }
  | { kind: 'stories' }
  | { kind: 'template'; templateId: string }
  | { kind: 'gaps' };

export interface Activity {
  credit: PracticeKind;
  minutes: number;
  label: string;
  drill: PlanDrill;
}

export interface PlanDay {
  index: number;
  /** Local midnight of the day. */
  date: number;
  week: number;
  theme: string;
  review: boolean;
  activities: Activity[];
}

interface WeekPlan {
  theme: string;
  /** Fundamentals topics to favour this week (those the bank has); empty: every topic. */
  topics: string[];
  /** Problem family of the daily coding block, by day parity (even, odd). */
  family: ['algorithm' | 'ml', 'algorithm' | 'ml'];
  /** Days of the week (0-based) given to a full-loop simulation instead of the daily loop. */
  mockDays: number[];
}

const BASICS = [
  'bias-variance',
  'regularisation',
  'evaluation-metrics',
  'gradient-descent',
  'overfitting',
  'probability',
];
const PRODUCTION = ['data-leakage', 'feature-engineering', 'debugging', 'trees-ensembles'];
const DEEP = ['deep-learning', 'transformers-attention'];
const MIXED: WeekPlan['family'] = ['algorithm', 'ml'];

/** Week themes per plan length, after the plans in docs/domain.md. */
export const PLAN_TEMPLATES: Record<PlanLength, WeekPlan[]> = {
  2: [
    {
      theme: 'Reconstruct and judge: basics from memory, then production judgement',
      topics: [...BASICS, 'data-leakage'],
      family: MIXED,
      mockDays: [],
    },
    { theme: 'Pressure-test and compress: two full mocks, then review', topics: [], family: MIXED, mockDays: [1, 3] },
  ],
  4: [
    { theme: 'Reconstruct: rebuild the basics from memory', topics: BASICS, family: MIXED, mockDays: [] },
    {
      theme: 'Production judgement: leakage, features, debugging',
      topics: PRODUCTION,
      family: ['ml', 'algorithm'],
      mockDays: [],
    },
    { theme: 'Pressure-test: three full mocks', topics: DEEP, family: MIXED, mockDays: [0, 2, 4] },
    { theme: 'Compress: shorter answers, then review', topics: [], family: MIXED, mockDays: [] },
  ],
  8: [
    {
      theme: 'Foundations: coding, ML basics, feature engineering',
      topics: [...BASICS, 'feature-engineering'],
      family: ['algorithm', 'algorithm'],
      mockDays: [],
    },
    {
      theme: 'Foundations: coding, ML basics, feature engineering',
      topics: [...BASICS, 'feature-engineering'],
      family: MIXED,
      mockDays: [],
    },
    {
      theme: 'ML deep dive: trees, ensembles, deep learning',
      topics: ['trees-ensembles', 'deep-learning', 'overfitting'],
      family: ['ml', 'ml'],
      mockDays: [],
    },
    {
      theme: 'System design foundations',
      topics: ['evaluation-metrics', 'feature-engineering', 'data-leakage'],
      family: MIXED,
      mockDays: [],
    },
    {
      theme: 'Transformers, large models and advanced design',
      topics: ['transformers-attention', 'deep-learning'],
      family: MIXED,
      mockDays: [],
    },
    {
      theme: 'Papers, take-home practice and ML debugging',
      topics: ['debugging', 'data-leakage'],
      family: ['ml', 'ml'],
      mockDays: [],
    },
    { theme: 'Company-specific preparation and behavioral', topics: [], family: MIXED, mockDays: [3] },
    { theme: 'Simulation and rest', topics: [], family: MIXED, mockDays: [0, 2] },
  ],
};

/** What a schedule draws on: the bank's problems, the fundamentals topics, the design prompts. */
export interface PlanContent {
  problems: readonly ProblemSummary[];
  topics: readonly string[];
  /** Topic id → the name the candidate reads. */
  topicNames: Readonly<Record<string, string>>;
  designPrompts: readonly { id: string; title: string }[];
}

/** Local midnight of day 1 for a plan of `weeks` that ends the day before `interviewOn`. */
export function planStart(weeks: PlanLength, interviewOn: number): number {
  return addLocalDays(startOfLocalDay(interviewOn), -weeks * 7);
}

/** Why a plan cannot be made for this interview date, or undefined when it can. */
export function planDateProblem(interviewOn: number, today: number): string | undefined {
  if (localDaysBetween(today, interviewOn) < 1) return 'Pick an interview date after today.';
  return undefined;
}

const DIFFICULTY = { easy: 0, medium: 1, hard: 2 } as const;
const byDifficulty = (a: ProblemSummary, b: ProblemSummary) =>
  DIFFICULTY[a.difficulty] - DIFFICULTY[b.difficulty] || a.id.localeCompare(b.id);

function pick<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[((n % list.length) + list.length) % list.length];
}

function studyDay(
  week: WeekPlan,
  index: number,
  dayOfWeek: number,
  finalWeek: boolean,
  content: PlanContent,
  counters: { algorithm: number; ml: number },
): Activity[] {
  const notes: Activity = {
    credit: 'gaps',
    minutes: 15,
    label: 'Notes: file the moment you lost control and the sentence that weakened your answer',
    drill: { kind: 'gaps' },
  };
  if (week.mockDays.includes(dayOfWeek)) {
    return [
      {
        credit: 'full-loop',
        minutes: 210,
        label: 'Full-loop simulation: four rounds with short breaks',
        drill: { kind: 'template', templateId: 'full-loop' },
      },
      notes,
    ];
  }
  const family = week.family[index % 2]!;
  const problem = pick(
    content.problems
      .filter((p) => p.family === family)
      .slice()
      .sort(byDifficulty),
    counters[family]++,
  );
  const wanted = week.topics.filter((t) => content.topics.includes(t));
  const topic = pick(wanted.length > 0 ? wanted : content.topics, index);
  const prompt = pick(content.designPrompts, index);
  const out: Activity[] = [];
  if (problem)
    out.push({
      credit: 'coding',
      minutes: finalWeek ? 45 : 60,
      label: `${family === 'ml' ? 'ML coding' : 'Coding'}: ${problem.title}`,
      drill: { kind: 'problem', problemId: problem.id },
    });
  if (topic)
    out.push({
      credit: 'fundamentals',
      minutes: 45,
      label: `ML fundamentals: ${content.topicNames[topic] ?? topic}`,
      drill: { kind: 'fundamentals', topic },
    });
  if (prompt)
    out.push({
      credit: 'design',
      minutes: 30,
      label: `System design: ${prompt.title}`,
      drill: { kind: 'design', promptId: prompt.id },
    });
  out.push({
    credit: 'stories',
    minutes: finalWeek ? 20 : 15,
    label: 'Stories: tell one STAR story at 90 s, then 30 s',
    drill: { kind: 'stories' },
  });
  if (finalWeek) out.push(notes);
  return out;
}

/** The last two days: only things already met during the plan (`earlier`: a problem it scheduled). */
function reviewDay(last: boolean, earlier: Activity | undefined): Activity[] {
  const resolve: Activity = earlier
    ? {
        ...earlier,
        minutes: 30,
        label: `Re-solve a problem from the plan under the clock: ${earlier.label.replace(/^(ML )?[Cc]oding: /, '')}`,
      }
    : {
        credit: 'coding',
        minutes: 30,
        label: 'Re-solve a problem you have already solved, under the clock',
        drill: { kind: 'gaps' },
      };
  return [
    { credit: 'gaps', minutes: 30, label: 'Re-drill the gap-log entries that are due', drill: { kind: 'gaps' } },
    last
      ? {
          credit: 'stories',
          minutes: 15,
          label: 'Tell your strongest stories once each, within 90 s',
          drill: { kind: 'stories' },
        }
      : resolve,
  ];
}

/** Every day of the plan with its theme and activities. */
export function schedule(plan: Pick<PlanRecord, 'weeks' | 'startsOn'>, content: PlanContent): PlanDay[] {
  const weeks = PLAN_TEMPLATES[plan.weeks];
  const total = plan.weeks * 7;
  const counters = { algorithm: 0, ml: 0 };
  const days: PlanDay[] = [];
  for (let index = 0; index < total; index++) {
    const weekIndex = Math.floor(index / 7);
    const week = weeks[weekIndex]!;
    const review = index >= total - REVIEW_DAYS;
    // Review re-solves the first problem of the plan: met before, so not new material.
    const earlier = days.flatMap((d) => d.activities).find((a) => a.drill.kind === 'problem');
    days.push({
      index,
      date: addLocalDays(plan.startsOn, index),
      week: weekIndex + 1,
      theme: review ? 'Review only: no new material' : week.theme,
      review,
      activities: review
        ? reviewDay(index === total - 1, earlier)
        : studyDay(week, index, index % 7, weekIndex === weeks.length - 1, content, counters),
    });
  }
  return days;
}
