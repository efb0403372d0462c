// The only module that imports Excalidraw. It is loaded lazily (its own chunk, board-*), so none of
// Excalidraw's code or fonts reaches a page until a board is shown. Fonts come from our own origin
// (EXCALIDRAW_ASSET_PATH; scripts/vite-plugin-excalidraw-assets.ts copies them there).
import './asset-path.ts';
import { Excalidraw, restoreElements } from '@excalidraw/excalidraw';
import type { ExcalidrawImperativeAPI } from '@excalidraw/excalidraw/types';
import '@excalidraw/excalidraw/index.css';
import { useEffect, useState } from 'react';
import type { BoardElement } from '../../domain/board-scene.ts';

type SceneElements = Parameters<typeof restoreElements>[0];

export interface CanvasProps {
  /** The scene the canvas opens with. */
  initial: readonly BoardElement[];
  theme: 'light' | 'dark';
  /** Read-only: the review's replay and the interviewer's view of the candidate's board. */
  readOnly?: boolean;
  /** When set, the canvas shows these elements as they change (replay, live view). */
  shown?: readonly BoardElement[];
  onChange?: (elements: readonly BoardElement[]) => void;
}

/** Excalidraw's own check of elements from elsewhere: unknown fields dropped, missing ones filled. */
function restored(elements: readonly BoardElement[]) {
  return restoreElements(elements as unknown as SceneElements, null, { repairBindings: true });
}

export default function ExcalidrawCanvas({ initial, theme, readOnly = false, shown, onChange }: CanvasProps) {
  const [api, setApi] = useState<ExcalidrawImperativeAPI | null>(null);
  const [initialData] = useState(() => ({
    elements: restored(initial),
    appState: { viewModeEnabled: readOnly },
    scrollToContent: true,
  }));

  useEffect(() => {
    if (api && shown) api.updateScene({ elements: restored(shown) });
  }, [api, shown]);

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
