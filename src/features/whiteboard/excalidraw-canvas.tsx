// The only module that imports Excalidraw. It is loaded lazily (its own chunk, board-*), so none of
// Excalidraw's code or fonts reaches a page until a board is shown. Fonts come from our own origin
// (EXCALIDRAW_ASSET_PATH; scripts/vite-plugin-excalidraw-assets.ts copies them there).
import './asset-path.ts';
import { CaptureUpdateAction, Excalidraw, reconcileElements, restoreElements } from '@excalidraw/excalidraw';
import type { ExcalidrawImperativeAPI } from '@excalidraw/excalidraw/types';
import '@excalidraw/excalidraw/index.css';
import { useEffect, useState } from 'react';
import type { BoardElement } from '../../domain/board-scene.ts';

type SceneElements = Parameters<typeof restoreElements>[0];
type RemoteElements = Parameters<typeof reconcileElements>[1];

/** Elements from the other browser of a paired mock (already checked): those so far, then each batch. */
export interface BoardMerge {
  current(): readonly BoardElement[];
  subscribe(listener: (elements: readonly BoardElement[]) => void): () => void;
}

export interface CanvasProps {
  /** The scene the canvas opens with. */
  initial: readonly BoardElement[];
  theme: 'light' | 'dark';
  /** Read-only: the review's replay and the interviewer's view of the candidate's board. */
  readOnly?: boolean;
  /** When set, the canvas shows these elements as they change (replay, live view). */
  shown?: readonly BoardElement[];
  onChange?: (elements: readonly BoardElement[]) => void;
  /** Merged into the scene as they arrive, by Excalidraw's own reconciliation (paired mocks). */
  merge?: BoardMerge;
}

/** Excalidraw's own check of elements from elsewhere: unknown fields dropped, missing ones filled. */
function restored(elements: readonly BoardElement[]) {
  return restoreElements(elements as unknown as SceneElements, null, { repairBindings: true });
}

/**
 * Merges elements from elsewhere into the scene: in fractional-index order (so Excalidraw keeps their
 * indices and versions), missing fields filled, bindings left as sent (the elements they point at
 * may be in the scene already), each taken only if newer than the scene's by Excalidraw's rule, and
 * kept out of the undo history (undo takes back your own strokes, not the partner's).
 */
function mergeInto(api: ExcalidrawImperativeAPI, elements: readonly BoardElement[]) {
  const ordered = [...elements].sort((a, b) => (String(a.index ?? '') < String(b.index ?? '') ? -1 : 1));
  const remote = restoreElements(ordered as unknown as SceneElements, null) as unknown as RemoteElements;
  api.updateScene({
    elements: reconcileElements(api.getSceneElementsIncludingDeleted(), remote, api.getAppState()),
    captureUpdate: CaptureUpdateAction.NEVER,
  });
}

export default function ExcalidrawCanvas({ initial, theme, readOnly = false, shown, onChange, merge }: CanvasProps) {
  const [api, setApi] = useState<ExcalidrawImperativeAPI | null>(null);
  const [initialData] = useState(() => ({
    elements: restored(initial),
    appState: { viewModeEnabled: readOnly },
    scrollToContent: true,
  }));

  useEffect(() => {
    if (api && shown) api.updateScene({ elements: restored(shown) });
  }, [api, shown]);

  useEffect(() => {
    if (!api || !merge) return;
    mergeInto(api, merge.current());
    return merge.subscribe((elements) => mergeInto(api, elements));
  }, [api, merge]);

  return (
    <Excalidraw
      initialData={initialData}
      excalidrawAPI={setApi}
      theme={theme}
      viewModeEnabled={readOnly}
      // Shortcuts only while the board has focus: typing in the notes or the code editor never draws.
      handleKeyboardGlobally={false}
      aiEnabled={false}
      UIOptions={{
        tools: { image: false },
        canvasActions: { loadScene: false, saveToActiveFile: false, export: false, toggleTheme: null },
      }}
      onChange={onChange ? (elements) => onChange(elements as unknown as readonly BoardElement[]) : undefined}
    />
  );
}
