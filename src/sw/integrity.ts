// Cache Storage belongs to the whole origin, so anything that ever runs in it could rewrite a
// precached file and have the service worker serve it on every later visit, offline included. The
// build records each precached file's SHA-256 in the manifest (vite.config.ts); the service worker
// checks a cached file against it every time before serving it, and a file that no longer matches
// is dropped and fetched again from the network (offline: not served at all).

/** `sha256-<base64>`, the Subresource Integrity form the manifest carries. */
export async function integrityOf(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `sha256-${btoa(binary)}`;
}

/** The manifest's URL for a cache key: Workbox adds `__WB_REVISION__` to files without a hash in their name. */
export function manifestURL(cacheKey: string): string {
  const url = new URL(cacheKey);
  url.searchParams.delete('__WB_REVISION__');
  return url.href;
}

/** The cached response if its content still matches the build's hash, else null. */
export async function verified(response: Response, expected: string | undefined): Promise<Response | null> {
  if (!expected) return response; // not a precached file of this build: nothing to compare with
  const actual = await integrityOf(await response.clone().arrayBuffer());
  return actual === expected ? response : null;
}
