// The validated problem bank as the app sees it: a small index, and each problem loaded on demand.
import * as bank from 'virtual:problem-bank';
import type { ProblemSummary } from '../domain/problem-filter.ts';
import type { Problem } from '../domain/problem-schema.ts';

export const problems = bank.problems as ProblemSummary[];

/** The full problem (statement, cases, reference), or undefined for an unknown id. */
export const loadProblem = bank.loadProblem as (id: string) => Promise<Problem | undefined>;

export function problemTitle(id: string): string {
  return problems.find((p) => p.id === id)?.title ?? id;
}
