import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filterGaps } from './gap-stats.ts';
import type { GapEntry } from './gap-entry.ts';
import {
  addLocalDays,
  endOfLocalDay,
  formatLocalDate,
  localDateRange,
  parseLocalDate,
  startOfLocalWeek,
} from './local-day.ts';

// Run in a zone far from UTC, where a UTC day and a local day differ by hours.
const ZONE = 'America/Los_Angeles';
let savedZone: string | undefined;
beforeEach(() => {
  savedZone = process.env.TZ;
  process.env.TZ = ZONE;
});
afterEach(() => {
  if (savedZone === undefined) delete process.env.TZ;
  else process.env.TZ = savedZone;
});

describe('local days in a zone west of UTC', () => {
  it('reads a date field as local midnight, not UTC midnight (the gap-log filter bug)', () => {
    expect(new Date(2026, 2, 10).getTimezoneOffset()).toBeGreaterThan(0);
    expect(parseLocalDate('2026-03-10')).toBe(new Date(2026, 2, 10).getTime());
    expect(parseLocalDate('2026-03-10')).not.toBe(Date.parse('2026-03-10'));
  });

  it('filters gap entries by the local days the candidate picked, both ends inclusive', () => {
    const at = (y: number, mo: number, d: number, h: number) => new Date(y, mo, d, h).getTime();
    const entry = (id: string, createdAt: number) =>
      ({ id, createdAt, categories: [], tags: [], status: 'open' }) as unknown as GapEntry;
    // Evening of the 10th local time is already the 11th in UTC; early on the 10th is the 10th in both.
    const entries = [
      entry('early-10th', at(2026, 2, 10, 1)),
      entry('evening-10th', at(2026, 2, 10, 20)),
      entry('morning-11th', at(2026, 2, 11, 9)),
    ];
    const ids = (r: { from?: number; to?: number }) => filterGaps(entries, r).map((e) => e.id);
    expect(ids(localDateRange('2026-03-10', '2026-03-10'))).toEqual(['early-10th', 'evening-10th']);
    expect(ids(localDateRange('2026-03-11', ''))).toEqual(['morning-11th']);
    expect(ids(localDateRange('', ''))).toEqual(['early-10th', 'evening-10th', 'morning-11th']);
    // What the page did before: UTC midnight plus a day's milliseconds drops the evening of the 10th.
    expect(ids({ from: Date.parse('2026-03-10'), to: Date.parse('2026-03-10') + 86_399_999 })).not.toContain(
      'evening-10th',
    );
  });

  it('formats and ends days on the local calendar, across a daylight-saving change', () => {
    const sat = new Date(2026, 2, 7, 12).getTime(); // DST starts on Sunday 8 March 2026 in this zone
    expect(formatLocalDate(new Date(2026, 2, 10, 23).getTime())).toBe('2026-03-10');
    expect(endOfLocalDay(new Date(2026, 2, 8, 5).getTime())).toBe(new Date(2026, 2, 9).getTime() - 1);
    expect(addLocalDays(sat, 2)).toBe(new Date(2026, 2, 9).getTime());
  });

  it('starts weeks on local Monday midnight', () => {
    const monday = new Date(2026, 2, 9).getTime();
    expect(startOfLocalWeek(monday)).toBe(monday);
    expect(startOfLocalWeek(new Date(2026, 2, 15, 23, 59).getTime())).toBe(monday);
    expect(startOfLocalWeek(monday - 1)).toBe(new Date(2026, 2, 2).getTime());
  });
});
