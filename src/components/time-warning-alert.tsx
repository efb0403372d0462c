// The "N minutes left" alert every timed round gives at its warning marks.

/** Announced to screen readers (role="alert"), dismissible; renders nothing when no warning is due. */
export function TimeWarningAlert({ minutes, onDismiss }: { minutes: number | null; onDismiss: () => void }) {
  if (minutes === null) return null;
  return (
    <div role="alert" className="time-warning">
      {minutes} minutes left.{' '}
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
