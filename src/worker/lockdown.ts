// The sandbox of the browser's Python worker. Candidate Python reaches JavaScript through Pyodide's
// `js` module (the worker's global object), `pyodide_js` and anything those lead to. Once Pyodide
// has loaded what it needs (its wasm, the standard library, the snapshot) and before any candidate
// code runs, every capability that reaches the app's origin or the network is deleted from the
// worker's global object, from every prototype on its chain and from `navigator`'s: what is left is
// an allowlist of plain computation (the ECMAScript built-ins), timers, text codecs and the worker's
// own line to the page (whose answers the runner checks against per-request tokens anyway).
//
// A deleted capability cannot be brought back: there is no other realm in a worker (no iframes,
// and `Worker` itself is gone), and the Content-Security-Policy the worker script is served with
// forbids `eval` and `Function`. Anything new a browser adds later is deleted too, since only the
// allowlist survives.

/** The ECMAScript built-ins: computation only, nothing that reaches outside the worker. */
const ECMASCRIPT = [
  'globalThis',
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
  'escape',
  'unescape',
  'AggregateError',
  'Array',
  'ArrayBuffer',
  'AsyncDisposableStack',
  'Atomics',
  'BigInt',
  'BigInt64Array',
  'BigUint64Array',
  'Boolean',
  'DataView',
  'Date',
  'DisposableStack',
  'Error',
  'EvalError',
  'FinalizationRegistry',
  'Float16Array',
  'Float32Array',
  'Float64Array',
  'Function',
  'Int8Array',
  'Int16Array',
  'Int32Array',
  'Intl',
  'Iterator',
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
  'SharedArrayBuffer',
  'String',
  'SuppressedError',
  'Symbol',
  'SyntaxError',
  'Temporal',
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
];

/**
 * What Pyodide and the engine still use once Python is running (Pyodide's scheduler, its error
 * conversion, text decoding, timers), and the worker's line to the page. `eval` is not here.
 */
const WEB = [
  'constructor',
  'console',
  'TextDecoder',
  'TextEncoder',
  'URL',
  'MessageChannel',
  'MessagePort',
  'AbortController',
  'AbortSignal',
  'DOMException',
  'Event',
  'EventTarget',
  'ErrorEvent',
  'MessageEvent',
  'postMessage',
  'close',
  'name',
  'onmessage',
  'onmessageerror',
  'onerror',
  'onlanguagechange',
  'onrejectionhandled',
  'onunhandledrejection',
  'self',
  'location',
  'navigator',
  'origin',
  'crossOriginIsolated',
  'isSecureContext',
  'performance',
  'crypto',
  'atob',
  'btoa',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'queueMicrotask',
  'structuredClone',
  'reportError',
  'addEventListener',
  'removeEventListener',
  'dispatchEvent',
];

/** Harmless facts about the browser; the rest of `navigator` (storage, locks, serviceWorker, usb, …) goes. */
const NAVIGATOR = [
  'constructor',
  'appCodeName',
  'appName',
  'appVersion',
  'hardwareConcurrency',
  'deviceMemory',
  'language',
  'languages',
  'onLine',
  'platform',
  'product',
  'userAgent',
];

/**
 * Names that must never be reachable from candidate code: the ways out of the sandbox, each with a
 * test in the hostile suite. After the lockdown the worker checks that none is left anywhere on the
 * global's or navigator's prototype chains, and refuses to start if one is.
 */
export const FORBIDDEN = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'EventSource',
  'WebTransport',
  'importScripts',
  'Worker',
  'SharedWorker',
  'BroadcastChannel',
  'caches',
  'CacheStorage',
  'Cache',
  'indexedDB',
  'IDBFactory',
  'localStorage',
  'sessionStorage',
  'cookieStore',
  'serviceWorker',
  'ServiceWorkerContainer',
  'storage',
  'storageBuckets',
  'locks',
  'webkitRequestFileSystem',
  'webkitRequestFileSystemSync',
  'webkitResolveLocalFileSystemURL',
  'webkitResolveLocalFileSystemSyncURL',
  'FileSystemDirectoryHandle',
  'createObjectURL',
  'Blob',
  'Request',
  'Response',
  'Notification',
  'fonts',
  'FontFace',
  'eval',
  'usb',
  'hid',
  'serial',
  'permissions',
  'RTCDataChannel',
];

const KEEP_GLOBAL = new Set([...ECMASCRIPT, ...WEB]);
const KEEP_NAVIGATOR = new Set(NAVIGATOR);

/** Deletes every own property of `target` and its prototypes (up to Object.prototype) not in `keep`. */
function strip(target: object, keep: Set<string>): void {
  for (let o: object | null = target; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
    for (const key of Reflect.ownKeys(o)) {
      if (typeof key === 'string' && keep.has(key)) continue;
      if (typeof key === 'symbol') continue; // Symbol.toStringTag and the like
      Reflect.deleteProperty(o, key);
    }
  }
}

/** Every name on `target`'s prototype chain (below Object.prototype) that is in FORBIDDEN. */
export function leftovers(target: object): string[] {
  const found: string[] = [];
  for (let o: object | null = target; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
    for (const key of Object.getOwnPropertyNames(o)) if (FORBIDDEN.includes(key)) found.push(key);
  }
  return found;
}

/**
 * Strips the worker's global scope down to the allowlist. Throws if anything forbidden is left (a
 * property a browser made non-deletable): the worker then fails to start rather than run candidate
 * code with a way out.
 */
export function lockDownWorkerScope(scope: typeof globalThis = globalThis): void {
  const nav = (scope as { navigator?: object }).navigator;
  if (nav) strip(nav, KEEP_NAVIGATOR);
  strip(scope, KEEP_GLOBAL);
  const url = (scope as { URL?: object }).URL;
  if (url) for (const name of ['createObjectURL', 'revokeObjectURL']) Reflect.deleteProperty(url, name);
  const left = [...leftovers(scope), ...(nav ? leftovers(nav) : [])];
  if (left.length > 0) throw new Error(`the Python sandbox could not remove: ${left.join(', ')}`);
}

/** Pyodide's own view of what it loads from outside (not in its typed API). */
interface PyodideInternals {
  _api?: Record<string, unknown>;
  _module?: Record<string, unknown>;
  [name: string]: unknown;
}

/**
 * Pyodide's own loaders read and run files and URLs (a script by dynamic import, a package, a
 * binary): candidate code reaches them through `pyodide_js`. Once Python has started nothing needs
 * them, so they are replaced by functions that refuse.
 */
export function lockDownPyodide(pyodide: object): void {
  const py = pyodide as PyodideInternals;
  const refuse = (what: string) => () => {
    throw new Error(`${what} is not available to code in the sandbox`);
  };
  for (const name of ['loadPackage', 'loadPackagesFromImports', 'mountNativeFS', 'mountNodeFS'])
    if (name in py) py[name] = refuse(name);
  const api = py._api;
  if (api)
    for (const name of ['loadScript', 'loadBinaryFile', 'loadPackage', 'initializeNodeSockFS'])
      if (name in api) api[name] = refuse(name);
  // Emscripten's file systems and sockets: NODEFS mounts the host's files (in Node), and SOCKFS turns
  // Python's socket module into WebSocket connections (through Node's own `ws` in Node). Both are
  // closed with a permission error, which Python reports as PermissionError.
  const module = py._module as EmscriptenInternals | undefined;
  const fs = module?.FS;
  if (!fs) return;
  const denied = () => {
    throw new fs.ErrnoError(EACCES);
  };
  for (const name of Object.keys(fs.filesystems)) {
    if (name !== 'MEMFS') fs.filesystems[name]!.mount = denied;
  }
  const sockets = module.SOCKFS?.websocket_sock_ops;
  if (sockets) for (const name of ['createPeer', 'connect', 'listen', 'sendmsg']) sockets[name] = denied;
}

/** Emscripten's errno for "permission denied" (its own numbering). */
const EACCES = 2;

interface EmscriptenInternals {
  FS?: { ErrnoError: new (errno: number) => Error; filesystems: Record<string, { mount: unknown }> };
  SOCKFS?: { websocket_sock_ops?: Record<string, unknown> };
}
