// Starting Python: from a memory snapshot when one is stored, else a full boot that takes one.
// Shared by the browser worker (python.worker.ts, Cache Storage) and the tests (any store).
//
// Interpreter state that does not depend on the visit: a restored interpreter is the snapshot's
// process continued, so its hash seed and its `random` state are the same on every restore. Hashes
// are fixed everywhere instead (PYTHONHASHSEED=0 in every interpreter, the Node judge's included:
// the order of a set of strings is the same on a first visit, on later visits and in CI), and
// `random` is re-seeded from fresh entropy after each restore, as a booted interpreter is.
import type { loadPyodide as LoadPyodide, PyodideAPI } from 'pyodide';

/** Environment of every interpreter the app or the judge starts. */
export const PYTHON_ENV: Readonly<Record<string, string>> = { PYTHONHASHSEED: '0' };

/** Run in a restored interpreter before anything else: what a fresh process would have. */
const AFTER_RESTORE = 'import random\nrandom.seed()';

/** Where snapshots live between visits (Cache Storage in the browser). */
export interface SnapshotStore {
  read(): Promise<ArrayBuffer | undefined>;
  /**
   * Whether a snapshot is stored, known before its bytes are read (a cache lookup against a 30 MB
   * read). A store that tells starts the restore at once: Pyodide's files are fetched and its wasm
   * compiled while the snapshot is still being read, instead of after it.
   */
  has?(): Promise<boolean>;
  /** Not awaited by the start: storing 30 MB must not delay it. A failure costs only speed next time. */
  write(snapshot: Uint8Array): void;
  drop(): Promise<void>;
}

export interface BootOptions {
  loadPyodide: typeof LoadPyodide;
  indexURL?: string;
  /** Python run once after a full boot and kept in the snapshot (the harness, the imports it needs). */
  preload: string;
  store: SnapshotStore | null;
}

export type StartKind = 'restored' | 'booted' | 'booted without snapshot';

/**
 * Detaches a buffer so its memory can be freed: Pyodide keeps the config it was given, snapshot
 * included (30 MB held for the worker's whole life otherwise).
 */
export function release(buffer: ArrayBuffer): void {
  try {
    structuredClone(buffer, { transfer: [buffer] });
  } catch {
    // Not transferable here (already detached): nothing held.
  }
}

/**
 * The stored snapshot's bytes, still being read when the store can tell it has one (wrapped: an
 * async function would wait for a promise it returns); null if none is stored.
 */
async function storedSnapshot(store: SnapshotStore | null): Promise<{ bytes: Promise<ArrayBuffer> } | null> {
  if (!store) return null;
  if (store.has) {
    if (!(await store.has().catch(() => false))) return null;
    const bytes = store.read().then((saved) => saved ?? Promise.reject(new Error('the snapshot went missing')));
    bytes.catch(() => undefined); // a failed read fails the restore, which then starts afresh
    return { bytes };
  }
  const saved = await store.read().catch(() => undefined);
  return saved ? { bytes: Promise.resolve(saved) } : null;
}

export async function bootPython({
  loadPyodide,
  indexURL,
  preload,
  store,
}: BootOptions): Promise<{ py: PyodideAPI; kind: StartKind }> {
  const base = { ...(indexURL ? { indexURL } : {}), env: { ...PYTHON_ENV } };
  const saved = await storedSnapshot(store);
  if (saved) {
    try {
      const py = await loadPyodide({ ...base, _loadSnapshot: saved.bytes });
      release(await saved.bytes);
      py.runPython(AFTER_RESTORE);
      return { py, kind: 'restored' };
    } catch {
      await store?.drop().catch(() => undefined); // unusable: drop it and start afresh
    }
  }
  // The snapshot options are Pyodide's private API: if a version refuses them, start without.
  let py: PyodideAPI | null = null;
  if (store) py = await loadPyodide({ ...base, _makeSnapshot: true }).catch(() => null);
  const snapshotting = py !== null;
  py ??= await loadPyodide(base);
  py.runPython(preload);
  if (store && snapshotting) {
    try {
      store.write(py.makeMemorySnapshot() as Uint8Array);
    } catch {
      // A snapshot that cannot be taken only means the next start is a full one.
    }
  }
  return { py, kind: snapshotting || !store ? 'booted' : 'booted without snapshot' };
}
