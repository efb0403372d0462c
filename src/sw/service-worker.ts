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

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null; integrity?: string }> };

const isolation: WorkboxPlugin = {
  handlerWillRespond: async ({ response }) => withAppHeaders(response),
};

// Each precached file's SHA-256 from the build (integrity.ts): a cached copy that no longer matches
// (Cache Storage rewritten by anything running in the origin) is deleted and never served; Workbox
// then fetches the file again from the network.
// Read once: the build replaces exactly one mention of the manifest.
const manifest = self.__WB_MANIFEST;
const integrity = new Map(
  manifest.map((entry) => (typeof entry === 'string' ? [entry, undefined] : [new URL(entry.url, self.registration.scope).href, entry.integrity])),
);
const tamperCheck: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cacheName, request, cachedResponse }) => {
    if (!cachedResponse) return null;
    const good = await verified(cachedResponse, integrity.get(manifestURL(request.url)));
    if (!good) await caches.open(cacheName).then((cache) => cache.delete(request)).catch(() => false);
    return good;
  },
};

addPlugins([tamperCheck, isolation]);
precacheAndRoute(manifest);
cleanupOutdatedCaches();
// Client-side routes (/round/two-sum, /gaps, …) all answer with the cached index.html.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

self.addEventListener('install', () => {
  void self.skipWaiting();
});
self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});
