// The practice round's clocks tick from the main thread; typing is saved on hide and close.
import { useRoundTicking } from '../../components/use-round-ticking.ts';
import { useSessionStore } from '../../stores/practice-round-store.ts';

const TICK_MS = 250;
const store = () => useSessionStore.getState();

/** Drives the session's clocks and saves its typing when the page is hidden or closed. */
export function useSessionTicker(): void {
  useRoundTicking(store, TICK_MS);
}
