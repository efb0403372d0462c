import { Link, Navigate, useParams } from 'react-router';
import { BACK_TO_PROBLEMS } from '../../presentation/labels.ts';
import { ReviewView } from '../../features/review/review-view.tsx';
import { ReviewAudio } from '../../features/think-aloud/review-audio.tsx';
import { DeleteRound } from '../../features/think-aloud/delete-round.tsx';
import { SketchReplay } from '../../features/whiteboard/sketch-replay.tsx';
import { sketchBoardId } from '../../storage/storage-keys.ts';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTitle } from '../../components/use-title.ts';
import { problemTitle } from '../../data/problem-bank.ts';
import { getDb } from '../../storage/db.ts';

export function ReviewRoute() {
  const { roundId } = useParams();
  // null once the round is known to be missing: the review then says so with its own way on, and this
  // page adds no second link.
  const problemIds = useLiveQuery(async () => (await getDb().rounds.get(roundId ?? ''))?.problemIds ?? null, [roundId]);
  // A gap entry from a fundamentals round names the session: its review is the session's.
  const isSession = useLiveQuery(
    async () => (problemIds === null ? (await getDb().sessions.get(roundId ?? '')) !== undefined : false),
    [roundId, problemIds],
  );
  useTitle(problemIds?.map(problemTitle).join(', '), 'Review');
  if (!roundId) return null;
  if (isSession) return <Navigate to={`/session/${roundId}/review`} replace />;
  return (
    <main className="page">
      <ReviewView
        roundId={roundId}
        besideReplay={(link) => <ReviewAudio roundId={roundId} link={link} />}
        sketchReplay={(link) => <SketchReplay boardId={sketchBoardId(roundId)} link={link} />}
      />
      {problemIds === null ? null : (
        <>
          <DeleteRound roundId={roundId} />
          <p>
            <Link to="/">{BACK_TO_PROBLEMS}</Link>
          </p>
        </>
      )}
    </main>
  );
}
