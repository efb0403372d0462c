// Plain-text rendering of a judge report for the terminal.
import { canonical } from '../../src/domain/compare.ts';
import type { CaseVerdict, JudgeReport } from '../../src/worker/judge.ts';

const MARK: Record<CaseVerdict['status'], string> = {
  passed: 'PASS',
  'wrong-answer': 'WRONG',
  'runtime-error': 'ERROR',
  'time-limit': 'TLE',
  'output-limit': 'OUTPUT',
  'not-run': 'SKIP',
};

function clip(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

export function formatReport(report: JudgeReport, verbose = true): string {
  const lines: string[] = [];
  if (report.setupError) lines.push(report.setupError.traceback);
  else if (report.message) lines.push(report.message);
  if (verbose) {
    for (const v of report.verdicts) {
      const label = `${MARK[v.status].padEnd(6)} ${v.name}${v.hidden ? ' (hidden)' : ''}`;
      lines.push(`${label.padEnd(48)} ${v.ms.toFixed(1).padStart(8)} ms`);
      if (v.status === 'wrong-answer') {
        lines.push(`         ${clip(v.diff ?? v.message ?? '')}`);
        if (v.got !== undefined) lines.push(`         got:      ${clip(canonical(v.got))}`);
        lines.push(`         expected: ${clip(canonical(v.expected))}`);
      } else if (v.error) {
        lines.push(...v.error.traceback.split('\n').map((l) => `         ${l}`));
      } else if (v.message && v.status !== 'passed') {
        lines.push(`         ${v.message}`);
      }
    }
  }
  lines.push(
    `${report.status === 'accepted' ? 'ACCEPTED' : 'REJECTED'}: ${report.passed}/${report.total} cases passed in ${report.ms.toFixed(0)} ms`,
  );
  return lines.join('\n');
}
