// Writes a timed store starts without waiting for them (a tick's warning, an autosave, the end at
// the deadline), tracked so a caller can wait until every one has landed: tests await `settled()`
// instead of sleeping, and nothing depends on how fast the machine is.

export interface BackgroundWrites {
  /** Starts tracking `write`; its result and errors are handled by whoever made it, as before. */
  start(write: Promise<unknown>): void;
  /** Resolves once no tracked write is in flight, including writes started by the ones awaited. */
  settled(): Promise<void>;
}

export function createBackgroundWrites(): BackgroundWrites {
  const inFlight = new Set<Promise<unknown>>();
  return {
    start(write) {
      const tracked = write.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
    },
    async settled() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
