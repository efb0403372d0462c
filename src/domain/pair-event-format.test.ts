import { describe, expect, it } from 'vitest';
import { pairEventProblem } from './pair-event-format.ts';

const scorecard = {
  signals: Object.fromEntries(
    ['understanding', 'technical', 'rationale', 'communication'].map((id) => [id, { rating: 3, comment: '' }]),
  ),
  decision: 'no-hire',
  summary: '',
};

describe('paired-mock events in a backup file', () => {
  it('accepts the events the app writes', () => {
    expect(
      pairEventProblem({ type: 'hint-revealed', problemId: 'two-sum', index: 0, text: 'Think.', requestId: 'abc' }),
    ).toBeNull();
    expect(pairEventProblem({ type: 'time-extended', minutes: 5, requestId: 'abc' })).toBeNull();
    expect(pairEventProblem({ type: 'clock-paused', requestId: 'abc' })).toBeNull();
    expect(pairEventProblem({ type: 'clock-resumed', pausedMs: 90_000, requestId: 'abc' })).toBeNull();
    expect(pairEventProblem({ type: 'clock-resumed', pausedMs: -1, requestId: 'abc' })).toBe(
      'pausedMs: expected a duration in ms',
    );
    expect(pairEventProblem({ type: 'partner-feedback', scorecard, requestId: 'abc' })).toBeNull();
  });

  it('names the first bad field', () => {
    expect(
      pairEventProblem({ type: 'hint-revealed', problemId: 'two-sum', index: -1, text: 'x', requestId: 'abc' }),
    ).toBe('index: expected a whole number from 0');
    expect(pairEventProblem({ type: 'hint-revealed', problemId: 'two-sum', index: 0, requestId: 'abc' })).toBe(
      'text: expected text',
    );
    expect(pairEventProblem({ type: 'time-extended', minutes: 0, requestId: 'abc' })).toBe(
      'minutes: expected a whole number from 1',
    );
    expect(pairEventProblem({ type: 'time-extended', minutes: 5 })).toBe('requestId: expected an id');
    expect(
      pairEventProblem({ type: 'partner-feedback', scorecard: { ...scorecard, decision: 'maybe' }, requestId: 'abc' }),
    ).toMatch(/^scorecard: expected/);
  });
});
