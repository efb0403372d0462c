// A full-loop simulation: its stages in order, the next one to start, the break between rounds and,
// at the end, the summary with each round's review. Every state is derived from stored timestamps.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { loopSummary, nextStep, stageStates, type StageState } from '../../domain/full-loop.ts';
import type { LoopStage } from '../../domain/loop-records.ts';
import { formatClock } from '../../domain/round-clock.ts';
import { sectionLabel } from '../../domain/round-template.ts';
import { getDb } from '../../storage/db.ts';
import { loadLoop, markLoopFinished, skipBreak } from '../../storage/loops-repo.ts';
import { reviewPath, stagePath, startNextStage } from './loop-actions.ts';
import { useNow } from './use-now.ts';

const minutes = (ms: number) => `${Math.round(ms / 60_000)} min`;

function StageLine({ stage, state }: { stage: LoopStage; state: StageState }) {
  const label = `${sectionLabel(stage)} · ${stage.minutes} min`;
  switch (state.status) {
    case 'pending':
      return <>{label} — not started</>;
    case 'running':
      return (
        <>
          {label} — in progress ·{' '}
          <Link to={stagePath(stage.kind, state.refId)}>Go to the {sectionLabel(stage)} round</Link>
        </>
      );
    case 'done':
      return (
        <>
          {label} — done in {minutes(state.endedAt - state.startedAt)} ·{' '}
          <Link to={reviewPath(stage.kind, state.refId)}>Review: {sectionLabel(stage)}</Link>
        </>
      );
    case 'break':
      return <>{label} — now</>;
    case 'break-over':
      return <>{label} — over</>;
  }
}

export function LoopView({ loopId }: { loopId: string }) {
  const loaded = useLiveQuery(() => loadLoop(getDb(), loopId), [loopId], null);
  const now = useNow();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const states = loaded ? stageStates(loaded.loop, loaded.ends, now) : [];
  const step = loaded ? nextStep(states) : null;
  const finishedUnrecorded = step?.kind === 'finished' && loaded?.loop.endedAt === undefined;

  useEffect(() => {
    if (finishedUnrecorded) void markLoopFinished(getDb(), loopId, Date.now());
  }, [finishedUnrecorded, loopId]);

  if (loaded === null) return <p aria-busy="true">Loading the loop…</p>;
  if (loaded === undefined) {
    return (
      <>
        <h1>Loop not found</h1>
        <p>This loop is not in this browser’s history.</p>
        <Link to="/rounds">Choose a round</Link>
      </>
    );
  }
  const { loop } = loaded;
  const nextStage = step?.kind === 'start' ? loop.stages[step.index]! : null;

  async function startNext() {
    setBusy(true);
    setError(null);
    const result = await startNextStage(loopId);
    if ('error' in result) {
      setError(result.error);
      setBusy(false);
    } else navigate(result.path);
  }

  return (
    <>
      <h1>{loop.name ?? 'Full loop'}</h1>
      <p className="lead">
        Each round runs on its own page with its own clock and review; come back here between rounds.
      </p>
      <ol className="loop-stages" aria-label="Stages">
        {loop.stages.map((stage, i) => (
          <li key={i} aria-current={step && 'index' in step && step.index === i ? 'step' : undefined}>
            <StageLine stage={stage} state={states[i]!} />
          </li>
        ))}
      </ol>
      {error ? <p role="alert">{error}</p> : null}
      {nextStage ? (
        <button type="button" className="primary" disabled={busy} onClick={() => void startNext()}>
          Next round: {sectionLabel(nextStage)} · {nextStage.minutes} min
        </button>
      ) : null}
      {step?.kind === 'running' ? (
        <p>
          <Link to={stagePath(loop.stages[step.index]!.kind, step.refId)}>Back to the round in progress</Link>
        </p>
      ) : null}
      {step?.kind === 'break' ? (
        <section aria-labelledby="break-title" className="loop-break">
          <h2 id="break-title">Break</h2>
          <p>Stand up, drink some water, and let the last round go. The next one starts when you are ready.</p>
          <div role="timer" aria-label="Break time left" className="round-timer">
            {formatClock(step.endsAt - now)}
          </div>
          <button type="button" onClick={() => void skipBreak(getDb(), loopId, Date.now())}>
            Skip break
          </button>
        </section>
      ) : null}
      {step?.kind === 'finished' ? (
        <section aria-labelledby="summary-title">
          <h2 id="summary-title">Loop summary</h2>
          <p>
            Finished in {minutes(step.endedAt - loop.startedAt)}, from the loop’s start to the end of its last round.
            Review each round while it is fresh, and file the moment you lost control in the gap log.
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Round</th>
                <th scope="col">Time used</th>
                <th scope="col">Review</th>
              </tr>
            </thead>
            <tbody>
              {loopSummary(loop, states, loaded.completed).map((s) => (
                <tr key={s.index}>
                  <td>{sectionLabel(s.stage)}</td>
                  <td>
                    {minutes(s.usedMs)} of {minutes(s.allowedMs)}
                    {s.counts ? null : (
                      <span className="muted"> · ended early, so it does not count towards readiness</span>
                    )}
                  </td>
                  <td>
                    <Link to={reviewPath(s.stage.kind, s.refId)}>Review: {sectionLabel(s.stage)}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
