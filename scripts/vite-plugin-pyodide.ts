// Serves Pyodide's runtime files from the app's own origin: from node_modules in dev, copied into
// the build output for preview and deploys. No request for Python ever leaves the origin.
//
// Compression: the 9.6 MB wasm compresses to 3.6 MB with gzip, but Vite's servers (and many static
// hosts) compress only types they know as text, never application/wasm; and these files are served
// here, not by Vite's static middleware, so nothing else compresses them. The build writes a `.gz`
// beside the wasm, the 1.3 MB runtime (0.26 MB gzip) and the lock file; the preview and dev servers
// send it with `Content-Encoding: gzip` to browsers that accept gzip (README: Deploying says how to do
// the same on a host). python_stdlib.zip is compressed already and is sent as it is.
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export const PYODIDE_FILES = ['pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'] as const;
/** Files sent gzip-compressed from a `.gz` beside them. */
export const PRECOMPRESSED = ['pyodide.asm.wasm', 'pyodide.asm.mjs', 'pyodide-lock.json'] as const;
const BASE = '/pyodide/';
const TYPES: Record<string, string> = {
  mjs: 'text/javascript',
  wasm: 'application/wasm',
  zip: 'application/zip',
  json: 'application/json',
};

function pyodideDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('pyodide/package.json'));
}

/**
 * Answers a request for one of Pyodide's files from `dir` (with `.gz` beside the precompressed
 * ones), with validators so that a second fetch of the same file (the service worker's install
 * after the page's start) costs a 304. Returns false for any other URL.
 */
function serve(
  dir: string,
  req: IncomingMessage,
  res: ServerResponse,
  headers: Record<string, string>,
  gz: (file: string) => string | null,
): boolean {
  const url = req.url?.split('?')[0] ?? '';
  const file = url.startsWith(BASE) ? url.slice(BASE.length) : '';
  if (!(PYODIDE_FILES as readonly string[]).includes(file)) return false;
  const zipped = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? gz(file) : null;
  const path = zipped ?? join(dir, file);
  const stat = statSync(path);
  const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}${zipped ? '-gz' : ''}"`;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('Content-Type', TYPES[file.split('.').pop()!] ?? 'application/octet-stream');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('ETag', etag);
  res.setHeader('Vary', 'Accept-Encoding');
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  if (zipped) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', String(stat.size));
  if (req.method === 'HEAD') res.end();
  else createReadStream(path).pipe(res);
  return true;
}

export function pyodideAssets(): Plugin {
  const dir = pyodideDir();
  return {
    name: 'mockloop-pyodide-assets',
    configureServer(server) {
      // Dev: compressed once, in memory, on first request.
      const zipped = new Map<string, string>();
      const gz = (file: string): string | null => {
        if (!(PRECOMPRESSED as readonly string[]).includes(file)) return null;
        if (!zipped.has(file)) {
          const out = join(server.config.cacheDir, `${file}.gz`);
          if (!existsSync(out) || statSync(out).mtimeMs < statSync(join(dir, file)).mtimeMs)
            writeGz(out, join(dir, file));
          zipped.set(file, out);
        }
        return zipped.get(file)!;
      };
      server.middlewares.use((req, res, next) => {
        if (!serve(dir, req, res, {}, gz)) next();
      });
    },
    configurePreviewServer(server) {
      // resolve, not join: `vite preview --outDir /abs/dist` (a before/after build) is absolute.
      const out = resolve(server.config.root, server.config.build.outDir, 'pyodide');
      // Registered before Vite's own header middleware: the configured headers are set here too.
      const headers = (server.config.preview.headers ?? {}) as Record<string, string>;
      const gz = (file: string) => (existsSync(join(out, `${file}.gz`)) ? join(out, `${file}.gz`) : null);
      server.middlewares.use((req, res, next) => {
        if (!existsSync(out) || !serve(out, req, res, headers, gz)) next();
      });
    },
    generateBundle() {
      for (const file of PYODIDE_FILES) {
        const source = readFileSync(join(dir, file));
        this.emitFile({ type: 'asset', fileName: `pyodide/${file}`, source });
        if ((PRECOMPRESSED as readonly string[]).includes(file))
          this.emitFile({ type: 'asset', fileName: `pyodide/${file}.gz`, source: gzipSync(source, { level: 9 }) });
      }
    },
  };
}

function writeGz(out: string, source: string): void {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, gzipSync(readFileSync(source), { level: 9 }));
}
