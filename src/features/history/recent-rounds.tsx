import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { problemTitle } from '../../lib/problem-bank.ts';
import { getDb } from '../../storage/db.ts';
import { listRounds } from '../../storage/rounds-repo.ts';

const titleOf = problemTitle;

/** The latest rounds: resume one in progress, or open the review of a finished one. */
export function RecentRounds() {
  const rounds = useLiveQuery(() => listRounds(getDb(), 10), []);
  if (!rounds || rounds.length === 0) return null;
  return (
    <section aria-labelledby="recent-rounds" className="recent-rounds">
      <h2 id="recent-rounds">Recent rounds</h2>
      <ul>
        {rounds.map((r) => (
          <li key={r.id}>
            <time dateTime={new Date(r.startedAt).toISOString()}>{new Date(r.startedAt).toLocaleString()}</time>{' '}
            {r.problemIds.map(titleOf).join(', ')} · {Math.round(r.durationMs / 60_000)} min ·{' '}
            {r.endedAt === undefined ? (
              <Link to={`/round/${r.id}`}>Resume round</Link>
            ) : (
              <Link to={`/review/${r.id}`}>Review</Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
