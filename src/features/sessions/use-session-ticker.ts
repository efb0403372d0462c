import { useEffect } from 'react';
import { useSessionStore } from '../../stores/session-store.ts';

const TICK_MS = 250;

/** Drives the session's clocks from the main thread (where tests' fake clocks reach) and saves on hide. */
export function useSessionTicker(): void {
  useEffect(() => {
    const { tick, flush, saveNow } = useSessionStore.getState();
    const timer = setInterval(tick, TICK_MS);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') saveNow();
      else tick();
    };
    // A closing page may never finish an IndexedDB write: saveNow journals synchronously first.
    const onHide = () => saveNow();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onHide);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, []);
}
