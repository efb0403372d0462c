import type { ReactNode } from 'react';
import type { Stretch } from '../../domain/narration.ts';
import { formatClock } from '../../domain/round-clock.ts';
import { formatDuration } from '../../presentation/narration-text.ts';

/**
 * What the narration coach says before it has figures (the recording still running, an error, the
 * model listening), or null once `ready`. Shared by the coding round's coach and the practice one.
 */
export function coachPending(input: {
  finished: boolean;
  error: string | null;
  progress: number | null;
  ready: boolean;
}): ReactNode | null {
  if (!input.finished) return <p className="muted">The narration coach listens once the recording has stopped.</p>;
  if (input.error)
    return (
      <p role="alert" className="error">
        {input.error}
      </p>
    );
  if (!input.ready)
    return (
      <p role="status" aria-label="Narration coach">
        Listening for speech… {input.progress === null ? '' : `${Math.round(input.progress * 100)}%`}
      </p>
    );
  return null;
}

/** The two figures every coach gives: share spoken and the longest silence (list items). */
export function SpokenAndSilence(props: {
  spokenShare: number;
  spokenMs: number;
  recordedMs: number;
  longestSilence: Stretch | null;
}) {
  const longest = props.longestSilence;
  return (
    <>
      <li>
        Spoken: {Math.round(props.spokenShare * 100)}% of the recorded time ({formatDuration(props.spokenMs)} of{' '}
        {formatDuration(props.recordedMs)})
      </li>
      <li>
        Longest silence:{' '}
        {longest
          ? `${formatDuration(longest.endMs - longest.startMs)}, ${formatClock(longest.startMs)}–${formatClock(longest.endMs)}`
          : 'none'}
      </li>
    </>
  );
}
