// The board as a picture: SVG and PNG through Excalidraw's own exporters, in the light colours on
// white whatever the app's theme, so a printed or embedded board reads like the one drawn. Loaded
// lazily (a dynamic import from the replay), beside the canvas's chunk: none of Excalidraw reaches a
// page before a board is shown or exported.
import './asset-path.ts';
import { exportToBlob, exportToSvg, restoreElements } from '@excalidraw/excalidraw';
import type { BoardElement } from '../../domain/board-scene.ts';

type SceneElements = Parameters<typeof restoreElements>[0];

const LIGHT = { exportBackground: true, viewBackgroundColor: '#ffffff', exportWithDarkMode: false };
const PADDING = 16;

function restored(elements: readonly BoardElement[]) {
  return restoreElements(elements as unknown as SceneElements, null, { repairBindings: true }).filter(
    (e) => !e.isDeleted,
  );
}

/**
 * The board as SVG text. With `inlineFonts` the hand-drawn fonts the text uses are embedded (a file
 * that looks the same anywhere); without, the SVG stays small and names the fonts only.
 */
export async function boardSvg(elements: readonly BoardElement[], inlineFonts = true): Promise<string> {
  const svg = await exportToSvg({
    elements: restored(elements),
    appState: LIGHT,
    files: null,
    exportPadding: PADDING,
    ...(inlineFonts ? {} : { skipInliningFonts: true as const }),
  });
  return new XMLSerializer().serializeToString(svg);
}

/** The board as a PNG at twice the drawn size (crisp when printed). */
export async function boardPng(elements: readonly BoardElement[]): Promise<Blob> {
  return exportToBlob({
    elements: restored(elements),
    appState: LIGHT,
    files: null,
    exportPadding: PADDING,
    getDimensions: (width: number, height: number) => ({ width: width * 2, height: height * 2, scale: 2 }),
    mimeType: 'image/png',
  });
}
