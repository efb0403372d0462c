// Serves the whiteboard's fonts (Excalidraw's woff2 files) from the app's own origin, under
// /excalidraw/fonts/: from node_modules in dev, copied into the build output for preview and
// deploys. The board points Excalidraw there (window.EXCALIDRAW_ASSET_PATH), so no font is asked
// of a CDN. None of them is precached: the service worker keeps each one when first used.
//
// Excalidraw also lists a CDN copy (esm.sh) after ours in every font face, as a fallback. Chromium
// checks every listed source against the Content-Security-Policy when the face is made, so each one
// shows up as a (blocked) request to another origin. The build rewrites that fallback to our own
// folder, and fails if a new Excalidraw no longer has it where expected.
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize, relative, sep } from 'node:path';
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;

/** Where the fonts are served from, under the app's base. */
export const BOARD_ASSET_DIR = 'excalidraw';

function fontsDir(): string {
  const require = createRequire(import.meta.url);
  // The package's exports map lists no package.json: resolve its main file and walk up.
  return join(dirname(require.resolve('@excalidraw/excalidraw')), 'fonts');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.isFile() ? [join(dir, entry.name)] : [],
  );
}

/** The module that imports Excalidraw: the door to everything only the board needs. */
const BOARD_ENTRY = /\/features\/whiteboard\/excalidraw-canvas\.tsx$/;

/**
 * Output files that only the board reaches (Excalidraw, and what it loads on demand: Mermaid,
 * KaTeX, its locales, their CSS and fonts), filled in as the build writes its bundle. The service
 * worker fetches these when first used instead of precaching them (vite.config.ts).
 */
export const boardOnlyFiles = new Set<string>();

/** Adds to `out` every file reached from the chunks in `from` through static and dynamic imports, not passing `stop`. */
function reach(bundle: OutputBundle, from: string[], stop: (file: string) => boolean, out: Set<string>): void {
  const queue = [...from];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (out.has(file) || stop(file)) continue;
    out.add(file);
    const item = bundle[file];
    if (item?.type !== 'chunk') continue;
    const meta = (item as { viteMetadata?: { importedCss: Set<string>; importedAssets: Set<string> } }).viteMetadata;
    for (const css of meta?.importedCss ?? []) out.add(css);
    for (const asset of meta?.importedAssets ?? []) out.add(asset);
    queue.push(...item.imports, ...item.dynamicImports);
  }
}

/** True for a chunk that holds any of Excalidraw's own code. */
function holdsExcalidraw(chunk: Rollup.OutputChunk): boolean {
  return Object.keys(chunk.modules).some((id) => id.includes('/node_modules/@excalidraw/'));
}

/**
 * The files only the board reaches: those reached from its chunks (the canvas's, and every chunk
 * holding Excalidraw's code) but not from the app's entries without them. Stopping at Excalidraw's
 * own chunks, not only at the canvas, keeps this right when another module (the SVG/PNG exporters)
 * imports Excalidraw too: what Excalidraw loads on demand (Mermaid, KaTeX, locales) stays out of
 * the precache whichever door the app opens it through.
 */
export function boardOnly(bundle: OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
  const board = chunks
    .filter((c) => (c.facadeModuleId && BOARD_ENTRY.test(c.facadeModuleId)) || holdsExcalidraw(c))
    .map((c) => c.fileName);
  if (board.length === 0) return [];
  const app = new Set<string>();
  reach(
    bundle,
    chunks.filter((c) => c.isEntry).map((c) => c.fileName),
    (f) => board.includes(f),
    app,
  );
  const fromBoard = new Set<string>();
  reach(bundle, board, () => false, fromBoard);
  return [...fromBoard].filter((f) => !app.has(f));
}

/** Excalidraw's CDN fallback for its fonts, as its build writes it. */
const CDN_FALLBACK = /"ASSETS_FALLBACK_URL",\s*`https:\/\/esm\.sh\/[\s\S]*?\}\/dist\/prod\/`/;

export function excalidrawAssets(): Plugin {
  const dir = fontsDir();
  const prefix = `/${BOARD_ASSET_DIR}/fonts/`;
  let base = '/';
  return {
    name: 'mockloop-excalidraw-assets',
    configResolved(config) {
      base = config.base;
    },
    transform(code, id) {
      if (!id.includes('/@excalidraw/excalidraw/dist/') || !code.includes('ASSETS_FALLBACK_URL')) return null;
      if (!CDN_FALLBACK.test(code)) this.error(`${id}: Excalidraw's font fallback URL moved; update CDN_FALLBACK`);
      const ours = `"ASSETS_FALLBACK_URL", \`\${location.origin}${base}${BOARD_ASSET_DIR}/\``;
      return { code: code.replace(CDN_FALLBACK, ours), map: null };
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = decodeURIComponent(req.url?.split('?')[0] ?? '');
        if (!url.startsWith(prefix)) return next();
        const path = normalize(join(dir, url.slice(prefix.length)));
        // Nothing outside the fonts folder, whatever the URL says.
        if (!path.startsWith(dir + sep) || !path.endsWith('.woff2')) return next();
        try {
          const stat = statSync(path);
          res.setHeader('Content-Type', 'font/woff2');
          res.setHeader('Content-Length', String(stat.size));
          res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
          createReadStream(path).pipe(res);
        } catch {
          next();
        }
      });
    },
    generateBundle(_options, bundle) {
      for (const file of boardOnly(bundle)) boardOnlyFiles.add(file);
      for (const file of filesUnder(dir).filter((f) => f.endsWith('.woff2'))) {
        const fileName = `${BOARD_ASSET_DIR}/fonts/${relative(dir, file).split(sep).join('/')}`;
        this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
      }
    },
  };
}
