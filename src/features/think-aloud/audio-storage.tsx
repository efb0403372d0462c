import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { problemTitle } from '../../data/problem-bank.ts';
import { deleteAudio, listRecordings } from '../../storage/audio-repo.ts';
import { SESSION_KIND_NAMES } from '../../domain/practice-round-lifecycle.ts';
import type { SessionRecord } from '../../domain/loop-records.ts';
import { getDb, type RoundRecord, type StoryDrillRecord } from '../../storage/db.ts';
import { write } from '../../storage/storage-health.ts';
import { formatBytes } from './format-bytes.ts';
import { formatDuration } from '../../presentation/narration-text.ts';

/** What a recording was of, and where its review is. */
function owner(
  round: RoundRecord | undefined,
  session: SessionRecord | undefined,
  drill: StoryDrillRecord | undefined,
): { what?: string; href?: string } {
  if (round) return { what: round.problemIds.map(problemTitle).join(', '), href: `/review/${round.id}` };
  if (session) return { what: SESSION_KIND_NAMES[session.kind], href: `/session/${session.id}/review` };
  if (drill) return { what: 'Story telling', href: `/stories/${drill.storyId}/drill` };
  return {};
}

/** Your data: the think-aloud audio kept per round, its size, and Delete audio (the round stays). */
export function AudioStorage() {
  const rows = useLiveQuery(
    async () => {
      try {
        const db = getDb();
        const recordings = await listRecordings(db);
        const ids = recordings.map((r) => r.roundId);
        // A recording belongs to a coding round, a practice round or a story telling.
        const [rounds, sessions, drills] = await Promise.all([
          db.rounds.bulkGet(ids),
          db.sessions.bulkGet(ids),
          db.storyDrills.bulkGet(ids),
        ]);
        return recordings.map((recording, i) => ({ recording, ...owner(rounds[i], sessions[i], drills[i]) }));
      } catch {
        // Storage refused or broken: the page's storage warning says so; this section says nothing.
        return null;
      }
    },
    [],
    null,
  );
  if (!rows) return null;
  const total = rows.reduce((sum, r) => sum + r.recording.bytes, 0);
  return (
    <section aria-labelledby="audio-title">
      <h2 id="audio-title">Think-aloud audio</h2>
      {rows.length === 0 ? (
        <p className="muted">No recorded rounds. Tick Record my thinking aloud when you start a round.</p>
      ) : (
        <>
          <p>
            {formatBytes(total)} of audio in {rows.length} {rows.length === 1 ? 'round' : 'rounds'}, kept in this
            browser only. Deleting a round’s audio keeps the round, its code and its gap entries.
          </p>
          <ul aria-label="Recorded rounds" className="audio-rounds">
            {rows.map(({ recording, what, href }) => {
              const when = new Date(recording.startedAt).toLocaleString();
              const name = what ? `${what}, ${when}` : `A recording of ${when}`;
              return (
                <li key={recording.roundId}>
                  {href ? <Link to={href}>{name}</Link> : name} ·{' '}
                  {recording.endedAt !== undefined
                    ? formatDuration(recording.endedAt - recording.startedAt)
                    : 'unfinished'}{' '}
                  · {formatBytes(recording.bytes)}{' '}
                  <button
                    type="button"
                    aria-label={`Delete audio of ${name}`}
                    onClick={() => void write((db) => deleteAudio(db, recording.roundId))}
                  >
                    Delete audio
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
