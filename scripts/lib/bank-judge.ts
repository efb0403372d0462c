// One Pyodide for candidate code and one for checkers, shared by every judgement in a process
// (each load costs seconds; each run still gets a fresh namespace).
import type { PythonRunner } from '../../src/worker/client.ts';
import { judge, type JudgedProblem, type JudgeReport } from '../../src/worker/judge.ts';
import type { TestCase } from '../../src/domain/problem-schema.ts';
import { createNodeRunner } from '../runner/node-runner.ts';

export class BankJudge {
  private runner: PythonRunner | null = null;
  private checker: PythonRunner | null = null;

  /**
   * `untilRejected`: stop at the first case that fails (a wrong or trivial answer only has to be
   * rejected, and judging it on every large hidden case took most of the bank check's time).
   */
  async judge(
    problem: JudgedProblem & { cases: TestCase[] },
    code: string,
    cases: TestCase[] = problem.cases,
    { untilRejected = false } = {},
  ): Promise<JudgeReport> {
    this.runner ??= createNodeRunner();
    // Start the interpreters before the judge's clock runs: its whole-run budget is for the code
    // under test, and a start slowed by a busy machine must not use it up (checker problems failed so).
    await this.runner.whenReady();
    if (problem.compare === 'checker') await (this.checker ??= createNodeRunner()).whenReady();
    let rejected = false;
    return judge(problem, code, cases, {
      ...(untilRejected
        ? {
            onVerdict: (v) => void (rejected ||= v.status !== 'passed' && !v.followup),
            stopRequested: () => rejected,
          }
        : {}),
      runner: this.runner,
      checkerRunner: () => (this.checker ??= createNodeRunner()),
    });
  }

  dispose(): void {
    this.runner?.dispose();
    this.checker?.dispose();
  }
}
