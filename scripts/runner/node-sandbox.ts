// The sandbox of the Node judge's Python worker thread. Pyodide in Node hands Python the whole host
// through its `js` module (`js.process`, `js.require`, whence `child_process`, `fs` and the
// network), mounts host directories with NODEFS and opens sockets through Node's `ws`. Here:
// - `js` is a small object of our making (the ECMAScript built-ins, timers and text codecs), not
//   the worker's global object, so Python never sees `process` or `require`;
// - the `require` Pyodide leaves on the global is removed, and its loaders, NODEFS and SOCKFS are
//   closed (lockDownPyodide);
// - Emscripten's runtime keeps its own `require` in a closure and calls Node from C: `os.system()`
//   runs `child_process.spawnSync` with a shell. In this thread, once Python has started, every
//   function of the Node modules that reach files, processes or the network is replaced by one that
//   refuses (closeHostModules), so what C or Pyodide would call there fails;
// - the thread is started with code generation from strings disallowed (node-runner.ts), so no
//   `Function` or `eval` reachable from any JavaScript object can compile a way back to the global;
//   the worker refuses to start Python if it is not.
import childProcess from 'node:child_process';
import dgram from 'node:dgram';
import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import https from 'node:https';
import net from 'node:net';
import { dirname } from 'node:path';
import tls from 'node:tls';
import vm from 'node:vm';
import workerThreads from 'node:worker_threads';
import { loadPyodide, type PyodideAPI } from 'pyodide';
import { bootPython, PYTHON_ENV, type SnapshotStore } from '../../src/worker/boot.ts';
import { lockDownPyodide } from '../../src/worker/lockdown.ts';

/**
 * Pyodide's directory, given explicitly: left to itself, Pyodide finds it from an error's stack,
 * which names its sources instead when source maps are on (the worker runs as a bundle, node-runner.ts).
 */
const INDEX_URL = `${dirname(createRequire(import.meta.url).resolve('pyodide/package.json'))}/`;

/** What candidate code sees as the `js` module: computation, timers and text codecs only. */
const JS_MODULE_NAMES = [
  'Infinity',
  'NaN',
  'undefined',
  'isFinite',
  'isNaN',
  'parseFloat',
  'parseInt',
  'decodeURI',
  'decodeURIComponent',
  'encodeURI',
  'encodeURIComponent',
  'AggregateError',
  'Array',
  'ArrayBuffer',
  'Atomics',
  'BigInt',
  'BigInt64Array',
  'BigUint64Array',
  'Boolean',
  'DataView',
  'Date',
  'Error',
  'EvalError',
  'FinalizationRegistry',
  'Float32Array',
  'Float64Array',
  'Function',
  'Int8Array',
  'Int16Array',
  'Int32Array',
  'Intl',
  'JSON',
  'Map',
  'Math',
  'Number',
  'Object',
  'Promise',
  'Proxy',
  'RangeError',
  'ReferenceError',
  'Reflect',
  'RegExp',
  'Set',
  'String',
  'Symbol',
  'SyntaxError',
  'TypeError',
  'URIError',
  'Uint8Array',
  'Uint8ClampedArray',
  'Uint16Array',
  'Uint32Array',
  'WeakMap',
  'WeakRef',
  'WeakSet',
  'WebAssembly',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'queueMicrotask',
  'TextDecoder',
  'TextEncoder',
];

function sandboxGlobals(): Record<string, unknown> {
  const globals: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const real = globalThis as unknown as Record<string, unknown>;
  for (const name of JS_MODULE_NAMES) if (name in real) globals[name] = real[name];
  return globals;
}

/** The object candidate code gets as `js` (exported for the test that walks everything it reaches). */
export const JS_MODULE = sandboxGlobals();

/** True when this thread cannot compile JavaScript from a string (the runner starts it that way). */
export function codeGenerationBlocked(): boolean {
  try {
    new Function('return 0');
    return false;
  } catch {
    return true;
  }
}

export interface SandboxedStart {
  /** `false` only for a test that inspects the sandbox from outside a worker. */
  checkCodeGeneration?: boolean;
  /**
   * With both: start from the snapshot the store holds (about 0.5 s instead of 2–5 s for a boot), or
   * boot, run `preload` and hand the store a snapshot, exactly as the browser worker does (boot.ts).
   * The `js` module is given at every start, so a restored interpreter sees this thread's sandbox.
   */
  preload?: string;
  store?: SnapshotStore | null;
}

export async function loadSandboxedPyodide({
  checkCodeGeneration = true,
  preload,
  store = null,
}: SandboxedStart = {}): Promise<PyodideAPI> {
  if (checkCodeGeneration && !codeGenerationBlocked())
    throw new Error('the Python worker must be started with code generation from strings disallowed');
  const py =
    preload === undefined
      ? await loadPyodide({ indexURL: INDEX_URL, jsglobals: JS_MODULE, env: { ...PYTHON_ENV } })
      : (
          await bootPython({
            loadPyodide: (options) => loadPyodide({ ...options, jsglobals: JS_MODULE }),
            indexURL: INDEX_URL,
            preload,
            store,
          })
        ).py;
  // Pyodide puts a `require` on the global for its own Node modules (fs, child_process, ws).
  delete (globalThis as { require?: unknown }).require;
  // The default standard streams are the thread's process.stdin/stdout/stderr, whose classes lead to
  // net.Socket: replaced before anything else runs (the engine then sets its own).
  py.setStdin({ stdin: () => null });
  py.setStdout({ write: (buf: Uint8Array) => buf.length });
  py.setStderr({ write: (buf: Uint8Array) => buf.length });
  lockDownPyodide(py);
  return py;
}

const HOST_MODULES: Record<string, object> = {
  child_process: childProcess,
  dgram,
  fs,
  'fs/promises': fsPromises,
  http,
  https,
  net,
  tls,
  vm,
  worker_threads: workerThreads,
};

/**
 * Replaces every function of this thread's file, process and network modules by one that refuses.
 * Only for the Python worker thread (each thread has its own copies of Node's modules), and only
 * after Pyodide has loaded and the engine has read what it needs. `spawnSync` answers "command not
 * found" rather than throwing, so `os.system()` returns 127 instead of crashing the interpreter.
 */
export function closeHostModules(): void {
  for (const [name, module] of Object.entries(HOST_MODULES)) {
    const exports = module as Record<string, unknown>;
    for (const key of Object.keys(exports)) {
      const descriptor = Object.getOwnPropertyDescriptor(exports, key);
      if (!descriptor?.configurable || typeof exports[key] !== 'function') continue; // a lazy getter for a class (net.BlockList)
      const refuse = () => {
        throw new Error(`${name}.${key} is not available to code in the sandbox`);
      };
      Object.defineProperty(exports, key, {
        value: refuse,
        writable: true,
        configurable: true,
        enumerable: descriptor.enumerable ?? true,
      });
    }
  }
  (childProcess as unknown as Record<string, unknown>).spawnSync = () => ({
    status: 127,
    signal: null,
    stdout: null,
    stderr: null,
    output: [],
    pid: 0,
  });
}
