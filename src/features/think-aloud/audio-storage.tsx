import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { problemTitle } from '../../data/problem-bank.ts';
import { deleteAudio, listRecordings } from '../../storage/audio-repo.ts';
import { getDb } from '../../storage/db.ts';
import { write } from '../../storage/storage-health.ts';
import { formatBytes } from './format-bytes.ts';
import { formatDuration } from '../../presentation/narration-text.ts';

/** Your data: the think-aloud audio kept per round, its size, and Delete audio (the round stays). */
export function AudioStorage() {
  const rows = useLiveQuery(
    async () => {
      try {
        const db = getDb();
        const recordings = await listRecordings(db);
        const rounds = await db.rounds.bulkGet(recordings.map((r) => r.roundId));
        return recordings.map((recording, i) => ({ recording, round: rounds[i] }));
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
            {rows.map(({ recording, round }) => {
              const name = round
                ? `${round.problemIds.map(problemTitle).join(', ')}, ${new Date(recording.startedAt).toLocaleString()}`
                : `A recording of ${new Date(recording.startedAt).toLocaleString()}`;
              return (
                <li key={recording.roundId}>
                  {round ? <Link to={`/review/${recording.roundId}`}>{name}</Link> : name} ·{' '}
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
