import { useLiveQuery } from 'dexie-react-hooks';
import { problemTitle } from '../../lib/problem-bank.ts';
import { formatClock } from '../../domain/round-clock.ts';
import { lastCode, latestVerdicts, type TimelineEvent } from '../../domain/timeline.ts';
import { getDb } from '../../storage/db.ts';
import { loadRound } from '../../storage/rounds-repo.ts';

const titleOf = problemTitle;
const RATING_LABEL = { clear: 'clear', partial: 'partial', lost: 'lost it' } as const;

function describe(e: TimelineEvent): string | null {
  switch (e.type) {
    case 'round-started':
      return `Round started (${Math.round(e.durationMs / 60_000)} min, assists ${e.assists})`;
    case 'run':
      return `${e.kind === 'run' ? 'Run' : 'Submit'} · ${titleOf(e.problemId)}`;
    case 'verdict':
      return `${e.summary.kind === 'run' ? 'Run' : 'Submit'} result: ${e.summary.passed}/${e.summary.total} passed${e.summary.firstFailure ? ` (first failure: ${e.summary.firstFailure.name}, ${e.summary.firstFailure.status})` : ''}`;
    case 'warning':
      return `${e.minutesLeft} minutes left`;
    case 'round-ended':
      return e.reason === 'time-up' ? 'Time up' : 'Ended early';
    case 'interruption-asked':
      return `Interviewer asked: “${e.question}”`;
    case 'interruption-answered':
      return `Answered ${e.aloud ? 'aloud' : 'in writing'} after ${(e.latencyMs / 1000).toFixed(0)} s${e.answer ? `: “${e.answer}”` : ''}${e.rating ? ` (self-rating: ${RATING_LABEL[e.rating]})` : ''}`;
    case 'code-snapshot':
      return null;
  }
}

/** What happened in a round: final verdicts, final code, and the timeline. */
export function ReviewView({ roundId }: { roundId: string }) {
  const loaded = useLiveQuery(() => loadRound(getDb(), roundId), [roundId], null);
  if (loaded === null) return <p aria-busy="true">Loading…</p>;
  if (!loaded) return <h1>Round not found</h1>;
  const { round, events, drafts } = loaded;
  const verdicts = latestVerdicts(events);
  const code = { ...lastCode(events), ...drafts };
  return (
    <article aria-labelledby="review-title">
      <h1 id="review-title">Review: {round.problemIds.map(titleOf).join(', ')}</h1>
      <p className="muted">
        {new Date(round.startedAt).toLocaleString()} · {Math.round(round.durationMs / 60_000)} min ·{' '}
        {round.endedAt === undefined ? 'in progress' : round.endReason === 'time-up' ? 'time ran out' : 'ended early'}
      </p>
      {round.problemIds.map((pid) => (
        <section key={pid} aria-label={`Result for ${titleOf(pid)}`}>
          <h2>{titleOf(pid)}</h2>
          <p>
            Last run: {verdicts[pid]?.run ? `${verdicts[pid].run.passed}/${verdicts[pid].run.total}` : 'none'} · Last submit:{' '}
            {verdicts[pid]?.submit ? `${verdicts[pid].submit.passed}/${verdicts[pid].submit.total}${verdicts[pid].submit.status === 'accepted' ? ' (accepted)' : ''}` : 'none'}
          </p>
          <pre className="code-view" aria-label={`Final code for ${titleOf(pid)}`}>{code[pid] ?? ''}</pre>
        </section>
      ))}
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        <ol className="timeline">
          {events.map((e, i) => {
            const text = describe(e);
            return text ? (
              <li key={i}>
                <span className="muted">{formatClock(e.at - round.startedAt)}</span> {text}
              </li>
            ) : null;
          })}
        </ol>
      </section>
    </article>
  );
}
