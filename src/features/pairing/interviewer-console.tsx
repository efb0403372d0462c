// The interviewer's console (/pair#code=…&server=…): join by link or code, then watch the
// candidate's code, clock and verdicts live, cut in, reveal hints, take private notes and send a
// scorecard. Every value from the candidate's browser arrives already validated (use-interviewer-room).
import { count, minutesLeftText, verdictLine } from '../../presentation/labels.ts';
import { useEffect, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { parseJoinFragment, type JoinDetails } from '../../domain/pair-code.ts';
import type { MirroredEvent } from '../../domain/pair-protocol.ts';
import { formatClock, remainingMs } from '../../domain/round-clock.ts';
import { problemTitle } from '../../data/problem-bank.ts';
import type { BoardLink } from '../../pairing/board-sync.ts';
import { offerSwap } from '../../stores/pair-store.ts';
import { InterviewerCard, TimeControls } from './interviewer-card.tsx';
import { JoinForm } from './join-form.tsx';
import { LiveCode } from './live-code.tsx';
import { NoServerHint } from './no-server-hint.tsx';
import { statusText } from './pair-status.ts';
import { PrivateNotes } from './private-notes.tsx';
import { ScorecardForm } from './scorecard-form.tsx';
import { useInterviewerRoom } from './use-interviewer-room.ts';

const CLOCK_TICK_MS = 500;

/** Draws the candidate's whiteboard (the route composes it from the whiteboard feature). */
export type RenderBoard = (link: BoardLink, mayDraw: boolean) => ReactNode;

/** Reads the join details from the page's fragment, or offers a form to type the code. */
export function InterviewerConsole({ renderBoard }: { renderBoard?: RenderBoard }) {
  const [details, setDetails] = useState<JoinDetails | null>(() => parseJoinFragment(window.location.hash));
  if (!details) return <JoinForm onJoin={setDetails} />;
  return <Console details={details} renderBoard={renderBoard} />;
}

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), CLOCK_TICK_MS);
    return () => clearInterval(t);
  }, []);
  return now;
}

function describe(e: MirroredEvent): string | null {
  switch (e.type) {
    case 'run':
      return e.kind === 'run' ? 'Ran the examples' : 'Submitted';
    case 'verdict':
      return verdictLine(e.summary);
    case 'interruption-asked':
      return `${e.source === 'interviewer' ? 'You asked' : 'Drill asked'}: “${e.question}”`;
    case 'interruption-answered':
      return `Answered ${e.aloud ? 'aloud' : `in writing: “${e.answer}”`} after ${Math.round(e.latencyMs / 1000)} s`;
    case 'hint-revealed':
      return `Hint ${e.index + 1} revealed`;
    case 'time-extended':
      return `${count(e.minutes, 'minute')} added`;
    case 'clock-paused':
      return 'Clock paused';
    case 'clock-resumed':
      return `Clock resumed after ${Math.round(e.pausedMs / 1000)} s`;
    case 'partner-feedback':
      return 'Feedback received';
    case 'interviewer-typing':
      return e.allowed ? 'The candidate let you type' : 'The candidate stopped your typing';
    case 'interviewer-drawing':
      return e.allowed ? 'The candidate let you draw' : 'The candidate stopped your drawing';
    case 'warning':
      return minutesLeftText(e.minutesLeft);
    case 'round-started':
      return 'Round started';
    case 'round-ended':
      return e.reason === 'time-up' ? 'Time up' : 'Ended by the candidate';
  }
}

type ToolTab = 'card' | 'interrupt' | 'notes' | 'scorecard';
const TOOL_TABS: { id: ToolTab; label: string }[] = [
  { id: 'card', label: 'Card' },
  { id: 'interrupt', label: 'Interrupt' },
  { id: 'notes', label: 'Notes' },
  { id: 'scorecard', label: 'Scorecard' },
];

/**
 * The interviewer's tools as tabs, every panel kept mounted (a half-written note or scorecard
 * survives a look at the card). The card shows first; once the round ends, the scorecard does.
 */
function useToolTab(ended: boolean): [ToolTab, (tab: ToolTab) => void] {
  const [picked, setPicked] = useState<{ tab: ToolTab; ended: boolean } | null>(null);
  const shown = picked && picked.ended === ended ? picked.tab : ended ? 'scorecard' : 'card';
  return [shown, (tab) => setPicked({ tab, ended })];
}

function Console({ details, renderBoard }: { details: JoinDetails; renderBoard?: RenderBoard }) {
  const room = useInterviewerRoom(details);
  const now = useNow();
  const navigate = useNavigate();
  const { info, timeline, connection } = room;
  const ended = info?.endedAt != null;
  const [tab, setTab] = useToolTab(ended);
  const left = info ? remainingMs(info, info.endedAt ?? info.pausedAt ?? now) : null;
  const feedbackSent = [...room.requests.values()].some((r) => r.type === 'feedback');
  const feedbackReceived = timeline.some((e) => e.type === 'partner-feedback');
  const refused = room.status?.kind === 'refused';
  const mayDraw = info !== null && info.interviewerMayDraw && !ended;
  // No board (and none of Excalidraw's code) until the candidate draws or lets the interviewer draw.
  const board =
    room.board && renderBoard && (room.boardElements > 0 || mayDraw) ? renderBoard(room.board, mayDraw) : null;

  const status = (
    <div role="status" className={`pair-status ${room.status?.kind ?? 'connecting'}`}>
      {statusText(room.status, room.candidatePresent, 'candidate')}
    </div>
  );
  if (refused) {
    // Refused: the reason only, with nothing under it that could look usable.
    return (
      <main className="page narrow" aria-label="Interviewer console">
        <h1>Interviewer console</h1>
        {status}
        <p>
          Ask the candidate for a fresh link, or <a href="/pair">type a code</a>.
        </p>
      </main>
    );
  }

  /** The problem card or the interrupt tools, once the candidate's round is known. */
  const card = (part: 'card' | 'interrupt') =>
    info ? (
      <InterviewerCard
        part={part}
        problemId={info.activeProblemId}
        active={!ended}
        timeline={timeline}
        requests={room.requests}
        send={room.send}
      />
    ) : null;

  const panel = (id: ToolTab) =>
    ({
      role: 'tabpanel',
      id: `tool-${id}`,
      'aria-labelledby': `tool-tab-${id}`,
      hidden: tab !== id,
      className: 'console-panel',
    }) as const;

  return (
    <main className="interviewer-console" aria-label="Interviewer console">
      <div className="console-bar">
        <h1>Interviewing{info ? `: ${info.problemIds.map(problemTitle).join(', ')}` : ''}</h1>
        {status}
        <NoServerHint
          connecting={room.status === null || room.status.kind === 'connecting'}
          serverUrl={details.serverUrl}
          side="interviewer"
        />
        {left !== null ? (
          <div
            role="timer"
            aria-label="Candidate’s time remaining"
            className={`round-timer${info?.pausedAt != null && !ended ? ' paused' : ''}`}
          >
            {formatClock(left)}
          </div>
        ) : null}
        {info && !ended ? <TimeControls paused={info.pausedAt !== null} send={room.send} /> : null}
        {ended ? (
          <>
            <span className="badge" style={{ textTransform: 'none' }}>
              Round over
            </span>
            <button
              type="button"
              onClick={() => {
                offerSwap(details);
                // Straight to the problem's setup, paired already ticked: one click from starting.
                navigate(info ? `/problems/${info.problemIds[0]}` : '/');
              }}
            >
              Swap roles: be the candidate next
            </button>
          </>
        ) : null}
      </div>
      <section aria-label="Candidate’s code" className={`console-live${board ? ' with-board' : ''}`}>
        {connection && info ? (
          <LiveCode
            key={info.activeProblemId}
            connection={connection}
            problemId={info.activeProblemId}
            mayType={info.interviewerMayType && !ended}
          />
        ) : (
          <p className="muted">Waiting for the candidate’s round…</p>
        )}
        {board}
        <div className="console-timeline">
          <h2>What happened</h2>
          <ol aria-label="Round timeline" className="timeline">
            {info
              ? timeline.map((e, i) => {
                  const text = describe(e);
                  return text ? (
                    <li key={i}>
                      <span className="muted">{formatClock(e.at - info.startedAt)}</span> {text}
                    </li>
                  ) : null;
                })
              : null}
          </ol>
        </div>
      </section>
      <aside aria-label="Interviewer tools" className="console-tools">
        <div role="tablist" aria-label="Interviewer tools" className="console-tabs">
          {TOOL_TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`tool-tab-${t.id}`}
              aria-controls={`tool-${t.id}`}
              aria-selected={tab === t.id}
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <div {...panel('card')}>
          {card('card') ?? <p className="muted">The card appears when the candidate’s round does.</p>}
        </div>
        <div {...panel('interrupt')}>{card('interrupt')}</div>
        <div {...panel('notes')}>
          <PrivateNotes roomId={details.roomId} startedAt={info?.startedAt ?? null} />
        </div>
        <div {...panel('scorecard')}>
          <ScorecardForm
            state={feedbackReceived ? 'received' : feedbackSent ? 'sent' : 'unsent'}
            onSend={(scorecard) => room.send({ type: 'feedback', scorecard })}
          />
        </div>
      </aside>
    </main>
  );
}
