// The headers that make a page cross-origin isolated (SharedArrayBuffer, hence the soft interrupt).
// Shared by the dev/preview servers (vite.config.ts) and the service worker.

export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * A copy of the response with the isolation headers and the Content-Security-Policy set, so that a
 * page served from the cache is as isolated and as locked down as one served by a configured host.
 * Opaque responses are returned as they are.
 */
export function withAppHeaders(response: Response): Response {
  if (response.type === 'opaque' || response.status === 0) return response;
  // Already as isolated and locked down (a host that sends the headers): served as it is, so a file
  // from Cache Storage stays the browser's own cached copy, whose compiled code (Pyodide's 9.6 MB
  // wasm, the scripts) the browser keeps beside it; a copy made here would be compiled again.
  if (hasAppHeaders(response.headers)) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION_HEADERS)) headers.set(name, value);
  if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', contentSecurityPolicy());
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** Whether a response already carries the isolation headers and a Content-Security-Policy. */
export function hasAppHeaders(headers: Headers): boolean {
  return (
    headers.has('Content-Security-Policy') &&
    Object.entries(ISOLATION_HEADERS).every(([name, value]) => headers.get(name) === value)
  );
}

/**
 * The paired mock's server is chosen by the user (a LAN address, another port), so no served list
 * can name it: the served policy lets WebSockets go to any host, and each page narrows that to the
 * one server it uses with a meta policy (src/pairing/connect-policy.ts). Only WebSockets: fetch,
 * images and scripts stay on this origin, and script-src still forbids inline and foreign code.
 */
export const PAIRING_CONNECT_SOURCES = ['ws:', 'wss:'] as const;

/**
 * The Content-Security-Policy of the built app: only its own origin, plus what WebAssembly needs
 * ('wasm-unsafe-eval' lets Pyodide compile its wasm; no JavaScript eval). Styles allow inline
 * because Monaco positions its widgets with style attributes. `connect` adds origins the app may
 * talk to; WebSockets to any host are allowed for the paired mock, until the page narrows them
 * (PAIRING_CONNECT_SOURCES).
 */
export function contentSecurityPolicy(options: { dev?: boolean; connect?: string[] } = {}): string {
  // Vite's dev server also talks over ws:, which PAIRING_CONNECT_SOURCES already covers.
  const connect = [...new Set(["'self'", ...(options.connect ?? []), ...PAIRING_CONNECT_SOURCES])];
  return [
    "default-src 'self'",
    // Dev only: Vite's React refresh preamble is an inline script.
    `script-src 'self' 'wasm-unsafe-eval'${options.dev ? " 'unsafe-inline'" : ''}`,
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    // The review plays think-aloud audio from an object URL of the chunks in IndexedDB.
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
