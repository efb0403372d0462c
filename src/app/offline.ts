// Registers the offline service worker (src/sw/service-worker.ts) in production builds. It waits
// until Python is warm, so that precaching 15 MB does not slow the first start it is meant to speed up.
import { useOfflineStore } from '../stores/offline-store.ts';

const SCRIPT = `${import.meta.env.BASE_URL}service-worker.js`;

export async function registerOffline(after: Promise<unknown>): Promise<void> {
  const { set } = useOfflineStore.getState();
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  // Already installed at an earlier visit: this page was served from the cache.
  if (sw.controller) set('ready');
  await after;
  try {
    const registration = await sw.register(SCRIPT, { scope: import.meta.env.BASE_URL });
    if (!sw.controller) set('installing');
    // The worker claims open pages once it has precached everything (skipWaiting + clients.claim).
    await sw.ready;
    if (sw.controller) set('ready');
    else sw.addEventListener('controllerchange', () => set('ready'), { once: true });
    // A newer build found later replaces the cache for the next start; this page keeps running.
    registration.addEventListener('updatefound', () => {
      if (sw.controller) set('installing');
      registration.installing?.addEventListener('statechange', (e) => {
        if ((e.target as ServiceWorker).state === 'activated') set('ready');
      });
    });
  } catch (err) {
    set('unavailable', `Offline use is not available: ${String(err)}`);
  }
}
