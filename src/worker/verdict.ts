// One case's verdict from how its run ended: the comparison with the expected value (or the
// problem's checker, in its own interpreter), and the words a verdict and the follow-ups are told in.

import { compareValues } from '../domain/compare.ts';
import type { FollowUp, Problem, TestCase } from '../domain/problem-schema.ts';
import { isDesignCase } from '../domain/problem-schema.ts';
import type { PythonRunner } from './client.ts';
import type { PythonError } from './protocol.ts';
import type { TimedOutcome } from './runner-types.ts';

export type CaseStatus = 'passed' | 'wrong-answer' | 'runtime-error' | 'time-limit' | 'output-limit' | 'not-run';

export interface CaseVerdict {
  index: number;
  name: string;
  hidden: boolean;
  status: CaseStatus;
  ms: number;
  args: unknown;
  expected: unknown;
  got?: unknown;
  diff?: string;
  error?: PythonError;
  message?: string;
  stdout: string;
  stdoutTruncated: boolean;
  /** A follow-up case: reported beside the verdict, never part of it. */
  followup?: FollowUp;
}

export type JudgedProblem = Pick<
  Problem,
  'entry' | 'params' | 'returns' | 'compare' | 'tolerance' | 'unorderedDepth' | 'timeLimitMs' | 'checker'
> &
  Partial<Pick<Problem, 'result'>>;

const CHECKER_LIMIT_MS = 10_000;

function base(c: TestCase, index: number): Omit<CaseVerdict, 'status' | 'ms'> {
  return {
    index,
    name: c.name,
    hidden: c.hidden,
    args: isDesignCase(c) ? { ops: c.ops, args: c.args } : c.args,
    expected: c.expected,
    stdout: '',
    stdoutTruncated: false,
    ...(c.followup ? { followup: c.followup } : {}),
  };
}

/** A case that was not run, and why. */
export function notRunVerdict(c: TestCase, index: number, message: string): CaseVerdict {
  return { ...base(c, index), status: 'not-run', ms: 0, message };
}

const STATUS_WORDS: Record<CaseStatus, string> = {
  passed: 'passed',
  'wrong-answer': 'wrong answer',
  'runtime-error': 'runtime error',
  'time-limit': 'timed out',
  'output-limit': 'printed too much',
  'not-run': 'not run',
};

/** One line on the follow-up cases: the first that failed ("timed out at n = 20,000, O(n log n) expected"), or "passed". */
export function followUpSummary(verdicts: readonly CaseVerdict[]): string | undefined {
  const ran = verdicts.filter((v) => v.followup && v.status !== 'not-run');
  if (ran.length === 0) return undefined;
  const failed = ran.find((v) => v.status !== 'passed');
  if (!failed)
    return `passed (${ran
      .map((v) => v.followup!.expect)
      .filter((e, i, all) => all.indexOf(e) === i)
      .join(', ')})`;
  const f = failed.followup!;
  const at = f.n !== undefined ? ` at n = ${f.n.toLocaleString('en-US')}` : ` on "${failed.name}"`;
  return `${STATUS_WORDS[failed.status]}${at}, ${f.expect} expected`;
}

/** What a case the candidate stopped, and every case after it, says. */
export const STOPPED_MESSAGE = 'not run: you stopped the run';
/** The report's own words for it: not a time-out, not an error in the code. */
export const STOPPED_REPORT = 'You stopped the run before it finished.';

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

/** A case's verdict from how its run ended (`limitMs`: the limit it ran under). */
export async function verdictFor(
  problem: JudgedProblem,
  c: TestCase,
  index: number,
  run: TimedOutcome,
  limitMs: number,
  checkerRunner: (() => PythonRunner) | undefined,
): Promise<CaseVerdict> {
  const b = base(c, index);
  switch (run.kind) {
    case 'unavailable':
      return { ...b, status: 'not-run', ms: 0, message: run.message };
    case 'crashed':
      return {
        ...b,
        status: 'runtime-error',
        ms: run.ms,
        message: run.message,
        ...(run.error ? { error: run.error } : {}),
      };
    case 'killed':
      return {
        ...b,
        status: 'time-limit',
        ms: run.ms,
        message: `timed out after ${seconds(limitMs)}; Python was restarted`,
      };
    case 'timed-out':
      return {
        ...b,
        status: 'time-limit',
        ms: run.ms,
        message: `timed out after ${seconds(limitMs)}`,
        stdout: run.output.stdout,
        stdoutTruncated: run.output.truncated,
      };
    case 'stopped':
      return { ...b, status: 'not-run', ms: run.ms, message: STOPPED_MESSAGE };
    case 'done':
      break;
  }
  const out = { stdout: run.output.stdout, stdoutTruncated: run.output.truncated, ms: run.ms };
  const o = run.outcome;
  if (o.status === 'interrupted') {
    return {
      ...b,
      ...out,
      status: 'output-limit',
      message: `stopped: printed more than ${Math.round(run.output.stdoutBytes / 1000)} kB`,
    };
  }
  if (o.status === 'error')
    return { ...b, ...out, status: 'runtime-error', error: o.error, message: `${o.error.type}: ${o.error.message}` };
  if (o.status === 'invalid') return { ...b, ...out, status: 'wrong-answer', message: o.message };
  const got = o.value ?? null;
  if (problem.compare === 'checker') {
    if (!problem.checker || !checkerRunner)
      return { ...b, ...out, status: 'not-run', got, message: 'this problem needs its checker' };
    const checked = await checkerRunner().check(problem.checker, c.args, c.expected, got, CHECKER_LIMIT_MS);
    return checked.ok
      ? { ...b, ...out, status: 'passed', got }
      : { ...b, ...out, status: 'wrong-answer', got, diff: checked.message ?? 'rejected by the checker' };
  }
  const cmp = compareValues(
    c.expected,
    got,
    { mode: problem.compare, tolerance: problem.tolerance },
    problem.unorderedDepth,
  );
  return cmp.equal
    ? { ...b, ...out, status: 'passed', got }
    : { ...b, ...out, status: 'wrong-answer', got, diff: cmp.diff };
}
