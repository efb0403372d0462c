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
import { withAppHeaders } from './isolation.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

const isolation: WorkboxPlugin = {
  handlerWillRespond: async ({ response }) => withAppHeaders(response),
};

addPlugins([isolation]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Client-side routes (/round/two-sum, /gaps, …) all answer with the cached index.html.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

self.addEventListener('install', () => {
  void self.skipWaiting();
});
self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});
