// Every timed round's clock is driven from the main thread (where tests' fake clocks reach), and
// its typing is saved when the page is hidden or closed.
import { useEffect } from 'react';

export interface TickingStore {
  /** Reads the clock and acts on what is due. */
  tick(): void;
  /** Journals unsaved typing synchronously, then writes it (a closing page may not finish a write). */
  saveNow(): void;
  /** Writes unsaved typing. */
  flush(): Promise<void>;
}

/** Ticks `store` every `everyMs` while mounted, saves on hide and close, and flushes on unmount. */
export function useRoundTicking(getStore: () => TickingStore, everyMs: number): void {
  useEffect(() => {
    const { tick, flush, saveNow } = getStore();
    const timer = setInterval(tick, everyMs);
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
  }, [getStore, everyMs]);
}
