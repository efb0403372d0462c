import { useRunnerStore } from '../../stores/runner-store.ts';

const LABELS = {
  loading: 'Loading Python…',
  restarting: 'Restarting Python…',
  ready: 'Python ready',
  failed: 'Python unavailable',
} as const;

/** The runtime's state, announced politely as it changes. */
export function RuntimeStatus() {
  const status = useRunnerStore((s) => s.status);
  return (
    <div role="status" className={`runtime-status runtime-${status.state}`} title={status.message ?? status.pythonVersion}>
      <span className="dot" aria-hidden="true" />
      {LABELS[status.state]}
      {status.state === 'failed' && status.message ? `: ${status.message}` : ''}
    </div>
  );
}
