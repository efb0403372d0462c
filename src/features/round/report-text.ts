// Words for a judge report, shared by the results panel and anything that summarises a run.
import type { CaseStatus, JudgeReport } from '../../worker/judge.ts';
import type { RunKind } from '../../domain/timeline.ts';
import { CASE_STATUS_LABEL as LABELS } from '../../presentation/labels.ts';

/** The words for each case status, from the one labels module. */
export const CASE_STATUS_LABEL: Record<CaseStatus, string> = {
  passed: LABELS.passed!,
  'wrong-answer': LABELS['wrong-answer']!,
  'runtime-error': LABELS['runtime-error']!,
  'time-limit': LABELS['time-limit']!,
  'output-limit': LABELS['output-limit']!,
  'not-run': LABELS['not-run']!,
};

/** The one-line verdict: the first failing case decides it, as on LeetCode. */
export function headline(report: JudgeReport): string {
  if (report.status === 'accepted') return report.followup ? `Accepted · follow-up: ${report.followup}` : 'Accepted';
  if (report.status === 'unavailable') return 'Python is not available';
  if (report.stopped) return 'Stopped by you';
  if (report.setupError)
    return report.setupError.type === 'SyntaxError' || report.setupError.type === 'IndentationError'
      ? 'Syntax error'
      : 'Runtime error';
  const failed = report.verdicts.find((v) => v.status !== 'passed' && v.status !== 'not-run');
  return failed ? CASE_STATUS_LABEL[failed.status] : 'Not run';
}

export function countLine(report: JudgeReport, kind: RunKind): string {
  const what = kind === 'run' ? 'examples' : 'tests';
  return `${report.passed}/${report.total} ${what} passed · ${Math.round(report.ms)} ms`;
}
