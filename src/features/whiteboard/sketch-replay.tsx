// A coding round's Sketch in its review, on the code replay's clock: the board as it stood at the
// replay's position. Its Board replay slider and the code's Replay position are one position (the
// ReplayLink), so moving either moves both, and Play plays code and board together. Read-only.
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useId, useMemo } from 'react';
import { useTheme } from '../../components/use-theme.ts';
import { describeScene, sceneAt } from '../../domain/board-scene.ts';
import type { ReplayLink } from '../../domain/replay.ts';
import { formatClock } from '../../domain/round-clock.ts';
import { boardChanges } from '../../storage/boards-repo.ts';
import { getDb } from '../../storage/db.ts';
import './asset-path.ts';
import { BoardLoadBoundary } from './whiteboard.tsx';
import './sketch-replay.css';

const ExcalidrawCanvas = lazy(() => import('./excalidraw-canvas.tsx'));

interface Props {
  /** The board's key in storage: sketchBoardId(roundId). */
  boardId: string;
  /** The code replay's position, which this board follows and moves. */
  link: ReplayLink;
}

export function SketchReplay({ boardId, link }: Props) {
  const theme = useTheme();
  const heading = useId();
  const changes = useLiveQuery(() => boardChanges(getDb(), boardId), [boardId]);
  const at = link.frames[link.index]?.at ?? link.startedAt;
  const shown = useMemo(() => sceneAt(changes ?? [], at), [changes, at]);
  if (!changes || changes.length === 0) return null;
  const clock = formatClock(at - link.startedAt);
  return (
    <section aria-labelledby={heading} className="whiteboard board-replay sketch-replay">
      <h2 id={heading}>Sketch</h2>
      <div className="replay-controls">
        <button type="button" onClick={link.toggle}>
          {link.playing ? 'Pause' : 'Play'}
        </button>
        <input
          type="range"
          aria-label="Board replay"
          aria-valuetext={`${clock}: ${describeScene(shown)}`}
          min={0}
          max={Math.max(0, link.frames.length - 1)}
          value={link.index}
          onChange={(e) => link.seek(Number(e.target.value))}
        />
      </div>
      <p className="whiteboard-status">
        <span>{clock}</span> · <span>{describeScene(shown)}</span>
        <span className="muted"> · moves with the code replay</span>
      </p>
      <div className="whiteboard-canvas">
        <BoardLoadBoundary>
          <Suspense fallback={<p className="whiteboard-message">Loading the board…</p>}>
            <ExcalidrawCanvas initial={shown} shown={shown} theme={theme} readOnly />
          </Suspense>
        </BoardLoadBoundary>
      </div>
    </section>
  );
}
