// Whether the app can start without the network: set by the service worker registration (app/offline.ts).
import { create } from 'zustand';

export type OfflineState =
  /** Dev server, a browser without service workers, or registration refused. */
  | 'unavailable'
  /** Registered; precaching the app, Monaco and Pyodide. */
  | 'installing'
  /** A service worker with the whole app in its cache controls this page. */
  | 'ready';

interface OfflineStore {
  state: OfflineState;
  message?: string;
  set(state: OfflineState, message?: string): void;
}

export const useOfflineStore = create<OfflineStore>()((set) => ({
  state: 'unavailable',
  set: (state, message) => set(message === undefined ? { state } : { state, message }),
}));
