import { describe, expect, it } from 'vitest';
import { narrationTrend, summariseNarrationTrend, type RecordingReading } from './narration-trend.ts';

const DAY = 86_400_000;
const NOW = 1_800_000_000_000;

function reading(
  daysAgo: number,
  speech: [number, number][],
  recordedMs: number,
  id = `r${daysAgo}`,
): RecordingReading {
  return {
    roundId: id,
    startedAt: NOW - daysAgo * DAY,
    kind: 'coding',
    narration: { speech: speech.map(([startMs, endMs]) => ({ startMs, endMs })), recordedMs },
  };
}

describe('the coach figures over time', () => {
  it('gives one point per recording with a reading, oldest first, with share spoken and longest silence', () => {
    const points = narrationTrend(
      [
        reading(1, [[0, 60_000]], 100_000),
        reading(10, [[30_000, 40_000]], 100_000),
        { roundId: 'unread', startedAt: NOW - DAY, kind: 'practice' },
      ],
      NOW - 56 * DAY,
      NOW,
    );
    expect(points.map((p) => p.roundId)).toEqual(['r10', 'r1']);
    expect(points[0]).toMatchObject({ spokenPct: 10, longestSilenceMs: 60_000 });
    expect(points[1]).toMatchObject({ spokenPct: 60, longestSilenceMs: 40_000 });
  });

  it('leaves out recordings outside the weeks shown', () => {
    const points = narrationTrend([reading(60, [[0, 1]], 10), reading(-1, [[0, 1]], 10)], NOW - 56 * DAY, NOW);
    expect(points).toEqual([]);
  });

  it('leaves out forged or broken readings instead of drawing them as zero', () => {
    const broken: RecordingReading[] = [
      reading(1, [[0, 10]], 0, 'zero-length'),
      reading(2, [[0, 10]], Number.NaN, 'nan-length'),
      { ...reading(3, [], 1000, 'no-array'), narration: { speech: 'x' as never, recordedMs: 1000 } },
      { ...reading(4, [], 1000, 'bad-start'), startedAt: Number.NaN },
    ];
    expect(narrationTrend(broken, NOW - 56 * DAY, NOW)).toEqual([]);
    // Overlapping, out-of-range speech cannot push the share past 100 %.
    const [p] = narrationTrend(
      [
        reading(
          1,
          [
            [-5_000, 8_000],
            [0, 20_000],
            [0, 20_000],
          ],
          10_000,
        ),
      ],
      NOW - 56 * DAY,
      NOW,
    );
    expect(p).toMatchObject({ spokenPct: 100, longestSilenceMs: 0 });
  });

  it('keeps only the latest points when there are many', () => {
    const many = Array.from({ length: 40 }, (_, i) => reading(i / 2, [[0, 1]], 10, `r${i}`));
    const points = narrationTrend(many, NOW - 56 * DAY, NOW, 30);
    expect(points).toHaveLength(30);
    expect(points[29]!.roundId).toBe('r0');
  });
});

describe('the summary beside the chart', () => {
  it('says nothing without points', () => {
    expect(summariseNarrationTrend([])).toBeNull();
  });

  it('gives the medians and how the latest compares with the earlier ones', () => {
    const points = narrationTrend(
      [reading(3, [[0, 20_000]], 100_000), reading(2, [[0, 40_000]], 100_000), reading(1, [[0, 70_000]], 100_000)],
      NOW - 56 * DAY,
      NOW,
    );
    const s = summariseNarrationTrend(points)!;
    expect(s.count).toBe(3);
    expect(s.medianSpokenPct).toBe(40);
    expect(s.medianLongestSilenceMs).toBe(60_000);
    expect(s.latest.spokenPct).toBe(70);
    expect(s.spokenPctChange).toBe(70 - 30);
  });
});
