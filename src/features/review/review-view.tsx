import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Problem } from '../../domain/problem-schema.ts';
import { frameIndexAt, replayFrames, withMoments, type ReplayLink } from '../../domain/replay.ts';
import { sketchBoardId } from '../../storage/storage-keys.ts';
import { formatClock } from '../../domain/round-clock.ts';
import { lastCode, latestVerdicts, type TimelineEvent } from '../../domain/timeline.ts';
import { loadProblem, problemTitle } from '../../data/problem-bank.ts';
import { boardChanges } from '../../storage/boards-repo.ts';
import { getDb } from '../../storage/db.ts';
import { gapsForRound } from '../../storage/gaps-repo.ts';
import { loadRound } from '../../storage/rounds-repo.ts';
import { PartnerFeedback } from './partner-feedback.tsx';
import { ReferenceDiff } from './reference-diff.tsx';
import { ReplayPanel } from './replay-panel.tsx';
import { SelfCritique } from './self-critique.tsx';
import { useReplay } from './use-replay.ts';
import { RoundNotFound } from '../../components/round-not-found.tsx';
import {
  BACK_TO_PROBLEMS,
  count,
  DECISION_LABEL,
  minutesLeftText,
  ROUND_END_LABEL,
  runSummaryText,
  verdictLine,
} from '../../presentation/labels.ts';

const titleOf = problemTitle;
const RATING_LABEL = { clear: 'clear', partial: 'partial', lost: 'lost it' } as const;

const ASSISTS_LABEL: Record<string, string> = { off: 'every assist off', relaxed: 'relaxed assists' };

/**
 * The timeline in words, one line per run: a Run or Submit shows once, with its verdict and counts
 * (the "run" event itself adds nothing). The problem is named only when the round has several.
 */
function describe(e: TimelineEvent, several: boolean): string | null {
  switch (e.type) {
    case 'round-started':
      return `Round started: ${count(Math.round(e.durationMs / 60_000), 'minute')}, ${ASSISTS_LABEL[e.assists] ?? e.assists}`;
    case 'run':
      return null;
    case 'verdict':
      return `${verdictLine(e.summary)}${several ? ` (${titleOf(e.problemId)})` : ''}${e.summary.followup ? ` · follow-up: ${e.summary.followup}` : ''}`;
    case 'warning':
      return minutesLeftText(e.minutesLeft);
    case 'round-ended':
      return e.reason === 'time-up' ? 'Time is up' : 'You ended the round early';
    case 'interruption-asked':
      return `Interviewer asked: “${e.question}”`;
    case 'interruption-answered':
      return `Answered ${e.aloud ? 'aloud' : 'in writing'} after ${(e.latencyMs / 1000).toFixed(0)} s${e.answer ? `: “${e.answer}”` : ''}${e.rating ? ` (self-rating: ${RATING_LABEL[e.rating]})` : ''}`;
    case 'hint-revealed':
      return `Interviewer revealed hint ${e.index + 1}: “${e.text}”`;
    case 'time-extended':
      return `Interviewer added ${count(e.minutes, 'minute')}`;
    case 'clock-paused':
      return 'Interviewer paused the clock';
    case 'clock-resumed':
      return `Interviewer resumed the clock (paused ${Math.round(e.pausedMs / 1000)} s)`;
    case 'partner-feedback':
      return `Interviewer sent feedback (${DECISION_LABEL[e.scorecard.decision].toLowerCase()})`;
    case 'interviewer-typing':
      return e.allowed ? 'You let the interviewer type' : 'You stopped the interviewer typing';
    case 'interviewer-drawing':
      return e.allowed ? 'You let the interviewer draw' : 'You stopped the interviewer drawing';
    case 'code-snapshot':
      return null;
  }
}

function useProblems(ids: readonly string[]): Record<string, Problem> {
  const [loaded, setLoaded] = useState<Record<string, Problem>>({});
  const key = ids.join(',');
  useEffect(() => {
    let live = true;
    void Promise.all(
      key
        .split(',')
        .filter(Boolean)
        .map(async (id) => [id, await loadProblem(id)] as const),
    ).then((pairs) => {
      if (live) setLoaded(Object.fromEntries(pairs.filter((p): p is [string, Problem] => p[1] !== undefined)));
    });
    return () => {
      live = false;
    };
  }, [key]);
  return loaded;
}

interface Props {
  roundId: string;
  /** Shown above the replay, sharing its position (the page composes it from another feature). */
  besideReplay?: (link: ReplayLink) => ReactNode;
  /**
   * The round's Sketch, on the code replay's clock (the page composes it from the whiteboard feature).
   * Shown only for a round with a sketch; each moment the board changed is a stop of the replay.
   */
  sketchReplay?: (link: ReplayLink) => ReactNode;
}

/** What happened in a round: verdicts, a replay of the code, the timeline, the reference, and self-critique. */
export function ReviewView({ roundId, besideReplay, sketchReplay }: Props) {
  const loaded = useLiveQuery(() => loadRound(getDb(), roundId), [roundId], null);
  const gaps = useLiveQuery(() => gapsForRound(getDb(), roundId), [roundId], []);
  const problems = useProblems(loaded?.round.problemIds ?? []);
  const [selected, setSelected] = useState<string | null>(null);
  const round = loaded?.round;
  const events = useMemo(() => loaded?.events ?? [], [loaded]);
  const pid = selected ?? round?.problemIds[0] ?? null;
  const problem = pid ? problems[pid] : undefined;
  // When the Sketch changed: stops on the replay's clock, so the board can follow the code replay.
  const sketchTimes = useLiveQuery(
    async () => (await boardChanges(getDb(), sketchBoardId(roundId))).map((c) => c.at),
    [roundId],
    [],
  );
  const finalCode = pid && loaded ? ({ ...lastCode(events), ...loaded.drafts }[pid] ?? null) : null;
  const frames = useMemo(() => {
    if (!round || !pid) return [];
    const all = replayFrames(events, pid, round.startedAt, problem?.starter ?? '');
    // The replay ends on the final code (a draft newer than the last snapshot included): the code is shown once, here.
    const last = all.at(-1);
    const code =
      finalCode !== null && last && last.code !== finalCode
        ? [...all, { at: Math.max(last.at, round.endedAt ?? last.at), code: finalCode }]
        : all;
    return withMoments(code, sketchTimes);
  }, [events, pid, round, problem, finalCode, sketchTimes]);
  const replay = useReplay(frames);
  const [jumpedTo, setJumpedTo] = useState<ReplayLink['jumpedTo']>(null);

  if (loaded === null) return <p aria-busy="true">Loading…</p>;
  if (!loaded || !round) return <RoundNotFound to="/" label={BACK_TO_PROBLEMS} />;
  const verdicts = latestVerdicts(events);
  const code = { ...lastCode(events), ...loaded.drafts };
  const ended = round.endedAt !== undefined;
  const described = events
    .map((e) => ({ e, text: describe(e, round.problemIds.length > 1) }))
    .filter((x): x is { e: TimelineEvent; text: string } => x.text !== null);
  const replayOffset = replay.frame ? replay.frame.at - round.startedAt : 0;
  const jump = (at: number, play = false) => {
    replay.seek(frameIndexAt(frames, at));
    setJumpedTo((j) => ({ at, n: (j?.n ?? 0) + 1, play }));
  };
  const link: ReplayLink = {
    startedAt: round.startedAt,
    frames,
    index: replay.index,
    playing: replay.playing,
    seek: replay.seek,
    toggle: replay.toggle,
    jumpedTo,
    events,
    problemId: pid,
  };

  return (
    <article aria-labelledby="review-title" className="review">
      <h1 id="review-title">Review: {round.problemIds.map(titleOf).join(', ')}</h1>
      <p className="muted">
        {new Date(round.startedAt).toLocaleString()} · {Math.round(round.durationMs / 60_000)} min ·{' '}
        {!ended ? 'in progress' : ROUND_END_LABEL[round.endReason ?? 'ended-early']}
      </p>
      {round.problemIds.length > 1 ? (
        <div role="tablist" aria-label="Problems in this round" className="problem-tabs">
          {round.problemIds.map((id) => (
            <button key={id} type="button" role="tab" aria-selected={id === pid} onClick={() => setSelected(id)}>
              {titleOf(id)}
            </button>
          ))}
        </div>
      ) : null}
      {round.problemIds.map((id) => (
        <section key={id} aria-label={`Result for ${titleOf(id)}`} hidden={id !== pid}>
          <h2>{titleOf(id)}</h2>
          <p>
            Last run: {verdicts[id]?.run ? runSummaryText(verdicts[id].run) : 'none'} · Last submit:{' '}
            {verdicts[id]?.submit ? runSummaryText(verdicts[id].submit) : 'none'}
          </p>
        </section>
      ))}
      {besideReplay?.(link)}
      <div className="review-grid">
        <ReplayPanel frames={frames} startedAt={round.startedAt} replay={replay} />
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title">Timeline</h2>
          <ol className="timeline">
            {described.map(({ e, text }, i) => (
              <li key={i}>
                <button
                  type="button"
                  className="link"
                  onClick={() => jump(e.at)}
                  aria-label={`Jump to ${formatClock(e.at - round.startedAt)}`}
                >
                  {formatClock(e.at - round.startedAt)}
                </button>{' '}
                {text}
              </li>
            ))}
          </ol>
        </section>
      </div>
      {sketchTimes.length > 0 ? sketchReplay?.(link) : null}
      {ended && problem && pid ? (
        <ReferenceDiff mine={code[pid] ?? ''} reference={problem.solution} />
      ) : (
        <p className="muted">The reference solution is shown once the round has ended.</p>
      )}
      <PartnerFeedback events={events} />
      <SelfCritique
        roundId={round.id}
        problemId={pid}
        family={problem?.family ?? null}
        tags={problem?.tags ?? []}
        moments={described
          .filter(({ e }) => e.type !== 'round-started')
          .map(({ e, text }) => ({ offsetMs: e.at - round.startedAt, label: text }))}
        replayOffsetMs={replayOffset}
        entries={gaps}
        playMoment={(offsetMs) => jump(round.startedAt + offsetMs, true)}
      />
    </article>
  );
}
