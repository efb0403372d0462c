// Starting Python from a snapshot and without one, with real Pyodide: the state a solution sees does
// not depend on how its interpreter started, and the private snapshot API failing costs only speed.
import { loadPyodide, type PyodideAPI } from 'pyodide';
import { describe, expect, it, vi } from 'vitest';
import { bootPython, type SnapshotStore } from './boot.ts';

/** Facts a solution could depend on: a string hash, a set's order, the first random draw. */
const PROBE =
  "import random, json\njson.dumps([hash('abc'), list({'apple', 'banana', 'cherry', 'date', 'elder'}), random.random()])";
const probe = (py: PyodideAPI) => JSON.parse(String(py.runPython(PROBE))) as [number, string[], number];

function memoryStore(): SnapshotStore & { bytes: Uint8Array | null; drops: number } {
  const store = {
    bytes: null as Uint8Array | null,
    drops: 0,
    read: async () => (store.bytes ? store.bytes.slice().buffer : undefined),
    write: (snapshot: Uint8Array) => void (store.bytes = snapshot.slice()),
    drop: async () => {
      store.drops++;
      store.bytes = null;
    },
  };
  return store;
}

describe('bootPython', () => {
  it('a first visit, two later visits and the Node judge see the same hashes; random is fresh after each restore', async () => {
    const store = memoryStore();
    const first = await bootPython({ loadPyodide, preload: 'import random', store });
    expect(first.kind).toBe('booted');
    expect(store.bytes?.byteLength).toBeGreaterThan(1_000_000);
    const later = [
      await bootPython({ loadPyodide, preload: 'import random', store }),
      await bootPython({ loadPyodide, preload: 'import random', store }),
    ];
    expect(later.map((s) => s.kind)).toEqual(['restored', 'restored']);
    const [a, b, c] = [probe(first.py), probe(later[0]!.py), probe(later[1]!.py)];
    expect(b[0]).toBe(a[0]);
    expect(c[0]).toBe(a[0]);
    expect(b[1]).toEqual(a[1]);
    expect(c[1]).toEqual(a[1]);
    // Without the re-seed both restores draw the number the snapshot's process would have drawn next.
    expect(b[2]).not.toBe(c[2]);
    // The Node judge's start (node-sandbox.ts) fixes the hash seed too: the same set order as the browser's.
    const { loadSandboxedPyodide } = await import('../../scripts/runner/node-sandbox.ts');
    const judge = probe(await loadSandboxedPyodide({ checkCodeGeneration: false }));
    expect(judge[0]).toBe(a[0]);
    expect(judge[1]).toEqual(a[1]);
  });

  it('when the private snapshot API fails, Python still starts: a bad snapshot is dropped and a plain boot follows', async () => {
    const store = memoryStore();
    store.bytes = new Uint8Array(64); // garbage where a snapshot should be
    const calls: string[] = [];
    const strict = ((config: Parameters<typeof loadPyodide>[0] = {}) => {
      if ('_loadSnapshot' in config) {
        calls.push('restore');
        return Promise.reject(new Error('_loadSnapshot is not supported'));
      }
      if ('_makeSnapshot' in config) {
        calls.push('snapshot');
        return Promise.reject(new Error('_makeSnapshot is not supported'));
      }
      calls.push('boot');
      return loadPyodide(config);
    }) as typeof loadPyodide;
    const started = await bootPython({ loadPyodide: strict, preload: 'X = 6 * 7', store });
    expect(calls).toEqual(['restore', 'snapshot', 'boot']);
    expect(started.kind).toBe('booted without snapshot');
    expect(store.drops).toBe(1);
    expect(store.bytes).toBeNull();
    expect(started.py.runPython('X')).toBe(42);
  });

  it('a store that can tell it holds a snapshot has Pyodide start while the snapshot is still being read', async () => {
    const store = memoryStore();
    await bootPython({ loadPyodide, preload: 'X = 6 * 7', store });
    let finishRead = () => {};
    const held = new Promise<void>((resolve) => (finishRead = resolve));
    let reading = true;
    const slow: SnapshotStore = {
      ...store,
      has: async () => store.bytes !== null,
      read: async () => {
        await held;
        reading = false;
        return store.read();
      },
    };
    let startedWhileReading = false;
    const spy = ((config: Parameters<typeof loadPyodide>[0] = {}) => {
      if ('_loadSnapshot' in config && reading) startedWhileReading = true;
      return loadPyodide(config);
    }) as typeof loadPyodide;
    const starting = bootPython({ loadPyodide: spy, preload: 'X = 6 * 7', store: slow });
    // Pyodide is under way (its files, its wasm) before the read finishes: not after it.
    await vi.waitFor(() => expect(startedWhileReading).toBe(true), { timeout: 5000 });
    finishRead();
    const started = await starting;
    expect(started.kind).toBe('restored');
    expect(started.py.runPython('X')).toBe(42);
  });

  it('a snapshot found but unreadable (the read fails, or comes back empty) is dropped and Python boots', async () => {
    for (const read of [() => Promise.reject(new Error('disk error')), async () => undefined]) {
      const store = memoryStore();
      store.bytes = new Uint8Array(64);
      const started = await bootPython({
        loadPyodide,
        preload: 'X = 6 * 7',
        store: { ...store, has: async () => true, read },
      });
      expect(started.kind).toBe('booted');
      expect(store.drops).toBe(1);
      expect(store.bytes?.byteLength).toBeGreaterThan(1_000_000); // a fresh snapshot was taken
      expect(started.py.runPython('X')).toBe(42);
    }
  });

  it('a store whose lookup fails counts as empty: Python boots and a snapshot is taken', async () => {
    const store = memoryStore();
    const started = await bootPython({
      loadPyodide,
      preload: 'X = 6 * 7',
      store: { ...store, has: () => Promise.reject(new Error('storage blocked')) },
    });
    expect(started.kind).toBe('booted');
    expect(store.bytes?.byteLength).toBeGreaterThan(1_000_000);
  });
});
