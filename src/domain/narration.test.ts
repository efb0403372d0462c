import { describe, expect, it } from 'vitest';
import { silentStretches, speechStretches, summariseNarration, type Stretch } from './narration.ts';
import type { TimelineEvent } from './timeline.ts';

const FRAME_MS = 96;
/** Synthetic frames: `[probability, seconds]` runs, 96 ms per frame. */
function frames(...runs: [number, number][]): Float32Array {
  const out: number[] = [];
  for (const [p, seconds] of runs) for (let i = 0; i < Math.round((seconds * 1000) / FRAME_MS); i++) out.push(p);
  return Float32Array.from(out);
}

describe('speech stretches from voice activity frames', () => {
  it('finds speech, keeps short pauses inside it, and drops clicks', () => {
    const speech = speechStretches(
      frames([0.05, 2], [0.9, 3], [0.1, 0.4], [0.8, 2], [0.02, 10], [0.95, 0.1], [0.01, 5]),
      FRAME_MS,
    );
    // One stretch despite the 0.4 s pause; the 0.1 s blip is below the minimum.
    expect(speech).toHaveLength(1);
    expect(speech[0]!.startMs).toBeCloseTo(2000, -2);
    expect(speech[0]!.endMs).toBeCloseTo(7400, -2);
  });

  it('needs the positive threshold to start and stays in speech down to the negative one', () => {
    expect(speechStretches(frames([0.45, 5]), FRAME_MS)).toEqual([]);
    const speech = speechStretches(frames([0.6, 1], [0.4, 3], [0, 2]), FRAME_MS);
    expect(speech).toHaveLength(1);
    expect(speech[0]!.endMs).toBe((10 + 31) * FRAME_MS); // 1 s and 3 s of 96 ms frames
  });

  it('treats silence, empty input and speech to the very end', () => {
    expect(speechStretches(new Float32Array(0), FRAME_MS)).toEqual([]);
    expect(speechStretches(frames([0, 60]), FRAME_MS)).toEqual([]);
    const toEnd = speechStretches(frames([0, 1], [0.9, 2]), FRAME_MS);
    expect(toEnd[0]!.endMs).toBeCloseTo(3000, -2);
  });

  it('gives the silences around and between speech', () => {
    const speech: Stretch[] = [
      { startMs: 1000, endMs: 2000 },
      { startMs: 5000, endMs: 6000 },
    ];
    expect(silentStretches(speech, 8000)).toEqual([
      { startMs: 0, endMs: 1000 },
      { startMs: 2000, endMs: 5000 },
      { startMs: 6000, endMs: 8000 },
    ]);
    expect(silentStretches([], 3000)).toEqual([{ startMs: 0, endMs: 3000 }]);
    expect(silentStretches([{ startMs: 0, endMs: 3000 }], 3000)).toEqual([]);
  });
});

const T0 = 1_000_000;
const snapshot = (s: number): TimelineEvent => ({
  type: 'code-snapshot',
  roundId: 'r',
  at: T0 + s * 1000,
  problemId: 'p',
  code: 'x',
});
const run = (s: number): TimelineEvent => ({
  type: 'run',
  roundId: 'r',
  at: T0 + s * 1000,
  problemId: 'p',
  kind: 'run',
});

describe('the narration coach', () => {
  // Speech – 60 s of silence – speech, as the end-to-end fixture says it, recorded 2 s into the round.
  const speechFrames = frames([0.9, 6], [0.02, 60], [0.9, 6]);
  const speech = speechStretches(speechFrames, FRAME_MS);
  const recordedMs = speechFrames.length * FRAME_MS;

  it('flags a silence over 45 s while typing, with its times in the round, and none where the candidate speaks', () => {
    const summary = summariseNarration({
      speech,
      recordedMs,
      recordingOffsetMs: 2000,
      roundStart: T0,
      events: [snapshot(3), snapshot(30), snapshot(75)],
    });
    expect(summary.flagged).toHaveLength(1);
    const [flag] = summary.flagged;
    expect(flag!.activity).toBe('writing');
    expect(flag!.startMs).toBeCloseTo(8000, -3);
    expect(flag!.endMs).toBeCloseTo(68000, -3);
    // Nothing is flagged inside the spoken parts.
    for (const s of summary.speech) expect(s.endMs <= flag!.startMs || s.startMs >= flag!.endMs).toBe(true);
    expect(summary.longestSilence).toEqual({ startMs: flag!.startMs, endMs: flag!.endMs });
    expect(summary.spokenShare).toBeGreaterThan(0.1);
    expect(summary.spokenShare).toBeLessThan(0.2);
  });

  it('does not flag a long silence with no code activity, nor one under the threshold', () => {
    const idle = summariseNarration({ speech, recordedMs, recordingOffsetMs: 0, roundStart: T0, events: [] });
    expect(idle.flagged).toEqual([]);
    const short = summariseNarration({
      speech: speechStretches(frames([0.9, 2], [0, 40], [0.9, 2]), FRAME_MS),
      recordedMs: 44_000,
      recordingOffsetMs: 0,
      roundStart: T0,
      events: [snapshot(20)],
    });
    expect(short.flagged).toEqual([]);
  });

  it('calls a silence with only runs in it a silence while running code', () => {
    const summary = summariseNarration({ speech, recordedMs, recordingOffsetMs: 0, roundStart: T0, events: [run(40)] });
    expect(summary.flagged.map((f) => f.activity)).toEqual(['running']);
  });

  it('measures the spoken part of an interruption answered aloud', () => {
    const summary = summariseNarration({
      speech: [{ startMs: 10_000, endMs: 14_000 }],
      recordedMs: 30_000,
      recordingOffsetMs: 0,
      roundStart: T0,
      events: [
        {
          type: 'interruption-asked',
          roundId: 'r',
          at: T0 + 9_000,
          slot: 1,
          question: 'q',
          problemId: 'p',
          code: '',
        } as TimelineEvent,
        {
          type: 'interruption-answered',
          roundId: 'r',
          at: T0 + 20_000,
          slot: 1,
          answer: '',
          aloud: true,
          rating: null,
          latencyMs: 1000,
        },
      ],
    });
    expect(summary.aloudAnswers).toEqual([{ askedAtMs: 9_000, spokenMs: 4_000 }]);
  });

  it('handles an empty recording', () => {
    const summary = summariseNarration({ speech: [], recordedMs: 0, recordingOffsetMs: 0, roundStart: T0, events: [] });
    expect(summary).toMatchObject({ spokenShare: 0, longestSilence: null, flagged: [] });
  });
});
