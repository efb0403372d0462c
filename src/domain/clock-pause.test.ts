import { describe, expect, it } from 'vitest';
import { pausedSince } from './clock-pause.ts';
import type { TimelineEvent } from './timeline.ts';

const at = (t: number, type: 'clock-paused' | 'clock-resumed'): TimelineEvent =>
  type === 'clock-paused' ? { type, at: t, roundId: 'r', requestId: 'a1' } : { type, at: t, roundId: 'r', requestId: 'b2', pausedMs: 1 };

describe('clock pauses', () => {
  it('runs until paused, stands from the first pause, and runs again after a resume', () => {
    expect(pausedSince([])).toBeNull();
    expect(pausedSince([at(10, 'clock-paused')])).toBe(10);
    expect(pausedSince([at(10, 'clock-paused'), at(20, 'clock-paused')])).toBe(10);
    expect(pausedSince([at(10, 'clock-paused'), at(30, 'clock-resumed')])).toBeNull();
    expect(pausedSince([at(10, 'clock-paused'), at(30, 'clock-resumed'), at(50, 'clock-paused')])).toBe(50);
  });
});
