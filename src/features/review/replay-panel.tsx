import { formatClock } from '../../domain/round-clock.ts';
import { REPLAY_SPEEDS, type Frame } from '../../domain/replay.ts';
import { CodeEditorView } from './code-editor-view.tsx';

interface Props {
  frames: readonly Frame[];
  startedAt: number;
  replay: ReturnType<typeof import('./use-replay.ts').useReplay>;
}

/** The candidate's code as it changed, ending on the final code: a scrubber over snapshots, play/pause and speed. */
export function ReplayPanel({ frames, startedAt, replay }: Props) {
  const { frame, index, playing, speed, setSpeed, seek, toggle } = replay;
  return (
    <section aria-labelledby="replay-title" className="replay">
      <h2 id="replay-title">Replay</h2>
      <div className="replay-controls">
        <button type="button" onClick={toggle}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <input
          type="range"
          aria-label="Replay position"
          min={0}
          max={Math.max(0, frames.length - 1)}
          value={index}
          onChange={(e) => seek(Number(e.target.value))}
        />
        <label className="field inline">
          Speed
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {REPLAY_SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <output aria-label="Replay time">{frame ? formatClock(frame.at - startedAt) : '00:00'}</output>
        <span className="muted">
          snapshot {index + 1} of {frames.length} · idle stretches are skipped
        </span>
      </div>
      <p className="muted">
        {index === frames.length - 1 ? 'Your final code.' : 'Your code at this moment of the round.'}
      </p>
      <CodeEditorView code={frame?.code ?? ''} label="Code at this moment" />
    </section>
  );
}
