// The clocks and the end control every session shows. Times are computed from timestamps.
import type { ReactNode } from 'react';
import { EndRoundControl } from '../../components/end-round-control.tsx';
import { clockTone } from '../../components/clock-tone.ts';
import { TimeWarningAlert } from '../../components/time-warning-alert.tsx';
import { formatClock, remainingMs } from '../../domain/round-clock.ts';
import { useSessionStore } from '../../stores/practice-round-store.ts';

/** "mm:ss" while time is left, "+mm:ss over" after. */
function overClock(ms: number): string {
  return ms >= 0 ? formatClock(ms) : `+${formatClock(-ms)} over`;
}

/** A countdown that may run past zero (a question or a step): the overrun shows, nothing blocks. */
export function Countdown({ label, remaining }: { label: string; remaining: number }) {
  return (
    <div role="timer" aria-label={label} className={`round-timer ${remaining < 0 ? 'danger' : ''}`}>
      {overClock(remaining)}
    </div>
  );
}

/** The round's own clock, named like the coding round's; it stops at zero and ends the session. */
function SessionTimer() {
  const session = useSessionStore((s) => s.session);
  const now = useSessionStore((s) => s.now);
  if (!session) return null;
  const left = remainingMs(session, session.endedAt ?? now);
  const tone = clockTone(left, session.durationMs);
  return (
    <div role="timer" aria-label="Time remaining" className={`round-timer ${tone}`}>
      {formatClock(left)}
    </div>
  );
}

/** "10 minutes left" / "5 minutes left", as in the coding round: given once, dismissible. */
function SessionTimeWarning() {
  const warning = useSessionStore((s) => s.warning);
  const dismiss = useSessionStore((s) => s.dismissWarning);
  return <TimeWarningAlert minutes={warning} onDismiss={dismiss} />;
}

/** End round, after a confirmation, as in the coding round: a mis-click should not end a mock. */
function EndSessionButton() {
  const active = useSessionStore((s) => s.phase === 'active');
  const end = useSessionStore((s) => s.end);
  if (!active) return null;
  return (
    <EndRoundControl
      onEnd={() => void end('ended-early')}
      note="End the round now? Everything so far is saved and the review opens."
    />
  );
}

/** Finish, on the last question or step: the round ends as finished, not "ended early". */
export function FinishButton({ disabled = false }: { disabled?: boolean }) {
  const end = useSessionStore((s) => s.end);
  return (
    <button type="button" className="primary" disabled={disabled} onClick={() => void end('finished')}>
      Finish
    </button>
  );
}

/**
 * The bar every practice round shows: its title, where it stands, the clock, End round, the warnings,
 * and (when the page composes one) the think-aloud recording bar.
 */
export function SessionBar({
  title,
  progress,
  recording,
}: {
  title: string;
  progress?: string;
  recording?: ReactNode;
}) {
  return (
    <>
      <div className="round-bar">
        <h1 className="round-title">{title}</h1>
        {progress ? <span className="muted">{progress}</span> : null}
        <SessionTimer />
        <EndSessionButton />
      </div>
      {recording}
      <SessionTimeWarning />
    </>
  );
}
