import { describe, expect, it } from 'vitest';
import { DRILL_STAGES, overrunMs, pickProbes, probesDue, probeTimes, remainingStoryMs } from './story-drill.ts';

const [full, short, interrupted] = DRILL_STAGES as [
  (typeof DRILL_STAGES)[0],
  (typeof DRILL_STAGES)[0],
  (typeof DRILL_STAGES)[0],
];

describe('story drill', () => {
  it('has the 90 s, 30 s and interrupted 90 s stages in order', () => {
    expect(DRILL_STAGES.map((s) => [s.kind, s.limitMs])).toEqual([
      ['full', 90_000],
      ['short', 30_000],
      ['interrupted', 90_000],
    ]);
  });

  it('probes every 30 s during the interrupted telling only', () => {
    expect(probeTimes(interrupted)).toEqual([30_000, 60_000]);
    expect(probeTimes(full)).toEqual([]);
    expect(probesDue(interrupted, 29_999)).toBe(0);
    expect(probesDue(interrupted, 30_000)).toBe(1);
    expect(probesDue(interrupted, 200_000)).toBe(2);
  });

  it('measures overrun past the limit, and time left before it', () => {
    expect(overrunMs(short, 25_000)).toBe(0);
    expect(overrunMs(short, 41_500)).toBe(11_500);
    expect(remainingStoryMs(full, 80_000)).toBe(10_000);
    expect(remainingStoryMs(full, 95_000)).toBe(-5_000);
  });

  it('rotates probes without repeats within a telling', () => {
    expect(pickProbes(['a', 'b', 'c'], 2, 2)).toEqual(['c', 'a']);
    expect(pickProbes(['a'], 2, 0)).toEqual(['a']);
    expect(pickProbes([], 2, 0)).toEqual([]);
  });
});
