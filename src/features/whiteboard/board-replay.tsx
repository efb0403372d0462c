// The review's Board replay: the design round's whiteboard as it stood at any moment, with the
// step that was running then, played at 1–8× with idle stretches skipped. Read-only.
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useMemo } from 'react';
import { useTheme } from '../../components/use-theme.ts';
import { boardFrames, describeScene, sceneAt } from '../../domain/board-scene.ts';
import { STEP_NAMES, type DesignSession } from '../../domain/design-round.ts';
import { REPLAY_SPEEDS } from '../../domain/replay.ts';
import { formatClock } from '../../domain/round-clock.ts';
import { boardChanges } from '../../storage/boards-repo.ts';
import { getDb } from '../../storage/db.ts';
import './asset-path.ts';
import { usePlayback } from '../../components/use-playback.ts';
import { BoardLoadBoundary } from './whiteboard.tsx';

const ExcalidrawCanvas = lazy(() => import('./excalidraw-canvas.tsx'));

/** The step that was running at `at`, if any. */
function stepAt(session: DesignSession, at: number): string | null {
  const step = session.steps.find(
    (s) => s.startedAt !== undefined && s.startedAt <= at && (s.endedAt === undefined || at < s.endedAt),
  );
  return step ? STEP_NAMES[step.step] : null;
}

export function BoardReplay({ session }: { session: DesignSession }) {
  const theme = useTheme();
  const changes = useLiveQuery(() => boardChanges(getDb(), session.id), [session.id]);
  const frames = useMemo(() => boardFrames(changes ?? [], session.startedAt), [changes, session.startedAt]);
  const replay = usePlayback(frames);
  const at = frames[replay.index]?.at ?? session.startedAt;
  const shown = useMemo(() => sceneAt(changes ?? [], at), [changes, at]);
  if (!changes) return null;
  const step = stepAt(session, at);
  return (
    <section aria-labelledby="board-replay-heading" className="whiteboard board-replay">
      <h2 id="board-replay-heading">Whiteboard</h2>
      {changes.length === 0 ? (
        <p className="muted">Nothing was drawn on the board in this round.</p>
      ) : (
        <>
          <div className="replay-controls">
            <button type="button" onClick={replay.toggle}>
              {replay.playing ? 'Pause' : 'Play'}
            </button>
            <input
              type="range"
              aria-label="Board replay"
              aria-valuetext={`${formatClock(at - session.startedAt)}: ${describeScene(shown)}`}
              min={0}
              max={replay.last}
              value={replay.index}
              onChange={(e) => replay.seek(Number(e.target.value))}
            />
            <label className="field inline">
              Speed
              <select value={replay.speed} onChange={(e) => replay.setSpeed(Number(e.target.value))}>
                {REPLAY_SPEEDS.map((s) => (
                  <option key={s} value={s}>
                    {s}×
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="whiteboard-status">
            <span>{formatClock(at - session.startedAt)}</span>
            {step ? <span> · {step}</span> : null} · <span>{describeScene(shown)}</span>
          </p>
          <div className="whiteboard-canvas">
            <BoardLoadBoundary>
              <Suspense fallback={<p className="whiteboard-message">Loading the board…</p>}>
                <ExcalidrawCanvas initial={shown} shown={shown} theme={theme} readOnly />
              </Suspense>
            </BoardLoadBoundary>
          </div>
        </>
      )}
    </section>
  );
}
