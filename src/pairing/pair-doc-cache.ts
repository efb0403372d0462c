// The candidate's copy of a paired round's shared document, kept in this browser. A reload (or a
// start while the server is unreachable) resumes from it instead of from an empty document, so
// edits made while disconnected still merge with the room when the connection returns, rather than
// being replaced by the server's older text.
import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

/** The part of Storage this needs (localStorage in the app, a Map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Applies the saved state of `key` to `doc`; false when there was none (or it was unreadable). */
export function restoreDoc(store: KeyValueStore, key: string, doc: Y.Doc): boolean {
  const saved = store.getItem(key);
  if (!saved) return false;
  try {
    Y.applyUpdate(doc, fromBase64(saved));
    return true;
  } catch {
    return false;
  }
}

/**
 * Saves the whole state of `doc` under `key` after every change (a paired round's document is a
 * few kilobytes of code and events). Returns the stop. A full storage only loses this safety net.
 */
export function persistDoc(store: KeyValueStore, key: string, doc: Y.Doc): () => void {
  const save = () => {
    try {
      store.setItem(key, toBase64(Y.encodeStateAsUpdate(doc)));
    } catch {
      // Quota exceeded: the server still has the document; only an offline reload could lose edits.
    }
  };
  doc.on('update', save);
  return () => doc.off('update', save);
}
