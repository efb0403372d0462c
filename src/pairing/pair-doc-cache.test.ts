import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { persistDoc, restoreDoc, type KeyValueStore } from './pair-doc-cache.ts';

function memoryStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

/** Two documents exchange what each lacks, as y-websocket's sync does on reconnection. */
function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('the candidate’s saved copy of the shared document', () => {
  it('lets a reload made while offline keep the offline edits and merge them with the room', () => {
    const store = memoryStore();
    const room = new Y.Doc(); // what the server holds
    const before = new Y.Doc();
    const stop = persistDoc(store, 'k', before);
    before.getText('code:p').insert(0, 'a = 1\n');
    sync(before, room);
    // Offline: more typing, then the page reloads.
    before.getText('code:p').insert(6, 'b = 2\n');
    stop();
    room.getMap('requests').set('r1', 'hint while apart');

    const after = new Y.Doc();
    expect(restoreDoc(store, 'k', after)).toBe(true);
    expect(after.getText('code:p').toString()).toBe('a = 1\nb = 2\n');
    after.getText('code:p').insert(12, 'c = 3\n');
    sync(after, room);
    expect(room.getText('code:p').toString()).toBe('a = 1\nb = 2\nc = 3\n');
    expect(after.getMap('requests').get('r1')).toBe('hint while apart');
  });

  it('starts empty when nothing (or something unreadable) was saved', () => {
    const store = memoryStore();
    expect(restoreDoc(store, 'none', new Y.Doc())).toBe(false);
    store.setItem('bad', 'not base64 of an update');
    expect(restoreDoc(store, 'bad', new Y.Doc())).toBe(false);
  });

  it('keeps working when storage is full', () => {
    const full: KeyValueStore = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    const doc = new Y.Doc();
    persistDoc(full, 'k', doc);
    expect(() => doc.getText('t').insert(0, 'x')).not.toThrow();
  });
});
