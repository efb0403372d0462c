// The Node Python worker's code as one plain JavaScript file, built once per process with esbuild.
// Each worker thread used to register tsx and compile its TypeScript modules itself: about a second
// of CPU per worker, more than restoring Python from the snapshot costs. The judge replaces a worker
// after every kill or crash and starts a spare beside it, so the tests, the bank check and the CLI
// judge paid it many times over.
import { buildSync } from 'esbuild';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SOURCE = fileURLToPath(new URL('./node-python-worker.ts', import.meta.url));
/**
 * Inside node_modules so that the bundle's one external import, `pyodide`, resolves to the same
 * package as from the sources.
 */
const CACHE = fileURLToPath(new URL('../../node_modules/.cache/mockloop-judge/', import.meta.url));

let entry: URL | null = null;

/** The built worker (bundled on the first call; a file named by its content, so processes share it). */
export function workerEntry(): URL {
  if (entry) return entry;
  const built = buildSync({
    entryPoints: [SOURCE],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['pyodide'],
    write: false,
    logLevel: 'silent',
  });
  const code = built.outputFiles[0]!.contents;
  const file = `${CACHE}python-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  if (!existsSync(file)) {
    mkdirSync(CACHE, { recursive: true });
    // Written aside and renamed: another process reading it meanwhile never sees half a file.
    const part = `${file}.${randomUUID()}.part`;
    writeFileSync(part, code);
    renameSync(part, file);
  }
  entry = pathToFileURL(file);
  return entry;
}
