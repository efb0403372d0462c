import { formatClock, remainingMs } from '../../domain/round-clock.ts';
import { useRoundStore } from '../../stores/round-store.ts';

const WARN_MS = 10 * 60_000;
const DANGER_MS = 5 * 60_000;

/** The countdown. Remaining time is computed from the round's start timestamp, never counted down. */
export function RoundTimer() {
  const round = useRoundStore((s) => s.round);
  const now = useRoundStore((s) => s.now);
  if (!round) return null;
  const left = round.endedAt !== undefined ? remainingMs(round, round.endedAt) : remainingMs(round, now);
  const tone = left <= DANGER_MS ? 'danger' : left <= WARN_MS ? 'warn' : '';
  return (
    <div role="timer" aria-label="Time remaining" className={`round-timer ${tone}`}>
      {formatClock(left)}
    </div>
  );
}
