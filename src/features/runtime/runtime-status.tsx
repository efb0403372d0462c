import { useOfflineStore } from '../../stores/offline-store.ts';
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
    <div
      role="status"
      className={`runtime-status runtime-${status.state}`}
      title={status.message ?? status.pythonVersion}
    >
      <span className="dot" aria-hidden="true" />
      {LABELS[status.state]}
      {status.state === 'failed' && status.message ? `: ${status.message}` : ''}
    </div>
  );
}

const OFFLINE_LABELS = {
  unavailable: null,
  installing: 'Saving for offline use…',
  ready: 'Available offline',
} as const;

/** Whether the app would start with the network off (production builds with a service worker). */
export function OfflineStatus() {
  const { state, message } = useOfflineStore();
  const label = OFFLINE_LABELS[state];
  if (!label) return null;
  return (
    <div
      role="status"
      className={`offline-status offline-${state}`}
      title={message ?? 'The app, the editor and Python are cached in this browser.'}
    >
      {label}
    </div>
  );
}
