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
import { BankMissing, usePracticeBank } from '../../components/practice-bank.tsx';
import { RoundNotFound } from '../../components/round-not-found.tsx';
import type { PracticeBanks } from '../../data/practice-banks.ts';
import { useTitle } from '../../components/use-title.ts';

/** Every bank's exports: the one loaded for a round has those of its kind. */
type Banks = PracticeBanks['fundamentals'] & PracticeBanks['design'] & PracticeBanks['behavioral'];

/** The review of a fundamentals, design or behavioral round. */
export function SessionReviewRoute() {
  const { sessionId } = useParams();
  const session = useLiveQuery(() => getSession(getDb(), sessionId ?? ''), [sessionId], null);
  useTitle(session ? SESSION_KIND_NAMES[session.kind] : undefined, 'Review');
  const bank = usePracticeBank(session ? session.kind : undefined);
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
  const ready = bank.status === 'ready' ? (bank.bank as Partial<Banks>) : undefined;
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
      {bank.status === 'missing' ? <BankMissing message={bank.message} retry={bank.retry} /> : null}
      {bank.status === 'loading' ? <p aria-busy="true">Loading the questions…</p> : null}
      {session.kind === 'fundamentals' && ready?.fundamentalsQuestion ? (
        <FundamentalsReview session={session} question={ready.fundamentalsQuestion} />
      ) : null}
      {session.kind === 'design' && ready?.designPrompt ? (
        <DesignReview session={session} prompt={ready.designPrompt(session.promptId)} />
      ) : null}
      {session.kind === 'design' ? <DesignBoardReview session={session} /> : null}
      {session.kind === 'behavioral' && ready?.behavioralQuestion ? (
        <BehavioralReview session={session} question={ready.behavioralQuestion} />
      ) : null}
      <p>
        <Link to="/practice">Practice another round</Link> · <Link to="/">Home</Link>
      </p>
    </main>
  );
}
