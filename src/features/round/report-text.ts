// Words for a judge report, shared by the results panel and anything that summarises a run.
import type { CaseStatus, JudgeReport } from '../../worker/judge.ts';
import type { RunKind } from '../../domain/timeline.ts';

export const CASE_STATUS_LABEL: Record<CaseStatus, string> = {
  passed: 'Passed',
  'wrong-answer': 'Wrong answer',
  'runtime-error': 'Runtime error',
  'time-limit': 'Time limit exceeded',
  'output-limit': 'Output limit exceeded',
  'not-run': 'Not run',
};

/** The one-line verdict: the first failing case decides it, as on LeetCode. */
export function headline(report: JudgeReport): string {
  if (report.status === 'accepted') return report.followup ? `Accepted · follow-up: ${report.followup}` : 'Accepted';
  if (report.status === 'unavailable') return 'Python is not available';
  if (report.setupError) return report.setupError.type === 'SyntaxError' || report.setupError.type === 'IndentationError' ? 'Syntax error' : 'Runtime error';
  const failed = report.verdicts.find((v) => v.status !== 'passed' && v.status !== 'not-run');
  return failed ? CASE_STATUS_LABEL[failed.status] : 'Not run';
}

export function countLine(report: JudgeReport, kind: RunKind): string {
  const what = kind === 'run' ? 'examples' : 'tests';
  return `${report.passed}/${report.total} ${what} passed · ${Math.round(report.ms)} ms`;
}
