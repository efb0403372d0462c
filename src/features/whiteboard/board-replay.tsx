// The review's Board replay: the design round's whiteboard as it stood at any moment, with the
// step that was running then, played at 1–8× with idle stretches skipped. Read-only. The final
// board downloads as SVG or PNG; the self-critique reads the replay's moment (onMoment) to pin it,
// and moves the replay to a pinned moment (show).
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { downloadFile } from '../../components/download.ts';
import { useTheme } from '../../components/use-theme.ts';
import { boardFileName, boardFrames, describeScene, sceneAt, type BoardChange } from '../../domain/board-scene.ts';
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

/** The last frame at or before `at` (the first frame when `at` precedes them all). */
export function frameAt(frames: readonly { at: number }[], at: number): number {
  let found = 0;
  frames.forEach((f, i) => {
    if (f.at <= at) found = i;
  });
  return found;
}

/** A request to move the replay to a moment (offset from the round's start); `n` tells two alike apart. */
export interface BoardMomentRequest {
  offsetMs: number;
  n: number;
}

interface Props {
  session: DesignSession;
  /** Told the replay's moment (offset from the round's start) whenever it moves. */
  onMoment?: (offsetMs: number) => void;
  /** Moves the replay to this moment and focuses its slider. */
  show?: BoardMomentRequest | null;
}

export function BoardReplay({ session, onMoment, show }: Props) {
  const theme = useTheme();
  const changes = useLiveQuery(() => boardChanges(getDb(), session.id), [session.id]);
  const frames = useMemo(() => boardFrames(changes ?? [], session.startedAt), [changes, session.startedAt]);
  const replay = usePlayback(frames);
  const at = frames[replay.index]?.at ?? session.startedAt;
  const shown = useMemo(() => sceneAt(changes ?? [], at), [changes, at]);
  const slider = useRef<HTMLInputElement>(null);
  const { seek } = replay;

  useEffect(() => onMoment?.(at - session.startedAt), [onMoment, at, session.startedAt]);
  useEffect(() => {
    if (!show) return;
    seek(frameAt(frames, session.startedAt + show.offsetMs));
    slider.current?.focus();
    slider.current?.scrollIntoView?.({ block: 'center' });
    // Only a new request moves the replay, not new frames arriving.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [show]);

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
              ref={slider}
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
          <BoardDownloads changes={changes} startedAt={session.startedAt} />
        </>
      )}
    </section>
  );
}

/** "Download board (SVG)" and "(PNG)": the final board, in light colours on white, through the lazy exporter. */
function BoardDownloads({ changes, startedAt }: { changes: readonly BoardChange[]; startedAt: number }) {
  const [failed, setFailed] = useState(false);
  async function save(kind: 'svg' | 'png') {
    setFailed(false);
    try {
      const { boardPng, boardSvg } = await import('./board-export.ts');
      const final = sceneAt(changes, Infinity);
      const file =
        kind === 'svg' ? new Blob([await boardSvg(final)], { type: 'image/svg+xml' }) : await boardPng(final);
      downloadFile(boardFileName(startedAt, kind), file);
    } catch {
      setFailed(true);
    }
  }
  return (
    <div className="board-downloads">
      <button type="button" onClick={() => void save('svg')}>
        Download board (SVG)
      </button>
      <button type="button" onClick={() => void save('png')}>
        Download board (PNG)
      </button>
      <span className="muted">The final board, in light colours for printing.</span>
      {failed ? (
        <span role="alert" className="error">
          The board could not be exported. It needs the board to have loaded once.
        </span>
      ) : null}
    </div>
  );
}
