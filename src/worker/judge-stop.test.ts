// The judge's side of Stop, against a scripted runner: a stopped case and every case after it say in
// words that the candidate stopped the run, the cases before keep their verdicts, and no further case
// is started once Stop was pressed between two cases.
import { describe, expect, it } from 'vitest';
import type { TestCase } from '../domain/problem-schema.ts';
import type { PythonRunner, TimedOutcome } from './client.ts';
import { judge, type JudgedProblem, STOPPED_MESSAGE, STOPPED_REPORT } from './judge.ts';

const problem: JudgedProblem = {
  entry: { kind: 'function', name: 'f' },
  params: ['any'],
  returns: 'any',
  compare: 'exact',
  tolerance: 0,
  timeLimitMs: 2000,
} as JudgedProblem;

const cases = [1, 2, 3].map((n) => ({ name: `case ${n}`, hidden: false, args: [n], expected: n })) as TestCase[];
const output = { stdout: '', stdoutBytes: 0, truncated: false };
const ok = (value: unknown): TimedOutcome => ({ kind: 'done', outcome: { status: 'ok', value }, output, ms: 1 });

/**
 * A runner whose case answers come from `answers`, in order; counts the cases it was asked to run.
 * A case starts only when the judge asks for its outcome (a real worker runs ahead, and cancel()
 * interrupts the case it started).
 */
function scripted(answers: TimedOutcome[]) {
  const runner = {
    casesRun: 0,
    cancelled: false,
    prepare: async () => ok(undefined),
    runCases: (inputs: unknown[], limitFor: (index: number) => number | null) => {
      let index = 0;
      return {
        next: async () => {
          if (runner.cancelled || index >= inputs.length || limitFor(index) === null) return null;
          index++;
          runner.casesRun++;
          return answers.shift() ?? ok(0);
        },
        cancel: () => void (runner.cancelled = true),
      };
    },
  };
  return runner;
}

describe('judge and Stop', () => {
  it('the case Stop interrupted and the ones after it say so; the report is a stop, not a time-out', async () => {
    const runner = scripted([ok(1), { kind: 'stopped', ms: 40, restarted: false }]);
    const report = await judge(problem, 'code', cases, { runner: runner as unknown as PythonRunner });
    expect(report).toMatchObject({ status: 'failed', stopped: true, message: STOPPED_REPORT, passed: 1, total: 3 });
    expect(report.verdicts.map((v) => [v.status, v.message])).toEqual([
      ['passed', undefined],
      ['not-run', STOPPED_MESSAGE],
      ['not-run', STOPPED_MESSAGE],
    ]);
    expect(runner.casesRun).toBe(2);
    expect(JSON.stringify(report)).not.toMatch(/timed out|time-limit/);
  });

  it('Stop pressed between two cases: no further case starts', async () => {
    const runner = scripted([]);
    let stop = false;
    const report = await judge(problem, 'code', cases, {
      runner: runner as unknown as PythonRunner,
      onVerdict: () => void (stop = true),
      stopRequested: () => stop,
    });
    expect(runner.casesRun).toBe(1);
    expect(report.stopped).toBe(true);
    expect(report.verdicts.map((v) => v.status)).toEqual(['wrong-answer', 'not-run', 'not-run']);
  });
});
