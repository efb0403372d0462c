/// <reference lib="webworker" />
// The offline service worker: precaches the app shell, Monaco and Pyodide at the first visit, then
// serves them from the cache, so the app starts and runs Python with the network off.
//
// Every response it serves carries the cross-origin isolation headers. Without them a page served
// from the cache would lose SharedArrayBuffer (and with it the soft interrupt), and on a static host
// that cannot set headers this is what isolates the app from the second visit on (the
// coi-serviceworker pattern, folded into this worker because only one worker controls a scope).
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, addPlugins } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { manifestURL, verified } from './integrity.ts';
import { withAppHeaders } from './isolation.ts';

type ManifestEntry = { url: string; revision: string | null; integrity?: string; onDemand?: boolean };
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: unknown };

const isolation: WorkboxPlugin = {
  handlerWillRespond: async ({ response }) => withAppHeaders(response),
};

// Each precached file's SHA-256 from the build (integrity.ts): a cached copy that no longer matches
// (Cache Storage rewritten by anything running in the origin) is deleted and never served; Workbox
// then fetches the file again from the network.
// Read once: the build replaces exactly one mention of the manifest.
const manifest = self.__WB_MANIFEST as Array<ManifestEntry | string>;
const integrity = new Map(
  manifest.map((entry) =>
    typeof entry === 'string'
      ? [entry, undefined]
      : [new URL(entry.url, self.registration.scope).href, entry.integrity],
  ),
);
const tamperCheck: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cacheName, request, cachedResponse }) => {
    if (!cachedResponse) return null;
    const good = await verified(cachedResponse, integrity.get(manifestURL(request.url)));
    if (!good)
      await caches
        .open(cacheName)
        .then((cache) => cache.delete(request))
        .catch(() => false);
    return good;
  },
};

// The page has just downloaded Pyodide (12 MB) and the app's chunks to start; the install fetches
// the same files. Each install fetch goes to the plain URL (without Workbox's revision parameter)
// and revalidates the HTTP cache's copy instead of bypassing it, so a file the page already has
// costs a 304, not a second download. Its content is still checked against the build's hash.
const reuseDownloads: WorkboxPlugin = {
  requestWillFetch: async ({ request }) =>
    new Request(manifestURL(request.url), {
      cache: 'no-cache',
      credentials: 'same-origin',
      integrity: request.integrity,
    }),
};

addPlugins([tamperCheck, isolation, reuseDownloads]);
// Files a visitor may never need (fallback storage, Monaco's editor worker, the practice banks) are
// not precached: fetched when first used, then kept in their own cache and checked against the
// build's hash like the precache.
precacheAndRoute(
  manifest
    .filter((entry) => typeof entry === 'string' || !entry.onDemand)
    .map((entry) =>
      typeof entry === 'string'
        ? entry
        : { url: entry.url, revision: entry.revision, ...(entry.integrity ? { integrity: entry.integrity } : {}) },
    ),
);
cleanupOutdatedCaches();
// Client-side routes (/round/two-sum, /gaps, …) all answer with the cached index.html.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));
const ON_DEMAND_CACHE = 'mockloop-on-demand';
const onDemand = new Set(
  manifest.flatMap((entry) =>
    typeof entry !== 'string' && entry.onDemand ? [new URL(entry.url, self.registration.scope).href] : [],
  ),
);
registerRoute(
  ({ url, request }) => request.method === 'GET' && onDemand.has(url.href),
  async ({ request }) => {
    const cache = await caches.open(ON_DEMAND_CACHE);
    const cached = await cache.match(request);
    const good = cached ? await verified(cached, integrity.get(request.url)) : null;
    if (good) return withAppHeaders(good);
    const response = await fetch(request);
    if (response.ok && (await verified(response.clone(), integrity.get(request.url))))
      await cache.put(request, response.clone()).catch(() => undefined);
    return withAppHeaders(response);
  },
);

self.addEventListener('install', () => {
  void self.skipWaiting();
});
self.addEventListener('activate', (event) => {
  event.waitUntil(Promise.all([self.clients.claim(), dropOldOnDemand()]));
});

/** On-demand files of earlier builds (their names carry a content hash) are never asked for again. */
async function dropOldOnDemand(): Promise<void> {
  const cache = await caches.open(ON_DEMAND_CACHE);
  for (const request of await cache.keys()) if (!onDemand.has(request.url)) await cache.delete(request);
}
