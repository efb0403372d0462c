// The colour of a countdown: orange from 10 minutes left, red from 5, as the warnings come. A mark
// at or beyond the round's own length never applies, so a 7-minute round does not start orange.
const WARN_MS = 10 * 60_000;
const DANGER_MS = 5 * 60_000;

export type ClockTone = '' | 'warn' | 'danger';

export function clockTone(leftMs: number, durationMs: number): ClockTone {
  if (DANGER_MS < durationMs && leftMs <= DANGER_MS) return 'danger';
  if (WARN_MS < durationMs && leftMs <= WARN_MS) return 'warn';
  return '';
}
