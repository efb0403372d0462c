import { describe, expect, it } from 'vitest';
import { dueWarnings, elapsedMs, formatClock, isTimeUp, remainingMs } from './round-clock.ts';

const MIN = 60_000;
const round = { startedAt: 1_000_000, durationMs: 45 * MIN };

describe('round clock', () => {
  it('computes remaining time from the start timestamp, never below zero', () => {
    expect(remainingMs(round, round.startedAt)).toBe(45 * MIN);
    expect(remainingMs(round, round.startedAt + 12 * MIN)).toBe(33 * MIN);
    expect(remainingMs(round, round.startedAt + 50 * MIN)).toBe(0);
    expect(elapsedMs(round, round.startedAt + 50 * MIN)).toBe(45 * MIN);
  });

  it('is up exactly at the deadline', () => {
    expect(isTimeUp(round, round.startedAt + 45 * MIN - 1)).toBe(false);
    expect(isTimeUp(round, round.startedAt + 45 * MIN)).toBe(true);
  });

  it('makes the 10- and 5-minute warnings due once each, including after a long gap', () => {
    expect(dueWarnings(round, round.startedAt + 34 * MIN, [])).toEqual([]);
    expect(dueWarnings(round, round.startedAt + 35 * MIN, [])).toEqual([10]);
    expect(dueWarnings(round, round.startedAt + 35 * MIN, [10])).toEqual([]);
    // A throttled tab that wakes at 41 minutes owes both, once.
    expect(dueWarnings(round, round.startedAt + 41 * MIN, [])).toEqual([10, 5]);
    expect(dueWarnings(round, round.startedAt + 41 * MIN, [10, 5])).toEqual([]);
    // Once time is up there is nothing left to warn about.
    expect(dueWarnings(round, round.startedAt + 45 * MIN, [])).toEqual([]);
  });

  it('never warns about marks longer than the round', () => {
    const short = { startedAt: 0, durationMs: 8 * MIN };
    expect(dueWarnings(short, 1, [])).toEqual([]);
    expect(dueWarnings(short, 3 * MIN, [])).toEqual([5]);
  });

  it('formats as mm:ss, rounding up so 00:00 shows only at the end', () => {
    expect(formatClock(45 * MIN)).toBe('45:00');
    expect(formatClock(45 * MIN - 1)).toBe('45:00');
    expect(formatClock(59_001)).toBe('01:00');
    expect(formatClock(1)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(90 * MIN)).toBe('1:30:00');
  });

  it('is the one clock of the app: hours appear only past 59:59, nothing reads below zero, and a damaged time reads --:--', () => {
    expect(formatClock(60 * MIN - 1)).toBe('1:00:00'); // 59:59.999 rounds up to the hour
    expect(formatClock(60 * MIN - 1000)).toBe('59:59');
    expect(formatClock(10 * 60 * MIN + 5_000)).toBe('10:00:05');
    expect(formatClock(-1)).toBe('00:00');
    expect(formatClock(Number.NaN)).toBe('--:--');
    expect(formatClock(Infinity)).toBe('--:--');
  });
});
