// Judges a candidate's code against a problem's cases: the one code path behind Run and Submit in
// the app, the CLI judge and CI. Expected values stay here, on the JavaScript side; the runner only
// ever receives inputs, and checkers run in a separate interpreter that never runs candidate code.

import { compareValues } from '../domain/compare.ts';
import type { FollowUp, Problem, TestCase } from '../domain/problem-schema.ts';
import { isDesignCase } from '../domain/problem-schema.ts';
import type { PythonRunner, TimedOutcome } from './client.ts';
import type { CaseInput, PythonError } from './protocol.ts';

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

export type ReportStatus = 'accepted' | 'failed' | 'error' | 'unavailable';

export interface JudgeReport {
  status: ReportStatus;
  /** Cases passed and run, follow-up cases not counted (they never decide the verdict). */
  passed: number;
  total: number;
  /**
   * How the follow-up cases went, when the problem has any and the regular ones were all run:
   * e.g. "timed out at n = 20,000, O(n log n) expected", or "passed" (absent when none ran).
   */
  followup?: string;
  verdicts: CaseVerdict[];
  /** An error before any case ran: syntax error, missing entry point, module-level crash. */
  setupError?: PythonError;
  message?: string;
  /** The candidate pressed Stop: no verdict on the code, which was not judged to the end. */
  stopped?: boolean;
  ms: number;
}

export type JudgedProblem = Pick<
  Problem,
  'entry' | 'params' | 'returns' | 'compare' | 'tolerance' | 'unorderedDepth' | 'timeLimitMs' | 'checker'
> &
  Partial<Pick<Problem, 'result'>>;

export interface JudgeOptions {
  runner: PythonRunner;
  /** Needed only for problems compared by `checker.py`. */
  checkerRunner?: () => PythonRunner;
  /** Total budget for the whole run; cases past it are not run. */
  runLimitMs?: number;
  /** Budget for executing the module-level code. */
  setupLimitMs?: number;
  onVerdict?: (v: CaseVerdict) => void;
  /** The candidate pressed Stop: no further case starts (the runner's stop() ends the one in flight). */
  stopRequested?: () => boolean;
  now?: () => number;
}

const DEFAULT_RUN_LIMIT_MS = 60_000;
const DEFAULT_SETUP_LIMIT_MS = 5_000;
const CHECKER_LIMIT_MS = 10_000;

function inputOf(c: TestCase): CaseInput {
  return isDesignCase(c) ? { ops: c.ops, args: c.args } : { args: c.args };
}

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

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

async function verdictFor(
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

/** Runs `cases` in order. After a time-out, the remaining cases are not run, as on LeetCode. */
export async function judge(
  problem: JudgedProblem,
  code: string,
  cases: TestCase[],
  options: JudgeOptions,
): Promise<JudgeReport> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const runLimit = options.runLimitMs ?? DEFAULT_RUN_LIMIT_MS;
  const { runner } = options;
  const notRun = (from: number, message: string): CaseVerdict[] =>
    cases.slice(from).map((c, i) => ({ ...base(c, from + i), status: 'not-run' as const, ms: 0, message }));
  // Follow-up cases come last (the schema sees to it), so a time-out in one stops only follow-ups.
  const regular = cases.filter((c) => !c.followup).length;
  const finish = (verdicts: CaseVerdict[], extra: Partial<JudgeReport> = {}): JudgeReport => {
    const passed = verdicts.filter((v) => v.status === 'passed' && !v.followup).length;
    const status: ReportStatus = extra.status ?? (passed === regular ? 'accepted' : 'failed');
    const followup = status === 'accepted' ? followUpSummary(verdicts) : undefined;
    return {
      passed,
      total: regular,
      verdicts,
      ms: now() - started,
      ...extra,
      status,
      ...(followup ? { followup } : {}),
    };
  };

  const setupLimit = options.setupLimitMs ?? DEFAULT_SETUP_LIMIT_MS;
  const spec = {
    entry: problem.entry,
    params: problem.params,
    returns: problem.returns,
    ...(problem.result !== undefined ? { result: problem.result } : {}),
  };
  /** Stopped by the candidate: the cases before stay as they went, the rest say so. */
  const stopped = (done: CaseVerdict[]): JudgeReport =>
    finish([...done, ...notRun(done.length, STOPPED_MESSAGE)], {
      status: 'failed',
      stopped: true,
      message: STOPPED_REPORT,
    });
  if (options.stopRequested?.()) return stopped([]);
  const prep = await runner.prepare(code, spec, setupLimit);
  if (prep.kind === 'stopped' || options.stopRequested?.()) return stopped([]);
  if (prep.kind === 'unavailable')
    return finish(notRun(0, prep.message), { status: 'unavailable', message: prep.message });
  if (prep.kind === 'killed' || prep.kind === 'timed-out') {
    const message = `your module-level code timed out after ${seconds(setupLimit)}`;
    return finish(notRun(0, message), { status: 'error', message });
  }
  if (prep.kind === 'crashed')
    return finish(notRun(0, prep.message), {
      status: 'error',
      message: prep.message,
      ...(prep.error ? { setupError: prep.error } : {}),
    });
  if (prep.outcome.status === 'error') {
    const err = prep.outcome.error;
    return finish(notRun(0, 'not run: the code did not load'), {
      status: 'error',
      setupError: err,
      message: `${err.type}: ${err.message}`,
    });
  }

  const verdicts: CaseVerdict[] = [];
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i]!;
    if (c.followup && verdicts.some((v) => !v.followup && v.status !== 'passed')) {
      verdicts.push(...notRun(i, 'not run: follow-up cases run only when every other case passes'));
      break;
    }
    if (options.stopRequested?.()) return stopped(verdicts);
    const remaining = runLimit - (now() - started);
    if (remaining <= 0) {
      verdicts.push(...notRun(i, `not run: the whole run is limited to ${seconds(runLimit)}`));
      break;
    }
    const limit = Math.min(problem.timeLimitMs, remaining);
    const run = await runner.runCase(inputOf(c), limit);
    if (run.kind === 'stopped') return stopped(verdicts);
    const v = await verdictFor(problem, c, i, run, limit, options.checkerRunner);
    verdicts.push(v);
    options.onVerdict?.(v);
    if (v.status === 'time-limit' || run.kind === 'unavailable' || run.kind === 'crashed') {
      verdicts.push(...notRun(i + 1, 'not run: an earlier case stopped the run'));
      break;
    }
    if (run.kind === 'done' && run.outcome.status === 'interrupted') {
      verdicts.push(...notRun(i + 1, 'not run: an earlier case printed too much'));
      break;
    }
  }
  return finish(verdicts);
}
