// Judges a candidate's code against a problem's cases: the one code path behind Run and Submit in
// the app, the CLI judge and CI. Expected values stay here, on the JavaScript side; the runner only
// ever receives inputs, and checkers run in a separate interpreter that never runs candidate code.

import type { TestCase } from '../domain/problem-schema.ts';
import { isDesignCase } from '../domain/problem-schema.ts';
import type { PythonRunner } from './client.ts';
import type { CaseInput, PythonError } from './protocol.ts';
import {
  type CaseVerdict,
  followUpSummary,
  type JudgedProblem,
  notRunVerdict,
  seconds,
  STOPPED_MESSAGE,
  STOPPED_REPORT,
  verdictFor,
} from './verdict.ts';

export {
  type CaseStatus,
  type CaseVerdict,
  followUpSummary,
  type JudgedProblem,
  STOPPED_MESSAGE,
  STOPPED_REPORT,
} from './verdict.ts';

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

function inputOf(c: TestCase): CaseInput {
  return isDesignCase(c) ? { ops: c.ops, args: c.args } : { args: c.args };
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
    cases.slice(from).map((c, i) => notRunVerdict(c, from + i, message));
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
  // The regular cases go to the runner in one batch, and the follow-ups (last, by the schema) in a
  // second one only when every regular case passed. The runner runs a batch's cases back to back
  // and gives each outcome as it ends; each case's limit is set as it starts.
  for (const [from, to] of [
    [0, regular],
    [regular, cases.length],
  ] as const) {
    if (from === to) continue;
    if (from > 0 && verdicts.some((v) => v.status !== 'passed')) {
      verdicts.push(...notRun(from, 'not run: follow-up cases run only when every other case passes'));
      break;
    }
    const limits: number[] = [];
    let overBudget = false;
    const batch = runner.runCases(cases.slice(from, to).map(inputOf), (k) => {
      const remaining = runLimit - (now() - started);
      if (remaining <= 0 || options.stopRequested?.()) {
        overBudget = remaining <= 0;
        return null;
      }
      return (limits[k] = Math.min(problem.timeLimitMs, remaining));
    });
    try {
      for (let i = from; i < to; i++) {
        if (options.stopRequested?.()) return stopped(verdicts);
        const run = await batch.next();
        if (run === null) {
          if (options.stopRequested?.()) return stopped(verdicts);
          const why = overBudget
            ? `the whole run is limited to ${seconds(runLimit)}`
            : 'an earlier case stopped the run';
          verdicts.push(...notRun(i, `not run: ${why}`));
          return finish(verdicts);
        }
        if (run.kind === 'stopped') return stopped(verdicts);
        // A case the worker ran before this thread read the answer before it has the last limit set.
        const limit = limits[i - from] ?? limits[limits.length - 1] ?? problem.timeLimitMs;
        const v = await verdictFor(problem, cases[i]!, i, run, limit, options.checkerRunner);
        verdicts.push(v);
        options.onVerdict?.(v);
        if (v.status === 'time-limit' || run.kind === 'unavailable' || run.kind === 'crashed') {
          verdicts.push(...notRun(i + 1, 'not run: an earlier case stopped the run'));
          return finish(verdicts);
        }
        if (run.kind === 'done' && run.outcome.status === 'interrupted') {
          verdicts.push(...notRun(i + 1, 'not run: an earlier case printed too much'));
          return finish(verdicts);
        }
      }
    } finally {
      batch.cancel();
    }
  }
  return finish(verdicts);
}
