// The candidate's copy of a paired round's shared document, kept in this browser. A reload (or a
// start while the server is unreachable) resumes from it instead of from an empty document, so
// edits made while disconnected still merge with the room when the connection returns, rather than
// being replaced by the server's older text. Saving is throttled: a burst of keystrokes costs one
// encoding of the document, not one per keystroke; stopping (a page hidden or closed, the session
// ending) writes what is pending at once.
import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

/** The part of Storage this needs (the storage layer's journal in the app, a Map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** At most one save per this many ms while the document changes. */
export const SAVE_EVERY_MS = 1_000;

/** Applies the saved state of `key` to `doc`; false when there was none (or it was unreadable). */
export function restoreDoc(store: KeyValueStore, key: string, doc: Y.Doc): boolean {
  let saved: string | null;
  try {
    saved = store.getItem(key);
  } catch {
    return false; // storage blocked
  }
  if (!saved) return false;
  try {
    Y.applyUpdate(doc, fromBase64(saved));
    return true;
  } catch {
    return false;
  }
}

/** Timers, replaceable in tests. */
export interface SaveTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}
const realTimers: SaveTimers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * Saves the state of `doc` under `key` at most once per `everyMs` while it changes (the first
 * change after a quiet spell is saved at the end of the interval, with everything since). Returns
 * the stop, which saves anything pending. A full or blocked storage only loses this safety net.
 */
export function persistDoc(
  store: KeyValueStore,
  key: string,
  doc: Y.Doc,
  everyMs = SAVE_EVERY_MS,
  timers: SaveTimers = realTimers,
): () => void {
  let pending: unknown = null;
  const save = () => {
    pending = null;
    try {
      store.setItem(key, toBase64(Y.encodeStateAsUpdate(doc)));
    } catch {
      // Quota exceeded: the server still has the document; only an offline reload could lose edits.
    }
  };
  const onUpdate = () => {
    if (pending === null) pending = timers.set(save, everyMs);
  };
  // The page may be closed before the interval ends: write what is pending while it still can.
  const onHide = () => {
    if (pending !== null) {
      timers.clear(pending);
      save();
    }
  };
  doc.on('update', onUpdate);
  globalThis.addEventListener?.('pagehide', onHide);
  return () => {
    doc.off('update', onUpdate);
    globalThis.removeEventListener?.('pagehide', onHide);
    onHide();
  };
}
