import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { problemBank } from './scripts/vite-plugin-problem-bank.ts';
import { pyodideAssets } from './scripts/vite-plugin-pyodide.ts';

// Cross-origin isolation gives SharedArrayBuffer, which the runner's interrupt buffer needs to stop
// a running loop without killing the worker. Every server that serves the app must send these.
export const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  plugins: [react(), problemBank(), pyodideAssets()],
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders, port: 4173, strictPort: true },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['pyodide'] },
  resolve: {
    // Packages such as y-monaco import monaco-editor/esm/vs/...; map them onto its exports map.
    alias: [{ find: /^monaco-editor\/esm\/vs\/(.*)$/, replacement: 'monaco-editor/$1' }],
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
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
