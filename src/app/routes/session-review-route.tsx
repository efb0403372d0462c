import { useLiveQuery } from 'dexie-react-hooks';
import { SESSION_END_LABEL } from '../../presentation/labels.ts';
import { Link, useParams } from 'react-router';
import { LoopReturnLink } from '../../features/loops/loop-return-link.tsx';
import { BehavioralReview } from '../../features/practice/behavioral-review.tsx';
import { DesignReview } from '../../features/practice/design-review.tsx';
import { DesignBoardReview } from './design-board-review.tsx';
import { FundamentalsReview } from '../../features/practice/fundamentals-review.tsx';
import { PracticeAudio } from '../../features/think-aloud/practice-audio.tsx';
import { sessionAnswers, sessionJumpPoints } from '../../domain/recording-marks.ts';
import { SESSION_KIND_NAMES } from '../../domain/practice-round-lifecycle.ts';
import { getDb } from '../../storage/db.ts';
import { getSession } from '../../storage/practice-rounds-repo.ts';
import { RoundNotFound } from '../../components/round-not-found.tsx';
import { useTitle } from '../../components/use-title.ts';

/** The review of a fundamentals, design or behavioral round. */
export function SessionReviewRoute() {
  const { sessionId } = useParams();
  const session = useLiveQuery(() => getSession(getDb(), sessionId ?? ''), [sessionId], null);
  useTitle(session ? SESSION_KIND_NAMES[session.kind] : undefined, 'Review');
  if (session === null)
    return (
      <main className="page" aria-busy="true">
        Loading…
      </main>
    );
  if (!session) {
    return (
      <main className="page narrow">
        <RoundNotFound to="/practice" label="Start a practice round" />
      </main>
    );
  }
  const title =
    session.kind === 'design'
      ? `${SESSION_KIND_NAMES.design}: ${session.promptTitle}`
      : SESSION_KIND_NAMES[session.kind];
  return (
    <main className="page session-review">
      <h1>Review: {title}</h1>
      <p className="muted">
        Started {new Date(session.startedAt).toLocaleString()} · {Math.round(session.durationMs / 60_000)} min ·{' '}
        {session.endedAt === undefined ? 'still running' : SESSION_END_LABEL[session.endReason ?? 'ended-early']}
      </p>
      {session.endedAt !== undefined ? <LoopReturnLink refId={session.id} /> : null}
      {session.endedAt === undefined ? (
        <p role="status">
          This round is still running. <Link to={`/session/${session.id}`}>Resume round</Link>
        </p>
      ) : null}
      {session.endedAt !== undefined ? (
        <PracticeAudio
          recordingId={session.id}
          points={sessionJumpPoints(session)}
          coach={
            session.kind === 'behavioral' ? { kind: 'answers', answers: sessionAnswers(session) } : { kind: 'silences' }
          }
          gap={{
            roundId: session.id,
            startedAt: session.startedAt,
            family: session.kind === 'behavioral' ? null : 'ml',
            tags: [session.kind],
          }}
        />
      ) : null}
      {session.kind === 'fundamentals' ? <FundamentalsReview session={session} /> : null}
      {session.kind === 'design' ? <DesignReview session={session} /> : null}
      {session.kind === 'design' ? <DesignBoardReview session={session} /> : null}
      {session.kind === 'behavioral' ? <BehavioralReview session={session} /> : null}
      <p>
        <Link to="/practice">Practice another round</Link> · <Link to="/">Home</Link>
      </p>
    </main>
  );
}
