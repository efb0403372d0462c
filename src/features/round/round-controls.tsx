import { EndRoundControl } from '../../components/end-round-control.tsx';
import { TimeWarningAlert } from '../../components/time-warning-alert.tsx';
import { useRoundStore } from '../../stores/round-store.ts';
import { SKETCH_SHORTCUT } from './use-sketch.ts';
import './sketch.css';

/** Run and Submit, with their shortcuts, and Stop while either is going. */
export function RunButtons() {
  const running = useRoundStore((s) => s.running);
  const active = useRoundStore((s) => s.phase === 'active' && s.editing === 'here');
  const run = useRoundStore((s) => s.run);
  const stop = useRoundStore((s) => s.stop);
  return (
    <div className="run-buttons">
      <button
        type="button"
        onClick={() => void run('run')}
        disabled={!active || running !== null}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        title="Run the examples (Ctrl/Cmd+Enter)"
      >
        Run
      </button>
      <button
        type="button"
        className="primary"
        onClick={() => void run('submit')}
        disabled={!active || running !== null}
        aria-keyshortcuts="Control+Shift+Enter Meta+Shift+Enter"
        title="Submit against all tests (Ctrl/Cmd+Shift+Enter)"
      >
        Submit
      </button>
      {running ? (
        <button type="button" className="stop" onClick={stop} title="Stop the run in progress">
          Stop
        </button>
      ) : null}
      <span className="muted shortcut-hint">
        Ctrl/Cmd+Enter runs · Ctrl/Cmd+Shift+Enter submits · {SKETCH_SHORTCUT.label} toggles the Sketch
      </span>
    </div>
  );
}

/** The Sketch button: a whiteboard beside the editor for the idea's picture, closed until asked for. */
export function SketchToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      className="sketch-toggle"
      aria-pressed={open}
      aria-keyshortcuts={SKETCH_SHORTCUT.aria}
      title={`${open ? 'Close' : 'Open'} the Sketch, a whiteboard beside the code (${SKETCH_SHORTCUT.label})`}
      onClick={onToggle}
    >
      Sketch
    </button>
  );
}

/** End round, after a confirmation: a mis-click should not end a mock. */
export function EndRoundButton() {
  const active = useRoundStore((s) => s.phase === 'active');
  const end = useRoundStore((s) => s.end);
  if (!active) return null;
  return (
    <EndRoundControl
      onEnd={() => void end('ended-early')}
      note="End the round now? The clock stops and your attempt is saved."
    />
  );
}

/** The 10- and 5-minute warnings. */
export function TimeWarning() {
  const warning = useRoundStore((s) => s.warning);
  const dismiss = useRoundStore((s) => s.dismissWarning);
  return <TimeWarningAlert minutes={warning} onDismiss={dismiss} />;
}

/** Tabs between the round's problems, when there is more than one. */
export function ProblemTabs() {
  const round = useRoundStore((s) => s.round);
  const problems = useRoundStore((s) => s.problems);
  const activeId = useRoundStore((s) => s.activeProblemId);
  const select = useRoundStore((s) => s.selectProblem);
  if (!round) return null;
  if (round.problemIds.length < 2) {
    return <h1 className="round-title">{problems[round.problemIds[0]!]?.title ?? 'Round'}</h1>;
  }
  return (
    <>
      <h1 className="visually-hidden">Round: {round.problemIds.map((id) => problems[id]?.title ?? id).join(', ')}</h1>
      <div role="tablist" aria-label="Problems in this round" className="problem-tabs">
        {round.problemIds.map((id, i) => (
          <button key={id} role="tab" type="button" aria-selected={id === activeId} onClick={() => select(id)}>
            {i + 1}. {problems[id]?.title ?? id}
          </button>
        ))}
      </div>
    </>
  );
}
