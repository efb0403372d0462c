import { useState } from 'react';
import { useNavigate } from 'react-router';
import { getDb } from '../../storage/db.ts';
import { deleteRound } from '../../storage/round-delete.ts';
import { write } from '../../storage/storage-health.ts';
import { stopRecording } from './recorder.ts';

/** Delete this round, its code and its think-aloud audio, after a second click that says so. */
export function DeleteRound({ roundId }: { roundId: string }) {
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function remove() {
    try {
      await stopRecording(roundId);
      await write((db) => deleteRound(db, roundId), getDb);
      navigate('/');
    } catch (err) {
      setError(
        `The round could not be deleted: ${err instanceof Error ? err.message : String(err)}. Nothing was lost.`,
      );
    }
  }
  return (
    <section aria-label="Delete this round" className="delete-round">
      {asking ? (
        <p>
          Delete this round, its code, timeline and any recorded audio? Gap entries you filed from it stay in the gap
          log.{' '}
          <button type="button" className="danger" onClick={() => void remove()}>
            Yes, delete the round
          </button>{' '}
          <button type="button" onClick={() => setAsking(false)}>
            Keep it
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          Delete this round
        </button>
      )}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
