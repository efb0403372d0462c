// A round clock paused by a paired mock's interviewer. While a pause is open the clock stands
// still; on resume the paused span is added to the round's length, so the deadline stays a plain
// timestamp sum (round-clock.ts) and a reload after a pause needs no replay.
import type { ClockInput } from './round-clock.ts';
import type { TimelineEvent } from './timeline.ts';

/** When the open pause began, or null when the clock is running. */
export function pausedSince(events: readonly TimelineEvent[]): number | null {
  let since: number | null = null;
  for (const e of events) {
    if (e.type === 'clock-paused' && since === null) since = e.at;
    else if (e.type === 'clock-resumed') since = null;
  }
  return since;
}

/**
 * The round's clock without its finished pauses: start moved later and length shortened by the time
 * spent paused, so what is measured from it (the interruption schedule) counts running time only.
 */
export function runningClock(round: ClockInput, events: readonly TimelineEvent[]): ClockInput {
  const paused = events.reduce((sum, e) => sum + (e.type === 'clock-resumed' ? e.pausedMs : 0), 0);
  return { startedAt: round.startedAt + paused, durationMs: round.durationMs - paused };
}
