import { useEffect } from 'react';
import { Navigate, useParams } from 'react-router';
import { BehavioralRound } from '../../features/practice/behavioral-round.tsx';
import { DesignRound } from '../../features/practice/design-round.tsx';
import { FundamentalsRound } from '../../features/practice/fundamentals-round.tsx';
import { RecordingBar } from '../../features/think-aloud/recording-bar.tsx';
import { Whiteboard } from '../../features/whiteboard/whiteboard.tsx';
import { useSessionTicker } from '../../features/practice/use-session-ticker.ts';
import { useSessionStore } from '../../stores/practice-round-store.ts';
import { BankMissing, usePracticeBank } from '../../components/practice-bank.tsx';
import { RoundNotFound } from '../../components/round-not-found.tsx';
import { useTitle } from '../../components/use-title.ts';
import { SESSION_KIND_NAMES } from '../../domain/practice-round-lifecycle.ts';
import type { PracticeBanks } from '../../data/practice-banks.ts';

/** Every bank's exports: the one loaded for a round has those of its kind. */
type Banks = PracticeBanks['fundamentals'] & PracticeBanks['design'] & PracticeBanks['behavioral'];

/** A fundamentals, design or behavioral round in progress; once it ends, its review. */
export function SessionRoute() {
  const { sessionId } = useParams();
  const phase = useSessionStore((s) => s.phase);
  const session = useSessionStore((s) => s.session);
  useTitle(session ? SESSION_KIND_NAMES[session.kind] : undefined, 'Practice round');

  useEffect(() => {
    if (sessionId) void useSessionStore.getState().open(sessionId);
  }, [sessionId]);
  useSessionTicker();
  // The round's bank loads on demand; starting the round loaded it already, a reload loads it now.
  const bank = usePracticeBank(session?.id === sessionId ? session?.kind : undefined);

  if (phase === 'missing') {
    return (
      <main className="page narrow">
        <RoundNotFound to="/practice" label="Start a practice round" />
      </main>
    );
  }
  if (phase !== 'ended' && bank.status === 'missing')
    return (
      <main className="page narrow">
        <h1>{session ? SESSION_KIND_NAMES[session.kind] : 'Practice round'}</h1>
        <BankMissing message={bank.message} retry={bank.retry} />
      </main>
    );
  if (!session || session.id !== sessionId || phase === 'idle' || phase === 'loading' || bank.status !== 'ready') {
    return (
      <main className="page narrow" aria-busy="true">
        Loading round…
      </main>
    );
  }
  if (phase === 'ended') return <Navigate to={`/session/${session.id}/review`} replace />;
  // The think-aloud recording runs with the round and stops when it ends (or the tab closes).
  const recording = <RecordingBar roundId={session.id} ended={session.endedAt !== undefined} />;
  const { fundamentalsQuestion, designPrompt, behavioralQuestion } = bank.bank as Partial<Banks>;
  if (session.kind === 'fundamentals' && fundamentalsQuestion)
    return <FundamentalsRound session={session} recording={recording} question={fundamentalsQuestion} />;
  if (session.kind === 'design' && designPrompt)
    return (
      <DesignRound
        session={session}
        board={<Whiteboard sessionId={session.id} />}
        recording={recording}
        prompt={designPrompt(session.promptId)}
      />
    );
  if (session.kind === 'behavioral' && behavioralQuestion)
    return <BehavioralRound session={session} recording={recording} question={behavioralQuestion} />;
  return null;
}
