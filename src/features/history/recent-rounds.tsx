import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import type { SessionRecord } from '../../domain/loop-records.ts';
import { sessionLabel } from '../../domain/practice-round-lifecycle.ts';
import { problemTitle } from '../../data/problem-bank.ts';
import { getDb, type RoundRecord } from '../../storage/db.ts';
import { listRounds } from '../../storage/rounds-repo.ts';
import { listRecentSessions } from '../../storage/practice-rounds-repo.ts';

const titleOf = problemTitle;
const SHOWN = 10;

type Entry = { kind: 'round'; record: RoundRecord } | { kind: 'session'; record: SessionRecord };

/** The latest coding rounds and sessions together, newest first. */
async function recentEntries(): Promise<Entry[]> {
  const db = getDb();
  const [rounds, sessions] = await Promise.all([listRounds(db, SHOWN), listRecentSessions(db, SHOWN)]);
  const entries: Entry[] = [...rounds.map((record) => ({ kind: 'round' as const, record })), ...sessions.map((record) => ({ kind: 'session' as const, record }))];
  return entries.sort((a, b) => b.record.startedAt - a.record.startedAt).slice(0, SHOWN);
}

/** The latest rounds of every kind: resume one in progress, or open the review of a finished one. */
export function RecentRounds() {
  const entries = useLiveQuery(recentEntries, []);
  if (!entries || entries.length === 0) return null;
  return (
    <section aria-labelledby="recent-rounds" className="recent-rounds">
      <h2 id="recent-rounds">Recent rounds</h2>
      <ul>
        {entries.map(({ kind, record }) => {
          const base = kind === 'round' ? `/round/${record.id}` : `/session/${record.id}`;
          const review = kind === 'round' ? `/review/${record.id}` : `/session/${record.id}/review`;
          return (
            <li key={`${kind}-${record.id}`}>
              <time dateTime={new Date(record.startedAt).toISOString()}>{new Date(record.startedAt).toLocaleString()}</time>{' '}
              {kind === 'round' ? record.problemIds.map(titleOf).join(', ') : sessionLabel(record)} · {Math.round(record.durationMs / 60_000)} min ·{' '}
              {record.endedAt === undefined ? <Link to={base}>Resume round</Link> : <Link to={review}>Review</Link>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
