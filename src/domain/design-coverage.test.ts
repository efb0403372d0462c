import { describe, expect, it } from 'vitest';
import { coverageScore, coverPoints, distinctiveWords } from './design-coverage.ts';

describe('design coverage', () => {
  it('keeps the words of a key point that say something: long words, acronyms and figures', () => {
    expect(distinctiveWords('Alert when the p99 of QPS is above 5k for the features')).toEqual([
      'alert',
      'p99',
      'qps',
      'above',
      '5k',
      'feature',
    ]);
    // Only a plural "s" goes: "previous" and "analysis" stay whole.
    expect(distinctiveWords('Revert to the previous models after analysis')).toEqual([
      'revert',
      'previous',
      'model',
      'analysis',
    ]);
  });

  it('counts a key point covered when a third of its distinctive words (at least two) appear in the notes', () => {
    const points = [
      'Data drift: daily PSI on user-activity features and on the category mix of new catalog items vs training window',
      'Rollback: registry keeps last-known-good ranker and ANN index; revert both with one flag flip',
      'Alert when widget CTR falls more than 10% vs the weekday baseline',
    ];
    const notes = 'Track data drift with PSI per feature, daily. Keep the previous model in the registry.';
    const coverage = coverPoints(notes, points);
    expect(coverage.map((c) => c.covered)).toEqual([true, false, false]);
    expect(coverage[0]!.matched).toEqual(['data', 'drift', 'daily', 'psi', 'feature']);
    expect(coverage[1]!.matched).toEqual(['registry']);
    expect(coverageScore(coverage)).toBeCloseTo(1 / 3);
  });

  it('covers nothing from empty notes and scores an empty list as 0', () => {
    expect(coverPoints('', ['Shadow mode before canary']).every((c) => !c.covered)).toBe(true);
    expect(coverageScore([])).toBe(0);
  });
});
