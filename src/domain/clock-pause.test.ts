import { describe, expect, it } from 'vitest';
import { pausedSince, runningClock } from './clock-pause.ts';
import type { TimelineEvent } from './timeline.ts';

const at = (t: number, type: 'clock-paused' | 'clock-resumed'): TimelineEvent =>
  type === 'clock-paused'
    ? { type, at: t, roundId: 'r', requestId: 'a1' }
    : { type, at: t, roundId: 'r', requestId: 'b2', pausedMs: 1 };

describe('clock pauses', () => {
  it('runs until paused, stands from the first pause, and runs again after a resume', () => {
    expect(pausedSince([])).toBeNull();
    expect(pausedSince([at(10, 'clock-paused')])).toBe(10);
    expect(pausedSince([at(10, 'clock-paused'), at(20, 'clock-paused')])).toBe(10);
    expect(pausedSince([at(10, 'clock-paused'), at(30, 'clock-resumed')])).toBeNull();
    expect(pausedSince([at(10, 'clock-paused'), at(30, 'clock-resumed'), at(50, 'clock-paused')])).toBe(50);
  });
});

describe('running time', () => {
  it('leaves out finished pauses, so a 45-minute round paused for 10 still runs 45', () => {
    const round = { startedAt: 1_000, durationMs: 55 * 60_000 }; // 45 min + the 10 added on resume
    const events: TimelineEvent[] = [
      at(5 * 60_000, 'clock-paused'),
      { type: 'clock-resumed', at: 15 * 60_000, roundId: 'r', requestId: 'b2', pausedMs: 10 * 60_000 },
    ];
    expect(runningClock(round, events)).toEqual({ startedAt: 1_000 + 10 * 60_000, durationMs: 45 * 60_000 });
    expect(runningClock(round, [])).toEqual(round);
  });
});
