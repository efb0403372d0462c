// The pairings saved with rounds in this browser (code, server, peer id) and the saved copies of
// their shared documents, kept through the storage layer's journal. Blocked or full storage is
// tolerated: a pairing made in this page then holds for the page's life.
import { normalizePairCode, parseServerUrl } from '../domain/pair-code.ts';
import { randomHex } from '../pairing/pair-connection.ts';
import type { KeyValueStore } from '../pairing/pair-doc-cache.ts';
import { clearJournal, journalKeys, readJournal, writeJournal } from '../storage/local-journal.ts';
import { pairDocKey, pairingKey } from '../storage/storage-keys.ts';

export interface PairingConfig {
  code: string;
  serverUrl: string;
  /** Stays the same across reloads, so the server lets this browser back into its place. */
  peerId: string;
}

const storageKey = pairingKey;
const docKey = pairDocKey;
const DOC_KEY_PREFIX = pairDocKey('');
const PEER_ID_BYTES = 16;

/** `read()`, or `fallback` when storage is blocked (a browser setting can make every access throw). */
function guarded<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** The saved documents, through the storage layer's journal (blocked or full storage is tolerated). */
export const docStore: KeyValueStore = {
  getItem: (key) => {
    const saved = guarded(() => readJournal(key), undefined);
    return typeof saved === 'string' ? saved : null;
  },
  setItem: (key, value) => writeJournal(key, value),
};

/**
 * Forgets the saved documents of every round but `roundId`: a copy only serves a reload during its
 * own round, and one browser runs one paired round at a time.
 */
export function pruneSavedDocs(roundId: string): void {
  for (const key of guarded(() => journalKeys(DOC_KEY_PREFIX), []))
    if (key !== docKey(roundId)) guarded(() => clearJournal(key), undefined);
}

/** Pairings made in this page, in case storage refused them. */
const unsaved = new Map<string, PairingConfig>();

/** Remembers that `roundId` is a paired mock (in this browser only, like the round itself). */
export function savePairing(roundId: string, pairing: { code: string; serverUrl: string }): PairingConfig {
  const config = { ...pairing, peerId: randomHex(PEER_ID_BYTES) };
  writeJournal(storageKey(roundId), config);
  // Where storage is blocked the pairing still holds for this page's life.
  unsaved.set(roundId, config);
  return config;
}

/** The saved pairing of a round, or null when it is not a paired mock (or the entry is damaged). */
export function pairingFor(roundId: string): PairingConfig | null {
  const raw = guarded(() => readJournal(storageKey(roundId)), undefined) ?? unsaved.get(roundId);
  if (typeof raw !== 'object' || raw === null) return null;
  const { code, serverUrl, peerId } = raw as Record<string, unknown>;
  const c = typeof code === 'string' ? normalizePairCode(code) : null;
  const s = typeof serverUrl === 'string' ? parseServerUrl(serverUrl) : null;
  return c && s && typeof peerId === 'string' && /^[0-9a-f]{32}$/.test(peerId)
    ? { code: c, serverUrl: s, peerId }
    : null;
}
