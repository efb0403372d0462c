// The candidate's whiteboard on the interviewer's console: live, in the interviewer's theme, read-only
// unless the candidate lets the interviewer draw. Excalidraw's chunk is fetched only when this
// renders (the console renders it once the candidate's board has an element, or drawing is allowed).
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTheme } from '../../components/use-theme.ts';
import { count } from '../../presentation/labels.ts';
import { describeScene } from '../../domain/board-scene.ts';
import type { BoardLink } from '../../pairing/board-sync.ts';
import './asset-path.ts';
import { BoardLoadBoundary } from './whiteboard.tsx';
import './whiteboard.css';

const ExcalidrawCanvas = lazy(() => import('./excalidraw-canvas.tsx'));

export function LiveBoard({ link, mayDraw }: { link: BoardLink; mayDraw: boolean }) {
  const theme = useTheme();
  const [summary, setSummary] = useState(() => describeScene(link.current()));
  const [refused, setRefused] = useState(() => link.counts().refused);
  useEffect(
    () =>
      link.subscribe(() => {
        setSummary(describeScene(link.current()));
        setRefused(link.counts().refused);
      }),
    [link],
  );
  return (
    <section aria-label="Candidate’s whiteboard" className="whiteboard live-board">
      <div className="whiteboard-canvas">
        <BoardLoadBoundary>
          <Suspense fallback={<p className="whiteboard-message">Loading the board…</p>}>
            {/* A new canvas when the permission changes: taking it back drops strokes the candidate did not take. */}
            <ExcalidrawCanvas
              key={mayDraw ? 'draw' : 'view'}
              initial={link.current()}
              merge={link}
              theme={theme}
              readOnly={!mayDraw}
              onChange={mayDraw ? link.onScene : undefined}
            />
          </Suspense>
        </BoardLoadBoundary>
      </div>
      <p className="muted whiteboard-status">
        <strong>Whiteboard</strong> · <span>{summary}</span> ·{' '}
        <span>{mayDraw ? 'The candidate lets you draw' : 'View only: the candidate has not let you draw'}</span>
        {refused > 0 ? (
          <span role="status">
            {' '}
            · {count(refused, 'shape')} from the candidate’s browser refused (malformed, too large or forged)
          </span>
        ) : null}
      </p>
    </section>
  );
}
