import { describe, expect, it } from 'vitest';
import { answerFigures, cleanSpeech, LONG_ANSWER_SPOKEN_MS, practiceNarration } from './answer-coach.ts';

const T0 = 1_700_000_000_000;

describe('spoken time per answer', () => {
  it('adds up the speech inside each answer window and flags one spoken over 3 minutes', () => {
    const speech = [
      { startMs: 1_000, endMs: 61_000 }, // answer 1: 60 s
      { startMs: 100_000, endMs: 200_000 }, // answer 2 …
      { startMs: 210_000, endMs: 300_000 }, // … 190 s in all
    ];
    const figures = answerFigures({
      speech,
      recordedMs: 320_000,
      recordingStart: T0,
      answers: [
        { startAt: T0, endAt: T0 + 90_000 },
        { startAt: T0 + 90_000, endAt: T0 + 310_000 },
        { startAt: T0 + 310_000 },
      ],
    });
    expect(figures.map((f) => f.spokenMs)).toEqual([60_000, 190_000, 0]);
    expect(figures.map((f) => f.long)).toEqual([false, true, false]);
    expect(figures[2]).toMatchObject({ startMs: 310_000, endMs: 320_000 });
  });

  it('counts exactly the threshold as not long, and one millisecond more as long', () => {
    const at = (ms: number) =>
      answerFigures({
        speech: [{ startMs: 0, endMs: ms }],
        recordedMs: 400_000,
        recordingStart: T0,
        answers: [{ startAt: T0 }],
      })[0]!.long;
    expect(at(LONG_ANSWER_SPOKEN_MS)).toBe(false);
    expect(at(LONG_ANSWER_SPOKEN_MS + 1)).toBe(true);
  });

  it('clamps answers that began before the recording, or after it ended, to the recording', () => {
    const figures = answerFigures({
      speech: [{ startMs: 0, endMs: 10_000 }],
      recordedMs: 20_000,
      recordingStart: T0 + 5_000,
      answers: [
        { startAt: T0, endAt: T0 + 8_000 },
        { startAt: T0 + 60_000, endAt: T0 + 90_000 },
      ],
    });
    expect(figures[0]).toMatchObject({ startMs: 0, endMs: 3_000, spokenMs: 3_000 });
    expect(figures[1]).toMatchObject({ startMs: 20_000, endMs: 20_000, spokenMs: 0 });
  });
});

describe('readings from storage or a backup are not trusted', () => {
  it('drops non-numbers and empty stretches, clamps to the recording and merges overlaps', () => {
    const speech = cleanSpeech(
      [
        { startMs: Number.NaN, endMs: 5 },
        { startMs: 50, endMs: 40 },
        { startMs: -100, endMs: 100 },
        { startMs: 80, endMs: 300 },
        { startMs: 900, endMs: Number.POSITIVE_INFINITY },
        { startMs: 950, endMs: 5_000 },
        null as never,
      ],
      1_000,
    );
    expect(speech).toEqual([
      { startMs: 0, endMs: 300 },
      { startMs: 950, endMs: 1_000 },
    ]);
  });

  it('never says more than all of the recording was spoken, whatever the stretches overlap', () => {
    const n = practiceNarration(
      Array.from({ length: 50 }, () => ({ startMs: 0, endMs: 60_000 })),
      60_000,
    );
    expect(n.spokenShare).toBe(1);
    expect(n.longestSilence).toBeNull();
  });

  it('gives zeros, not NaN, for a recording with no length', () => {
    for (const recordedMs of [0, -5, Number.NaN]) {
      const n = practiceNarration([{ startMs: 0, endMs: 10 }], recordedMs);
      expect(n).toMatchObject({ recordedMs: 0, spokenMs: 0, spokenShare: 0, longSilences: [] });
    }
  });
});

describe('share spoken and long silences of a practice round', () => {
  it('flags silences over 45 s only', () => {
    const n = practiceNarration(
      [
        { startMs: 0, endMs: 10_000 },
        { startMs: 55_000, endMs: 60_000 }, // 45 s gap: not over
        { startMs: 130_000, endMs: 140_000 }, // 70 s gap: flagged
      ],
      150_000,
    );
    expect(n.spokenMs).toBe(25_000);
    expect(n.spokenShare).toBeCloseTo(25 / 150);
    expect(n.longSilences).toEqual([{ startMs: 60_000, endMs: 130_000 }]);
    expect(n.longestSilence).toEqual({ startMs: 60_000, endMs: 130_000 });
  });
});
