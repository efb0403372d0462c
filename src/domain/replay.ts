// Code replay for the review: frames from a round's snapshots, and a playback clock that skips
// idle stretches. Pure.
import type { TimelineEvent } from './timeline.ts';

export interface Frame {
  /** Epoch ms of the snapshot. */
  at: number;
  code: string;
}

/** Gaps longer than this play as if they were this long. */
export const IDLE_CAP_MS = 3_000;
export const REPLAY_SPEEDS = [1, 2, 4, 8] as const;

/** The code as it stood at each snapshot for one problem, with consecutive duplicates dropped. */
export function replayFrames(
  events: readonly TimelineEvent[],
  problemId: string,
  startedAt: number,
  starter: string,
): Frame[] {
  const frames: Frame[] = [{ at: startedAt, code: starter }];
  for (const e of events) {
    const code =
      e.type === 'code-snapshot' && e.problemId === problemId
        ? e.code
        : e.type === 'interruption-asked' && e.problemId === problemId
          ? e.code
          : null;
    if (code !== null && code !== frames.at(-1)!.code) frames.push({ at: e.at, code });
  }
  return frames;
}

/**
 * The frames with a stop added at each of `moments` (epoch ms) that is not one already, showing the
 * code as it stood then: the code replay and another record of the round (the Sketch's board changes)
 * then move on one clock, and every moment of either can be reached. Moments before the first frame
 * are left out (nothing was on screen before the round started).
 */
export function withMoments(frames: readonly Frame[], moments: readonly number[]): Frame[] {
  const first = frames[0];
  if (!first) return [];
  const have = new Set(frames.map((f) => f.at));
  const added = [...new Set(moments)].filter((at) => Number.isFinite(at) && at >= first.at && !have.has(at));
  if (added.length === 0) return [...frames];
  const all = [...frames];
  for (const at of added) all.push({ at, code: frames[frameIndexAt(frames, at)]!.code });
  // Stable: two frames at one moment keep their order (the final code after the last snapshot).
  return all.sort((a, b) => a.at - b.at);
}

/** Index of the last frame at or before `at` (0 when `at` is before the first). */
export function frameIndexAt(frames: readonly Frame[], at: number): number {
  let index = 0;
  for (let i = 0; i < frames.length && frames[i]!.at <= at; i++) index = i;
  return index;
}

/** How long to wait before showing frame `index + 1` at `speed`: real gap, idle capped. */
export function delayToNext(frames: readonly Pick<Frame, 'at'>[], index: number, speed: number): number | null {
  const next = frames[index + 1];
  if (!next) return null;
  return Math.min(next.at - frames[index]!.at, IDLE_CAP_MS) / speed;
}

/** Total playback length at 1× with idle stretches capped. */
export function playbackLength(frames: readonly Frame[]): number {
  let total = 0;
  for (let i = 0; i + 1 < frames.length; i++) total += delayToNext(frames, i, 1)!;
  return total;
}

/** The code replay's position, shared with what the page shows beside it (the think-aloud audio). */
export interface ReplayLink {
  startedAt: number;
  frames: readonly Frame[];
  index: number;
  playing: boolean;
  seek(index: number): void;
  toggle(): void;
  /**
   * The last moment jumped to (epoch ms); `n` changes on every jump, even to the same event. `play`:
   * the audio beside the replay starts playing there (the self-critique's Play this moment).
   */
  jumpedTo: { at: number; n: number; play?: boolean } | null;
  events: readonly TimelineEvent[];
  /** The problem on screen. */
  problemId: string | null;
}
