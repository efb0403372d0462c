// The whiteboard region of a design round: Excalidraw, loaded on demand, with the board in words
// and its save state under it. The canvas's chunk is fetched only when this renders.
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useTheme } from '../../components/use-theme.ts';
// Before the canvas's chunk loads: Excalidraw reads the path when its module is evaluated.
import './asset-path.ts';
import { useBoardRecorder, type BoardSaveState } from './use-board-recorder.ts';
import './whiteboard.css';

const ExcalidrawCanvas = lazy(() => import('./excalidraw-canvas.tsx'));

const SAVE_WORDS: Record<BoardSaveState, string> = {
  loading: 'Loading…',
  saving: 'Saving…',
  saved: 'Board saved',
  failed: 'Could not save the board',
};

/** Shows a plain message instead of the canvas when its chunk cannot load (offline before first use). */
export class BoardLoadBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? (
      <p className="whiteboard-message" role="alert">
        The whiteboard could not load. It needs the network the first time it opens; after that it works offline.
      </p>
    ) : (
      this.props.children
    );
  }
}

export function Whiteboard({ sessionId }: { sessionId: string }) {
  const theme = useTheme();
  const board = useBoardRecorder(sessionId);
  return (
    <section aria-labelledby="whiteboard-heading" className="whiteboard">
      <h2 id="whiteboard-heading">Whiteboard</h2>
      <div className="whiteboard-canvas">
        <BoardLoadBoundary>
          <Suspense fallback={<p className="whiteboard-message">Loading the board…</p>}>
            {board.initial ? (
              <ExcalidrawCanvas initial={board.initial} theme={theme} onChange={board.onChange} />
            ) : null}
          </Suspense>
        </BoardLoadBoundary>
      </div>
      <p className="muted whiteboard-status">
        <span>{board.summary}</span> · <span>{SAVE_WORDS[board.state]}</span>
      </p>
    </section>
  );
}
