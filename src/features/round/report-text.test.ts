import { describe, expect, it } from 'vitest';
import type { CaseVerdict, JudgeReport } from '../../worker/judge.ts';
import { followUpSummary } from '../../worker/judge.ts';
import { headline } from './report-text.ts';

const verdict = (status: CaseVerdict['status'], extra: Partial<CaseVerdict> = {}): CaseVerdict => ({
  index: 0,
  name: 'c',
  hidden: true,
  status,
  ms: 1,
  args: [],
  expected: 1,
  stdout: '',
  stdoutTruncated: false,
  ...extra,
});
const report = (verdicts: CaseVerdict[], extra: Partial<JudgeReport> = {}): JudgeReport => ({
  status: 'accepted',
  passed: 1,
  total: 1,
  verdicts,
  ms: 5,
  ...extra,
});

describe('the verdict line with follow-up cases', () => {
  const followup = { expect: 'O(n log n)', n: 20_000 };
  it('says Accepted and how the follow-up went, never turning it into a rejection', () => {
    const verdicts = [verdict('passed'), verdict('time-limit', { followup })];
    expect(followUpSummary(verdicts)).toBe('timed out at n = 20,000, O(n log n) expected');
    expect(headline(report(verdicts, { followup: followUpSummary(verdicts) }))).toBe(
      'Accepted · follow-up: timed out at n = 20,000, O(n log n) expected',
    );
    expect(headline(report([verdict('passed')]))).toBe('Accepted');
  });

  it('names the case when the follow-up gives no size, and says when every follow-up passed', () => {
    expect(followUpSummary([verdict('wrong-answer', { name: 'huge', followup: { expect: 'O(n)' } })])).toBe(
      'wrong answer on "huge", O(n) expected',
    );
    expect(followUpSummary([verdict('passed', { followup })])).toBe('passed (O(n log n))');
    expect(followUpSummary([verdict('not-run', { followup })])).toBeUndefined();
  });
});
