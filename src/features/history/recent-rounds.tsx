import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import type { SessionRecord } from '../../domain/loop-records.ts';
import { sessionLabel } from '../../domain/practice-round-lifecycle.ts';
import { problemTitle } from '../../data/problem-bank.ts';
import { getDb, type RoundRecord } from '../../storage/db.ts';
import { listRounds } from '../../storage/rounds-repo.ts';
import { listRecentSessions } from '../../storage/practice-rounds-repo.ts';
import { ROUND_END_LABEL, SESSION_END_LABEL } from '../../presentation/labels.ts';

const titleOf = problemTitle;
const SHOWN = 10;

type Entry = { kind: 'round'; record: RoundRecord; accepted: number } | { kind: 'session'; record: SessionRecord };

/** The latest coding rounds (with how many problems were accepted on Submit) and sessions together, newest first. */
async function recentEntries(): Promise<Entry[]> {
  const db = getDb();
  const [rounds, sessions] = await Promise.all([listRounds(db, SHOWN), listRecentSessions(db, SHOWN)]);
  const withOutcome = await Promise.all(
    rounds.map(async (record) => {
      const verdicts = await db.events
        .where('roundId')
        .equals(record.id)
        .filter((e) => e.type === 'verdict')
        .toArray();
      const accepted = new Set(
        verdicts.flatMap((e) =>
          e.type === 'verdict' && e.summary.kind === 'submit' && e.summary.status === 'accepted' ? [e.problemId] : [],
        ),
      );
      return { kind: 'round' as const, record, accepted: accepted.size };
    }),
  );
  const entries: Entry[] = [...withOutcome, ...sessions.map((record) => ({ kind: 'session' as const, record }))];
  return entries.sort((a, b) => b.record.startedAt - a.record.startedAt).slice(0, SHOWN);
}

/** The outcome in words: "Accepted", "1 of 2 accepted", "Not accepted · time ran out", "Finished". */
function outcome(entry: Entry): string {
  if (entry.record.endedAt === undefined) return 'In progress';
  if (entry.kind === 'session')
    return SESSION_END_LABEL[entry.record.endReason ?? 'ended-early'].replace(/^./, (c) => c.toUpperCase());
  const n = entry.record.problemIds.length;
  const end = ROUND_END_LABEL[entry.record.endReason ?? 'ended-early'];
  if (entry.accepted === n) return n === 1 ? 'Accepted' : `All ${n} accepted`;
  return `${entry.accepted === 0 ? 'Not accepted' : `${entry.accepted} of ${n} accepted`} · ${end}`;
}

/** The latest rounds of every kind: resume one in progress, or open the review of a finished one. */
export function RecentRounds() {
  const entries = useLiveQuery(recentEntries, []);
  if (!entries || entries.length === 0) return null;
  return (
    <section aria-labelledby="recent-rounds" className="recent-rounds">
      <h2 id="recent-rounds">Recent rounds</h2>
      <ul>
        {entries.map((entry) => {
          const { kind, record } = entry;
          const base = kind === 'round' ? `/round/${record.id}` : `/session/${record.id}`;
          const review = kind === 'round' ? `/review/${record.id}` : `/session/${record.id}/review`;
          return (
            <li key={`${kind}-${record.id}`}>
              <time dateTime={new Date(record.startedAt).toISOString()}>
                {new Date(record.startedAt).toLocaleString()}
              </time>{' '}
              {kind === 'round' ? record.problemIds.map(titleOf).join(', ') : sessionLabel(record)} ·{' '}
              {Math.round(record.durationMs / 60_000)} min ·{' '}
              <strong
                className={`outcome outcome-${entry.kind === 'round' && entry.accepted === entry.record.problemIds.length ? 'accepted' : 'other'}`}
              >
                {outcome(entry)}
              </strong>{' '}
              · {record.endedAt === undefined ? <Link to={base}>Resume round</Link> : <Link to={review}>Review</Link>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
