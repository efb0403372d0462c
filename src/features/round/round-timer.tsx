import { clockTone } from '../../components/clock-tone.ts';
import { pausedSince } from '../../domain/clock-pause.ts';
import { formatClock, remainingMs } from '../../domain/round-clock.ts';
import { useRoundStore } from '../../stores/round-store.ts';

/**
 * The countdown. Remaining time is computed from the round's start timestamp, never counted down;
 * a clock paused by a paired mock's interviewer shows the time left when it stopped.
 */
export function RoundTimer() {
  const round = useRoundStore((s) => s.round);
  const now = useRoundStore((s) => s.now);
  const paused = useRoundStore((s) => pausedSince(s.events));
  if (!round) return null;
  const left = remainingMs(round, round.endedAt ?? paused ?? now);
  const tone = clockTone(left, round.durationMs);
  return (
    <>
      <div role="timer" aria-label="Time remaining" className={`round-timer ${tone}`}>
        {formatClock(left)}
      </div>
      {paused !== null && round.endedAt === undefined ? (
        <span role="status">Clock paused by your interviewer</span>
      ) : null}
    </>
  );
}
