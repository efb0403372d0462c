// Round time from wall-clock timestamps. Nothing here reads the clock: `now` is always passed in, so
// a throttled tab, a reload or a test's fake clock all get the same answer.

export const ROUND_LENGTH_PRESETS_MIN = [20, 30, 45, 60] as const;
export const DEFAULT_ROUND_LENGTH_MIN = 45;
/** Minutes-left marks at which the candidate is warned, largest first. */
export const WARNING_MARKS_MIN = [10, 5] as const;

const MINUTE_MS = 60_000;

export interface ClockInput {
  startedAt: number;
  durationMs: number;
}

export function remainingMs(round: ClockInput, now: number): number {
  return Math.max(0, round.startedAt + round.durationMs - now);
}

export function elapsedMs(round: ClockInput, now: number): number {
  return Math.min(round.durationMs, Math.max(0, now - round.startedAt));
}

export function isTimeUp(round: ClockInput, now: number): boolean {
  return remainingMs(round, now) === 0;
}

/** The time the round ends by the clock. */
export function deadline(round: ClockInput): number {
  return round.startedAt + round.durationMs;
}

/**
 * The warning marks (in minutes) that are due at `now` and not yet given. A mark is due once fewer
 * than that many minutes remain; marks longer than the round itself are never due.
 */
export function dueWarnings(round: ClockInput, now: number, alreadyGiven: readonly number[]): number[] {
  const left = remainingMs(round, now);
  return WARNING_MARKS_MIN.filter(
    (m) => m * MINUTE_MS < round.durationMs && left <= m * MINUTE_MS && left > 0 && !alreadyGiven.includes(m),
  );
}

/**
 * The app's one clock format, for every timer, offset and length shown or written: "mm:ss" (or
 * "h:mm:ss"), rounding up so the display reads 45:00 at the start and 00:00 only at the end. A time
 * that is not a number (a damaged record) reads "--:--".
 */
export function formatClock(ms: number): string {
  if (!Number.isFinite(ms)) return '--:--';
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
