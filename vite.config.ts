import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { boardOnlyFiles, excalidrawAssets } from './scripts/vite-plugin-excalidraw-assets.ts';
import { practiceIndex } from './scripts/vite-plugin-practice-index.ts';
import { problemBank } from './scripts/vite-plugin-problem-bank.ts';
import { pyodideAssets } from './scripts/vite-plugin-pyodide.ts';
import { contentSecurityPolicy, ISOLATION_HEADERS } from './src/sw/isolation.ts';

// Cross-origin isolation gives SharedArrayBuffer, which the runner's interrupt buffer needs to stop
// a running loop without killing the worker. Every server that serves the app must send these
// (the service worker adds them to what it serves from its cache).
// The Content-Security-Policy allows only this origin (README: Deploying lists the same headers).
const servedHeaders = { ...ISOLATION_HEADERS, 'Content-Security-Policy': contentSecurityPolicy() };
const devHeaders = { ...ISOLATION_HEADERS, 'Content-Security-Policy': contentSecurityPolicy({ dev: true }) };

// Where the build writes (`vite build --outDir …` included), for hashing the precached files.
let buildOutDir = 'dist';
const outDirProbe = {
  name: 'mockloop-out-dir',
  configResolved: (config: { root: string; build: { outDir: string } }) =>
    void (buildOutDir = resolve(config.root, config.build.outDir)),
};

// Offline: the service worker precaches everything the app needs to start and run Python, Pyodide's
// 9.6 MB wasm included. Registration is in src/app/offline.ts, after Python is warm.
// Files a visitor may never need stay out of the precache: the service worker fetches them when
// first used and keeps them (src/sw/service-worker.ts). Today that is the fallback storage for
// browsers that refuse IndexedDB, the whiteboard (its chunks, named board-*, and its fonts under
// excalidraw/, and every file only its chunk reaches: boardOnlyFiles): its 18 MB would otherwise
// join every first visit, and the narration coach's voice model, its onnxruntime wasm (15 MB) and
// its worker, which only a review of a recorded round loads. The practice banks (named bank-*, 320 kB)
// load when a practice round needs them (src/data/practice-banks.ts). Monaco's editor worker (300 kB)
// serves tasks an interview editor never asks for (every assist is off and their contributions are
// not imported), so it is not precached either; should a task ever start it, it loads then.
const ON_DEMAND = [
  /^assets\/bank-/,
  /^assets\/editor\.worker-/,
  /^assets\/fallback-storage-/,
  /^assets\/board-/,
  /^assets\/excalidraw-canvas-/,
  /^excalidraw\//,
  /\.woff2$/,
  /^assets\/ort-wasm-/,
  /^assets\/silero_vad_/,
  /^assets\/vad\.worker-/,
];
/** Chunks holding any of Excalidraw's modules: the board's, loaded only when a board opens. */
const BOARD_MODULE = /\/node_modules\/@excalidraw\//;
/** The practice banks' data: its chunks are named bank-* so the precache can leave them out. */
const BANK_DATA = /\/src\/data\/(fundamentals|design-prompts|behavioral-questions)\.json$/;
const offline = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'src/sw',
  filename: 'service-worker.ts',
  injectRegister: false,
  registerType: 'autoUpdate',
  devOptions: { enabled: false },
  // The manifest's icons are in globPatterns already: listed once.
  includeManifestIcons: false,
  injectManifest: {
    globPatterns: ['**/*.{js,mjs,css,html,wasm,zip,json,svg,png,woff2,onnx}'],
    // The board's Chinese and Japanese hand-drawn font (209 files, 13 MB) stays out of the manifest
    // altogether: listing it would add 12 kB to every first visit's service worker. Online it loads
    // from our origin when such text is drawn; offline that text falls back to a system font.
    globIgnores: ['**/node_modules/**', 'excalidraw/fonts/Xiaolai/**'],
    maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
    // Each file's SHA-256, which the service worker checks a cached copy against before serving it
    // (src/sw/integrity.ts); as `integrity`, Workbox also checks the download at install.
    manifestTransforms: [
      (entries) => ({
        manifest: entries.map((entry) => ({
          ...entry,
          integrity: `sha256-${createHash('sha256')
            .update(readFileSync(resolve(buildOutDir, entry.url)))
            .digest('base64')}`,
          ...(ON_DEMAND.some((pattern) => pattern.test(entry.url)) || boardOnlyFiles.has(entry.url)
            ? { onDemand: true }
            : {}),
        })),
        warnings: [],
      }),
    ],
  },
  manifest: {
    name: 'Mockloop',
    short_name: 'Mockloop',
    description: 'Rehearse ML-engineer interview loops under real conditions.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#2563eb',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
});

export default defineConfig({
  plugins: [react(), problemBank(), practiceIndex(), pyodideAssets(), excalidrawAssets(), outDirProbe, offline],
  server: { headers: devHeaders },
  preview: { headers: servedHeaders, port: 4173, strictPort: true },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['pyodide'] },
  resolve: {
    // Packages such as y-monaco import monaco-editor/esm/vs/...; map them onto its exports map.
    alias: [{ find: /^monaco-editor\/esm\/vs\/(.*)$/, replacement: 'monaco-editor/$1' }],
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      output: {
        // Named so the precache can leave it out (ON_DEMAND): only browsers that refuse IndexedDB load it.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('/node_modules/fake-indexeddb/'))
            ? 'assets/fallback-storage-[hash].js'
            : chunk.moduleIds.some((id) => BOARD_MODULE.test(id))
              ? 'assets/board-[name]-[hash].js'
              : chunk.moduleIds.some((id) => BANK_DATA.test(id))
                ? 'assets/bank-[name]-[hash].js'
                : // board-* and bank-* are on-demand prefixes (ON_DEMAND): an app chunk named after a module
                  // such as board-schema.ts, which the paired round imports at start-up, must not take them.
                  /^(board|bank)/.test(chunk.name)
                  ? 'assets/app-[name]-[hash].js'
                  : 'assets/[name]-[hash].js',
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The runner tests start Pyodide in worker threads; two cores, so keep files from piling up.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
