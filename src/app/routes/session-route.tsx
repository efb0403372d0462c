import { useEffect } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { BehavioralRound } from '../../features/sessions/behavioral-round.tsx';
import { DesignRound } from '../../features/sessions/design-round.tsx';
import { FundamentalsRound } from '../../features/sessions/fundamentals-round.tsx';
import { useSessionTicker } from '../../features/sessions/use-session-ticker.ts';
import { useSessionStore } from '../../stores/session-store.ts';

/** A fundamentals, design or behavioral round in progress; once it ends, its review. */
export function SessionRoute() {
  const { sessionId } = useParams();
  const phase = useSessionStore((s) => s.phase);
  const session = useSessionStore((s) => s.session);

  useEffect(() => {
    if (sessionId) void useSessionStore.getState().open(sessionId);
  }, [sessionId]);
  useSessionTicker();

  if (phase === 'missing') {
    return (
      <main className="page narrow">
        <h1>Round not found</h1>
        <p>This round is not in this browser's history. Rounds are stored on the device where they were played.</p>
        <Link to="/practice">Start a practice round</Link>
      </main>
    );
  }
  if (!session || session.id !== sessionId || phase === 'idle' || phase === 'loading') {
    return <main className="page narrow" aria-busy="true">Loading round…</main>;
  }
  if (phase === 'ended') return <Navigate to={`/session/${session.id}/review`} replace />;
  if (session.kind === 'fundamentals') return <FundamentalsRound session={session} />;
  if (session.kind === 'design') return <DesignRound session={session} />;
  return <BehavioralRound session={session} />;
}
