// The Node judge's sandbox seen from outside: everything JavaScript that candidate Python can reach
// (the `js` module, `pyodide_js` and whatever their properties, accessors and prototypes lead to)
// is walked, and none of it may be the host: the global object, `process`, a `require`, or a Node
// module that reads files, starts processes or opens connections. The hostile suite tries the same
// ways out from Python (hostile.test.ts, "reaching for the host").
import * as childProcess from 'node:child_process';
import * as fs from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import * as vm from 'node:vm';
import * as workerThreads from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { JS_MODULE, loadSandboxedPyodide } from './node-sandbox.ts';

/** Every object reachable from `roots` through own properties (values, accessors and what getters return) and prototypes. */
function reachable(roots: object[], limit = 500_000): Set<unknown> {
  const seen = new Set<unknown>();
  const queue: unknown[] = [...roots];
  while (queue.length > 0 && seen.size < limit) {
    const o = queue.pop();
    if ((typeof o !== 'object' && typeof o !== 'function') || o === null || seen.has(o)) continue;
    seen.add(o);
    queue.push(Object.getPrototypeOf(o));
    // Typed arrays hold numbers only (and Python's heap is one of them, a gigabyte of indices).
    if (ArrayBuffer.isView(o)) continue;
    for (const key of Reflect.ownKeys(o)) {
      const d = Reflect.getOwnPropertyDescriptor(o, key);
      if (!d) continue;
      if ('value' in d) queue.push(d.value);
      if (d.get) {
        queue.push(d.get);
        try {
          queue.push(Reflect.get(o, key));
        } catch {
          // a getter that needs another receiver
        }
      }
      if (d.set) queue.push(d.set);
    }
  }
  return seen;
}

describe('what candidate Python can reach in the Node judge', () => {
  it('no object reachable from js or pyodide_js is the host or a way to it', async () => {
    const py = await loadSandboxedPyodide({ checkCodeGeneration: false });
    const seen = reachable([JS_MODULE, py]);
    expect(seen.size).toBeGreaterThan(1000); // the walk went deep (Pyodide's module and file system)
    const modules: [string, object][] = Object.entries({
      childProcess,
      fs,
      fsPromises,
      http,
      https,
      net,
      vm,
      workerThreads,
    });
    const hostObjects = new Map<unknown, string>([
      [globalThis, 'globalThis'],
      [process, 'process'],
      ...modules.flatMap(
        ([name, ns]) =>
          [
            [ns, name],
            [(ns as { default?: unknown }).default, `${name} (default)`],
          ] as [unknown, string][],
      ),
      // and every function those modules export (fs.readFileSync, child_process.execSync, …)
      ...modules.flatMap(([name, ns]) =>
        Object.entries(ns)
          .filter(([, v]) => typeof v === 'function')
          .map(([k, v]) => [v, `${name}.${k}`] as [unknown, string]),
      ),
    ]);
    const found = [...seen].flatMap((o) => {
      const host = hostObjects.get(o);
      if (host) return [host];
      if (typeof o === 'function' && /^(require|createRequire)$/.test(o.name)) return [`function ${o.name}`];
      return [];
    });
    expect(found).toEqual([]);
    expect('require' in globalThis).toBe(false);
    // The walk visits Pyodide's whole module (≈ 15 s on an idle 2-core machine).
  }, 180_000);
});
