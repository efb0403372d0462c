import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { InterruptionDialog } from '../../features/drills/interruption-dialog.tsx';
import { AssistsBadge } from '../../features/editor/assists-badge.tsx';
import { InterviewEditor } from '../../features/editor/interview-editor.tsx';
import { PairPanel } from '../../features/pairing/pair-panel.tsx';
import { useCandidatePairing } from '../../features/pairing/use-candidate-pairing.ts';
import { LoopReturnLink } from '../../features/loops/loop-return-link.tsx';
import { ProblemStatement } from '../../features/problems/problem-statement.tsx';
import {
  EndRoundButton,
  ProblemTabs,
  RunButtons,
  SketchToggle,
  TimeWarning,
} from '../../features/round/round-controls.tsx';
import { ResultsPanel } from '../../features/round/results-panel.tsx';
import { RoundNotices } from '../../features/round/round-notices.tsx';
import { RoundTimer } from '../../features/round/round-timer.tsx';
import { useRoundTicker } from '../../features/round/use-round-ticker.ts';
import { useRunShortcuts } from '../../features/round/use-run-shortcuts.ts';
import { useSketch } from '../../features/round/use-sketch.ts';
import { RecordingBar } from '../../features/think-aloud/recording-bar.tsx';
import { useRoundStore } from '../../stores/round-store.ts';
import { RoundNotFound } from '../../components/round-not-found.tsx';
import { useTitle } from '../../components/use-title.ts';
import { sketchBoardId } from '../../storage/storage-keys.ts';

// The Sketch's board, fetched only when a Sketch opens: a round that never opens one loads none of it.
const Whiteboard = lazy(async () => ({
  default: (await import('../../features/whiteboard/whiteboard.tsx')).Whiteboard,
}));

/**
 * The panes a phone shows one at a time (wider screens show them side by side). The Sketch tab opens
 * the Sketch the first time it is chosen (the bar's Sketch button is for wider screens).
 */
const PANES = [
  ['statement', 'Statement'],
  ['code', 'Code'],
  ['sketch', 'Sketch'],
] as const;
type Pane = (typeof PANES)[number][0];

function EndedBanner() {
  const round = useRoundStore((s) => s.round);
  if (!round || round.endedAt === undefined) return null;
  return (
    <div role="status" className="ended-banner">
      {round.endReason === 'time-up' ? 'Time is up.' : 'Round ended.'} Your attempt is saved.{' '}
      <Link to={`/review/${round.id}`}>Review this round</Link>
      <LoopReturnLink refId={round.id} />
    </div>
  );
}

export function RoundRoute() {
  const { roundId } = useParams();
  const phase = useRoundStore((s) => s.phase);
  const round = useRoundStore((s) => s.round);
  const pid = useRoundStore((s) => s.activeProblemId);
  const problems = useRoundStore((s) => s.problems);
  const problem = pid ? problems[pid] : undefined;
  const initialCode = useRoundStore((s) => (pid ? s.code[pid] : undefined));
  const setCode = useRoundStore((s) => s.setCode);
  const editingHere = useRoundStore((s) => s.editing === 'here');
  const loads = useRoundStore((s) => s.loads);
  const run = useRoundStore((s) => s.run);
  const errorLine = useRoundStore((s) => {
    const r = pid ? s.results[pid]?.report : undefined;
    return r?.setupError?.line ?? r?.verdicts.find((v) => v.error)?.error?.line ?? null;
  });

  useEffect(() => {
    if (!roundId) return;
    void useRoundStore.getState().open(roundId);
    // Leaving the page lets another tab edit the round without taking it over.
    return () => void useRoundStore.getState().close();
  }, [roundId]);
  useRoundTicker();
  useRunShortcuts();
  const pairedBinder = useCandidatePairing(roundId, pid);
  const [pane, setPane] = useState<Pane>('statement');
  // On a phone, opening the Sketch shows it, and closing it goes back to the code.
  const followSketch = useCallback(
    (open: boolean) => setPane((p) => (open ? 'sketch' : p === 'sketch' ? 'code' : p)),
    [],
  );
  const sketch = useSketch(roundId, followSketch);
  const shownPane: Pane = pane === 'sketch' && !sketch.open ? 'code' : pane;
  useTitle(round?.problemIds.map((id) => problems[id]?.title ?? id).join(', '), 'Round');

  if (phase === 'missing') {
    return (
      <main className="page narrow">
        <RoundNotFound to="/" label="Start a new round" />
      </main>
    );
  }
  if (phase === 'idle' || phase === 'loading' || !round || round.id !== roundId || !pid || initialCode === undefined) {
    return (
      <main className="page narrow" aria-busy="true">
        Loading round…
      </main>
    );
  }
  return (
    <main className="round-page">
      <div className="round-bar">
        <ProblemTabs />
        <SketchToggle open={sketch.open} onToggle={sketch.toggle} />
        <RoundTimer />
        <EndRoundButton />
      </div>
      <TimeWarning />
      <RecordingBar roundId={round.id} ended={round.endedAt !== undefined} />
      <RoundNotices />
      <EndedBanner />
      <PairPanel />
      <InterruptionDialog />
      <div role="tablist" aria-label="Round view" className="pane-tabs">
        {PANES.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-controls={`pane-${id}`}
            aria-selected={shownPane === id}
            onClick={() => (id === 'sketch' && !sketch.open ? sketch.toggle() : setPane(id))}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="round-panes" data-pane={shownPane} data-sketch={sketch.open ? 'open' : undefined}>
        <section className="pane statement-pane" aria-label="Problem" id="pane-statement">
          {problem ? (
            <ProblemStatement problem={problem} showMeta={false} />
          ) : (
            <p>This problem is no longer in the bank.</p>
          )}
        </section>
        <section className="pane code-pane" aria-label="Code" id="pane-code">
          <AssistsBadge />
          <InterviewEditor
            key={`${round.id}/${pid}/${loads}`}
            path={`${round.id}/${pid}.py`}
            defaultValue={initialCode}
            readOnly={phase !== 'active' || !editingHere}
            onChange={setCode}
            onRun={() => void run('run')}
            onSubmit={() => void run('submit')}
            errorLine={errorLine}
            onEditor={pairedBinder}
          />
          <RunButtons />
          <ResultsPanel />
        </section>
        {sketch.open ? (
          <div className="pane sketch-pane" id="pane-sketch">
            <Suspense fallback={<p className="whiteboard-message">Loading the Sketch…</p>}>
              <Whiteboard
                sessionId={sketchBoardId(round.id)}
                title="Sketch"
                readOnly={phase !== 'active' || !editingHere}
              />
            </Suspense>
          </div>
        ) : null}
      </div>
    </main>
  );
}
