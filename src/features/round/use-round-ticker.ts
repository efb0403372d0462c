// The coding round's clock ticks from the main thread; code is saved on hide and close.
import { useRoundTicking } from '../../components/use-round-ticking.ts';
import { useRoundStore } from '../../stores/round-store.ts';

const TICK_MS = 500;
const store = () => useRoundStore.getState();

/** Drives the round clock and saves the code when the page is hidden or closed. */
export function useRoundTicker(): void {
  useRoundTicking(store, TICK_MS);
}
