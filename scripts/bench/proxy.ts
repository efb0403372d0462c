// A counting proxy in front of the server under test: every byte it passes to the browser is what
// the network would carry (compressed if the server compressed it), so "bytes on the wire" include
// the service worker's precache and any file fetched twice. It also serves the floor pages (bare
// Pyodide from the same files, floor/) on the same origin, with the same isolation headers.
import { createReadStream, existsSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const FLOOR_DIR = new URL('./floor/', import.meta.url).pathname;
const PYODIDE_DIR = dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));
const FLOOR_FILES: Record<string, [string, string]> = {
  '/__floor/': [join(FLOOR_DIR, 'index.html'), 'text/html'],
  '/__floor/page.mjs': [join(FLOOR_DIR, 'page.mjs'), 'text/javascript'],
  '/__floor/worker.mjs': [join(FLOOR_DIR, 'worker.mjs'), 'text/javascript'],
  '/__floor/pyodide.mjs': [join(PYODIDE_DIR, 'pyodide.mjs'), 'text/javascript'],
};
const ISOLATED = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface Wire {
  bytes: number;
  /** Responses per path, to see a file fetched twice. */
  fetches: Map<string, number>;
}

export interface Proxy {
  url: string;
  wire: Wire;
  reset(): void;
  close(): Promise<void>;
}

export function startProxy(upstream: string, port: number): Promise<Proxy> {
  const target = new URL(upstream);
  const wire: Wire = { bytes: 0, fetches: new Map() };
  const count = (path: string, res: IncomingMessage | null, body: NodeJS.ReadableStream, out: ServerResponse) => {
    wire.fetches.set(path, (wire.fetches.get(path) ?? 0) + 1);
    body.on('data', (chunk: Buffer) => (wire.bytes += chunk.length));
    body.pipe(out);
    void res;
  };
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const floor = FLOOR_FILES[path];
    if (floor && existsSync(floor[0])) {
      res.writeHead(200, { 'Content-Type': floor[1], 'Cache-Control': 'no-cache', ...ISOLATED });
      count(path, null, createReadStream(floor[0]), res);
      return;
    }
    const forward = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        count(path, up, up, res);
      },
    );
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${port}/`,
        wire,
        reset: () => {
          wire.bytes = 0;
          wire.fetches.clear();
        },
        close: () => new Promise((r) => server.close(() => r())),
      }),
    );
  });
}
