import { describe, expect, it } from 'vitest';
import { lineDiff } from './line-diff.ts';
import { delayToNext, frameIndexAt, playbackLength, replayFrames, withMoments } from './replay.ts';
import type { TimelineEvent } from './timeline.ts';

const snap = (at: number, code: string, problemId = 'p'): TimelineEvent => ({
  type: 'code-snapshot',
  roundId: 'r',
  at,
  problemId,
  code,
});

describe('replay', () => {
  const events = [snap(1000, 'a'), snap(2000, 'a'), snap(4000, 'ab'), snap(5000, 'x', 'other'), snap(60_000, 'abc')];
  const frames = replayFrames(events, 'p', 0, '');

  it('builds frames for one problem, dropping unchanged snapshots', () => {
    expect(frames).toEqual([
      { at: 0, code: '' },
      { at: 1000, code: 'a' },
      { at: 4000, code: 'ab' },
      { at: 60_000, code: 'abc' },
    ]);
  });

  it('finds the frame showing at a moment (jump to event)', () => {
    expect(frameIndexAt(frames, 500)).toBe(0);
    expect(frameIndexAt(frames, 4000)).toBe(2);
    expect(frameIndexAt(frames, 59_999)).toBe(2);
    expect(frameIndexAt(frames, 99_999)).toBe(3);
  });

  it('skips idle stretches: long gaps play as 3 s, divided by the speed', () => {
    expect(delayToNext(frames, 0, 1)).toBe(1000);
    expect(delayToNext(frames, 2, 1)).toBe(3000);
    expect(delayToNext(frames, 2, 4)).toBe(750);
    expect(delayToNext(frames, 3, 1)).toBeNull();
    expect(playbackLength(frames)).toBe(1000 + 3000 + 3000);
  });
});

describe("withMoments (the Sketch on the code replay's clock)", () => {
  const frames = [
    { at: 0, code: '' },
    { at: 1000, code: 'a' },
    { at: 4000, code: 'ab' },
  ];

  it('adds a stop at each moment, showing the code as it stood then', () => {
    expect(withMoments(frames, [2500, 500, 9000])).toEqual([
      { at: 0, code: '' },
      { at: 500, code: '' },
      { at: 1000, code: 'a' },
      { at: 2500, code: 'a' },
      { at: 4000, code: 'ab' },
      { at: 9000, code: 'ab' },
    ]);
  });

  it('adds nothing for a moment that is already a frame, twice over, or before the start', () => {
    expect(withMoments(frames, [1000, 2500, 2500, -5, Number.NaN])).toEqual([
      { at: 0, code: '' },
      { at: 1000, code: 'a' },
      { at: 2500, code: 'a' },
      { at: 4000, code: 'ab' },
    ]);
    expect(withMoments(frames, [])).toEqual(frames);
    expect(withMoments([], [100])).toEqual([]);
  });

  it('keeps two frames at one moment in their order (the final code after the last snapshot)', () => {
    const twice = [...frames, { at: 4000, code: 'abc' }];
    expect(withMoments(twice, [3000]).map((f) => f.code)).toEqual(['', 'a', 'a', 'ab', 'abc']);
  });
});

describe('lineDiff', () => {
  it('marks lines only in the candidate code as removed and only in the reference as added', () => {
    expect(lineDiff('a\nb\nc\n', 'a\nx\nc')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'c' },
    ]);
    expect(lineDiff('', 'a')).toEqual([
      { kind: 'removed', text: '' },
      { kind: 'added', text: 'a' },
    ]);
  });
});
