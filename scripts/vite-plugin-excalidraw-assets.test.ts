import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { boardOnly } from './vite-plugin-excalidraw-assets.ts';

type Bundle = Rollup.OutputBundle;

/** A chunk as the bundle lists it, with just what boardOnly reads. */
function chunk(
  fileName: string,
  modules: string[],
  imports: string[] = [],
  dynamicImports: string[] = [],
  isEntry = false,
) {
  return {
    type: 'chunk',
    fileName,
    isEntry,
    facadeModuleId: modules[0] ?? null,
    modules: Object.fromEntries(modules.map((id) => [id, {}])),
    imports,
    dynamicImports,
  };
}

function bundleOf(...chunks: ReturnType<typeof chunk>[]): Bundle {
  return Object.fromEntries(chunks.map((c) => [c.fileName, c])) as unknown as Bundle;
}

const EXCALIDRAW = '/repo/node_modules/@excalidraw/excalidraw/dist/prod/index.js';

describe('boardOnly: the files the precache leaves to the board', () => {
  // The app opens Excalidraw through two doors: the canvas and the SVG/PNG exporters. Excalidraw
  // loads Mermaid on demand; Mermaid must stay out of the precache whichever door is used.
  const bundle = bundleOf(
    chunk(
      'assets/index.js',
      ['/repo/src/app/main.tsx'],
      ['assets/react.js'],
      ['assets/canvas.js', 'assets/export.js'],
      true,
    ),
    chunk('assets/react.js', ['/repo/node_modules/react/index.js']),
    chunk('assets/canvas.js', ['/repo/src/features/whiteboard/excalidraw-canvas.tsx'], ['assets/board-x.js']),
    chunk('assets/export.js', ['/repo/src/features/whiteboard/board-export.ts'], ['assets/board-x.js']),
    chunk('assets/board-x.js', [EXCALIDRAW], ['assets/react.js'], ['assets/mermaid.js']),
    chunk('assets/mermaid.js', ['/repo/node_modules/mermaid/dist/mermaid.js'], [], ['assets/cytoscape.js']),
    chunk('assets/cytoscape.js', ['/repo/node_modules/cytoscape/dist/cytoscape.esm.js']),
  );

  it('leaves out what only Excalidraw loads, even when a module besides the canvas imports it', () => {
    const files = boardOnly(bundle);
    expect(files).toEqual(expect.arrayContaining(['assets/board-x.js', 'assets/mermaid.js', 'assets/cytoscape.js']));
  });

  it('keeps what the app itself needs', () => {
    const files = boardOnly(bundle);
    expect(files).not.toContain('assets/react.js');
    expect(files).not.toContain('assets/index.js');
  });

  it('leaves out nothing when the app imports Mermaid itself', () => {
    const shared = bundleOf(
      chunk('assets/index.js', ['/repo/src/app/main.tsx'], ['assets/mermaid.js'], ['assets/canvas.js'], true),
      chunk('assets/canvas.js', ['/repo/src/features/whiteboard/excalidraw-canvas.tsx'], ['assets/board-x.js']),
      chunk('assets/board-x.js', [EXCALIDRAW], [], ['assets/mermaid.js']),
      chunk('assets/mermaid.js', ['/repo/node_modules/mermaid/dist/mermaid.js']),
    );
    expect(boardOnly(shared)).not.toContain('assets/mermaid.js');
  });
});
