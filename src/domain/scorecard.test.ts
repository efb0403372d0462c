import { describe, expect, it } from 'vitest';
import { DAY_MS } from './gap-schedule.ts';
import { gapEntriesFromScorecard, weakSignals, type Scorecard } from './scorecard.ts';

const card = (ratings: [number, number, number, number]): Scorecard => ({
  signals: {
    understanding: { rating: ratings[0] as 1, comment: 'Asked no question about duplicates.' },
    technical: { rating: ratings[1] as 1, comment: '' },
    rationale: { rating: ratings[2] as 1, comment: 'Picked a heap without saying why.' },
    communication: { rating: ratings[3] as 1, comment: '' },
  },
  decision: 'no-hire',
  summary: 'State the invariant before coding.',
});
const ctx = (ids = ['a', 'b', 'c', 'd']) => ({
  roundId: 'r1',
  problemId: 'two-sum',
  family: 'algorithm' as const,
  tags: ['hash-map'],
  momentMs: 40 * 60_000,
  receivedAt: 5_000_000,
  newId: () => ids.shift()!,
});

describe('scorecard', () => {
  it('counts very weak and weak as weak, mixed and above as not', () => {
    expect(weakSignals(card([1, 2, 3, 5]))).toEqual(['understanding', 'technical']);
    expect(weakSignals(card([3, 4, 5, 3]))).toEqual([]);
  });

  it('turns each weak signal into an open partner gap entry due within 24 hours', () => {
    const entries = gapEntriesFromScorecard(card([2, 4, 1, 5]), ctx());
    expect(entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(entries[0]).toMatchObject({
      source: 'partner',
      status: 'open',
      roundId: 'r1',
      problemId: 'two-sum',
      momentMs: 40 * 60_000,
      categories: ['edge-cases', 'invariant-not-stated'],
      quote: 'Problem understanding: weak. Asked no question about duplicates.',
      fix: 'State the invariant before coding.',
    });
    expect(entries[1]!.quote).toBe('Rationale for choices: very weak. Picked a heap without saying why.');
    expect(entries[0]!.redrill.dueAt).toBe(5_000_000 + DAY_MS);
  });

  it('still names the signal and a fix when the interviewer wrote nothing', () => {
    const silent = { ...card([4, 1, 4, 4]), summary: ' ' };
    const [entry] = gapEntriesFromScorecard(silent, ctx());
    expect(entry!.quote).toBe('Technical skill: very weak (rated by your interviewer).');
    expect(entry!.fix).toMatch(/technical skill/);
  });
});
