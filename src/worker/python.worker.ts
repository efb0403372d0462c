// Browser worker entry: Pyodide from the app's own origin, the shared engine, nothing else.
import { loadPyodide, version, type PyodideAPI } from 'pyodide';
import { bootPython, type SnapshotStore } from './boot.ts';
import { createEngine, harnessPreload } from './engine.ts';
import { joinHarness } from './harness-source.ts';
import { lockDownPyodide, lockDownWorkerScope } from './lockdown.ts';
import type { WorkerRequest } from './protocol.ts';

// The harness's parts as text, joined in their order (harness-source.ts).
const harnessParts = import.meta.glob<string>('./harness/*.py', { query: '?raw', import: 'default', eager: true });
const harnessSource = joinHarness((part) => harnessParts[`./harness/${part}`]);

const indexURL = new URL(`${import.meta.env.BASE_URL}pyodide/`, self.location.origin).href;

// A memory snapshot of a started interpreter, taken at the first start and kept in Cache Storage:
// later starts restore it instead of booting Python (≈ 0.7 s instead of ≈ 3 s). It holds the
// standard library modules and the harness, never user code, and is keyed by Pyodide's version and
// the harness's hash, so a new build with a changed harness takes a new one (and `env`, the start
// options in boot.ts: snapshots taken before hashes were fixed are not used).
const SNAPSHOT_CACHE = 'mockloop-python-snapshot';
const snapshotURL = new URL(`__snapshot/pyodide-${version}-${hash(harnessSource)}-env1.bin`, indexURL).href;
const PRELOAD = harnessPreload(harnessSource);

/** FNV-1a, enough to tell harness versions apart. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

async function openSnapshots(): Promise<Cache | null> {
  try {
    return typeof caches === 'undefined' ? null : await caches.open(SNAPSHOT_CACHE);
  } catch {
    return null; // storage blocked (private mode, policy): start the slow way
  }
}

/**
 * The snapshot in Cache Storage. Its lookup and its read start at once, before the runner's init
 * arrives; the lookup answers `has` in milliseconds, so Pyodide starts while the 30 MB are still read.
 */
function snapshotStore(cache: Cache | null): SnapshotStore | null {
  if (!cache) return null;
  const found = cache.match(snapshotURL);
  const reading = found.then((saved) => saved?.arrayBuffer());
  reading.catch(() => undefined);
  return {
    has: () => found.then((saved) => saved !== undefined),
    read: () => reading,
    write: (snapshot) => {
      const body = new Response(snapshot as Uint8Array<ArrayBuffer>, {
        headers: { 'Content-Type': 'application/octet-stream' },
      });
      void cache.put(snapshotURL, body).catch(() => undefined);
    },
    drop: async () => void (await cache.delete(snapshotURL)),
  };
}

// Opened (and the snapshot's read started) as this module runs, in parallel with everything else.
const store = openSnapshots().then(snapshotStore);

/**
 * Starts Python, then takes away everything in this worker that reaches beyond it (lockdown.ts):
 * nothing candidate code runs in, whether booted or restored from the snapshot, keeps a way out.
 */
async function load(): Promise<PyodideAPI> {
  const { py } = await bootPython({ loadPyodide, indexURL, preload: PRELOAD, store: await store });
  lockDownWorkerScope();
  lockDownPyodide(py);
  return py;
}

// Candidate code can reach this global through Pyodide's `js` module. Bound now, before any of it
// runs, so replacing self.postMessage cannot rewrite results on their way out.
const postMessage = self.postMessage.bind(self);
const handle = createEngine({ load, harnessSource, post: (message) => postMessage(message) });
// Registered first and held only in this closure, so code in Python cannot remove it; it stops the
// event there, so a listener that code adds later never sees a request or its id.
self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  event.stopImmediatePropagation();
  handle(event.data);
});
