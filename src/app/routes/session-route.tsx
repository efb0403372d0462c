import { useEffect } from 'react';
import { Navigate, useParams } from 'react-router';
import { BehavioralRound } from '../../features/practice/behavioral-round.tsx';
import { DesignRound } from '../../features/practice/design-round.tsx';
import { FundamentalsRound } from '../../features/practice/fundamentals-round.tsx';
import { RecordingBar } from '../../features/think-aloud/recording-bar.tsx';
import { Whiteboard } from '../../features/whiteboard/whiteboard.tsx';
import { useSessionTicker } from '../../features/practice/use-session-ticker.ts';
import { useSessionStore } from '../../stores/practice-round-store.ts';
import { RoundNotFound } from '../../components/round-not-found.tsx';
import { useTitle } from '../../components/use-title.ts';
import { SESSION_KIND_NAMES } from '../../domain/practice-round-lifecycle.ts';

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

  if (phase === 'missing') {
    return (
      <main className="page narrow">
        <RoundNotFound to="/practice" label="Start a practice round" />
      </main>
    );
  }
  if (!session || session.id !== sessionId || phase === 'idle' || phase === 'loading') {
    return (
      <main className="page narrow" aria-busy="true">
        Loading round…
      </main>
    );
  }
  if (phase === 'ended') return <Navigate to={`/session/${session.id}/review`} replace />;
  // The think-aloud recording runs with the round and stops when it ends (or the tab closes).
  const recording = <RecordingBar roundId={session.id} ended={session.endedAt !== undefined} />;
  if (session.kind === 'fundamentals') return <FundamentalsRound session={session} recording={recording} />;
  if (session.kind === 'design')
    return <DesignRound session={session} board={<Whiteboard sessionId={session.id} />} recording={recording} />;
  return <BehavioralRound session={session} recording={recording} />;
}
