import { useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { onStorageProblem, storageProblem } from '../../storage/storage-health.ts';

const TEXT = {
  blocked: 'This browser will not let Mockloop store anything (private browsing, or site data turned off).',
  full: 'This browser’s storage for Mockloop is full.',
};

/** Says, on every page, that work is being kept in memory only, and how to keep it. */
export function StorageWarning() {
  const problem = useSyncExternalStore(onStorageProblem, storageProblem);
  if (!problem) return null;
  return (
    <p role="alert" className="storage-warning">
      {TEXT[problem.kind]} Your work carries on and is kept in this tab’s memory until you close it:{' '}
      <Link to="/data">export a backup</Link> to keep it.
    </p>
  );
}
