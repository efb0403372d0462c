// One click from a finished round or session back to the loop it belongs to, naming what comes next.
// Renders nothing for a round that is not part of a loop.
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { whatComesNext } from '../../domain/full-loop.ts';
import { getDb } from '../../storage/db.ts';
import { findLoopOf } from '../../storage/loops-repo.ts';
import { loopPath } from './loop-actions.ts';

export function LoopReturnLink({ refId }: { refId: string }) {
  const loop = useLiveQuery(() => findLoopOf(getDb(), refId), [refId]);
  if (!loop) return null;
  return (
    <p className="loop-return">
      <Link to={loopPath(loop.id)}>Back to the loop — next: {whatComesNext(loop, refId)}</Link>
    </p>
  );
}
