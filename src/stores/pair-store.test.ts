// The pairing's storage hygiene: through the storage layer (blocked storage is no crash), and old
// rounds' saved documents are forgotten.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CODE_RANDOM_BYTES, newPairCode } from '../domain/pair-code.ts';
import { pairDocKey, pairingKey } from '../storage/storage-keys.ts';
import { pairingFor, pruneSavedDocs, savePairing } from './pair-store.ts';

/** A Storage over a Map (Node has none). */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const pairing = { code: newPairCode(new Uint8Array(CODE_RANDOM_BYTES).fill(7)), serverUrl: 'ws://127.0.0.1:1234' };

describe('pairing storage', () => {
  it('keeps a round’s pairing in storage and reads it back', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    const saved = savePairing('r1', pairing);
    expect(localStorage.getItem(pairingKey('r1'))).toContain(saved.peerId);
    expect(pairingFor('r1')?.peerId).toBe(saved.peerId);
  });

  it('does not throw when storage is blocked: the pairing holds for the page', () => {
    const blocked = {
      get length(): number {
        throw new DOMException('blocked', 'SecurityError');
      },
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    vi.stubGlobal('localStorage', blocked);
    const saved = savePairing('r-blocked', pairing);
    expect(pairingFor('r-blocked')?.peerId).toBe(saved.peerId);
  });

  it('forgets the saved documents of other rounds, and nothing else', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    for (const id of ['old1', 'old2', 'current']) localStorage.setItem(pairDocKey(id), JSON.stringify('AAE='));
    localStorage.setItem('mockloop-settings', '{}');
    pruneSavedDocs('current');
    expect(localStorage.getItem(pairDocKey('old1'))).toBeNull();
    expect(localStorage.getItem(pairDocKey('old2'))).toBeNull();
    expect(localStorage.getItem(pairDocKey('current'))).not.toBeNull();
    expect(localStorage.getItem('mockloop-settings')).toBe('{}');
  });
});
