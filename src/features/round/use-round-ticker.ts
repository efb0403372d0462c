import { useEffect } from 'react';
import { useRoundStore } from '../../stores/round-store.ts';

const TICK_MS = 500;

/** Drives the round clock from the main thread (where tests' fake clocks reach) and saves on hide. */
export function useRoundTicker(): void {
  useEffect(() => {
    const { tick, flush, saveNow } = useRoundStore.getState();
    const timer = setInterval(tick, TICK_MS);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') saveNow();
      else tick();
    };
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
