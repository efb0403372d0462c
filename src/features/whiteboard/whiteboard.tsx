// The whiteboard region of a design round: Excalidraw, loaded on demand, with the board in words
// and its save state under it. The canvas's chunk is fetched only when this renders.
import { Component, lazy, Suspense, useId, type ReactNode } from 'react';
import { useTheme } from '../../components/use-theme.ts';
// Before the canvas's chunk loads: Excalidraw reads the path when its module is evaluated.
import './asset-path.ts';
import { useBoardRecorder, type BoardSaveState } from './use-board-recorder.ts';
import { useSharedBoard } from './use-shared-board.ts';
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

export interface WhiteboardProps {
  /**
   * The board's key in storage (boardChanges.sessionId): a design session's id, or a coding round's
   * sketchBoardId(roundId) (storage/storage-keys.ts). Changes are saved under it as drawn and loaded on open.
   */
  sessionId: string;
  /** The heading, and so the region's name: "Whiteboard" (design round) or "Sketch" (coding round). */
  title?: string;
  /** No drawing (an ended round, or one another tab is editing): the board as saved, tools hidden. */
  readOnly?: boolean;
}

/** A board that saves itself as it is drawn; Excalidraw's chunk is fetched only when this renders. */
export function Whiteboard({ sessionId, title = 'Whiteboard', readOnly = false }: WhiteboardProps) {
  const theme = useTheme();
  const board = useBoardRecorder(sessionId);
  const shared = useSharedBoard(sessionId, board.onChange);
  const heading = useId();
  return (
    <section aria-labelledby={heading} className="whiteboard">
      <h2 id={heading}>{title}</h2>
      <div className="whiteboard-canvas">
        <BoardLoadBoundary>
          <Suspense fallback={<p className="whiteboard-message">Loading the board…</p>}>
            {board.initial ? (
              <ExcalidrawCanvas
                initial={board.initial}
                theme={theme}
                readOnly={readOnly}
                onChange={readOnly ? undefined : shared.onChange}
                merge={shared.merge}
              />
            ) : null}
          </Suspense>
        </BoardLoadBoundary>
      </div>
      <p className="muted whiteboard-status">
        <span>{board.summary}</span> · <span>{SAVE_WORDS[board.state]}</span>
        {shared.note ? <span> · {shared.note}</span> : null}
      </p>
    </section>
  );
}
