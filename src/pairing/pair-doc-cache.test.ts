import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { persistDoc, restoreDoc, type KeyValueStore, type SaveTimers } from './pair-doc-cache.ts';

function memoryStore(): KeyValueStore & { map: Map<string, string>; writes: number } {
  const map = new Map<string, string>();
  const store = {
    map,
    writes: 0,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void (store.writes++, map.set(k, v)),
  };
  return store;
}

/** Timers that fire only when told. */
function manualTimers(): SaveTimers & { fire(): void; pending: number } {
  const due = new Map<number, () => void>();
  let next = 0;
  return {
    set: (run) => (due.set(++next, run), next),
    clear: (h) => void due.delete(h as number),
    fire: () => {
      const runs = [...due.values()];
      due.clear();
      for (const r of runs) r();
    },
    get pending() {
      return due.size;
    },
  };
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

  it('encodes the document once per interval, not once per keystroke, and flushes on stop', () => {
    const store = memoryStore();
    const timers = manualTimers();
    const doc = new Y.Doc();
    const stop = persistDoc(store, 'k', doc, 1_000, timers);
    for (let i = 0; i < 500; i++) doc.getText('code:p').insert(i, 'x');
    expect(store.writes).toBe(0);
    expect(timers.pending).toBe(1);
    timers.fire();
    expect(store.writes).toBe(1);
    doc.getText('code:p').insert(0, 'y');
    stop(); // pending: written now, not lost
    expect(store.writes).toBe(2);
    const back = new Y.Doc();
    restoreDoc(store, 'k', back);
    expect(back.getText('code:p').toString()).toBe('y' + 'x'.repeat(500));
    doc.getText('code:p').insert(0, 'z'); // after stop: nothing more is scheduled
    expect(timers.pending).toBe(0);
  });

  it('starts empty when storage is blocked', () => {
    const blocked: KeyValueStore = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    expect(restoreDoc(blocked, 'k', new Y.Doc())).toBe(false);
  });

  it('keeps working when storage is full', () => {
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const doc = new Y.Doc();
    const timers = manualTimers();
    const stop = persistDoc(full, 'k', doc, 1_000, timers);
    expect(() => doc.getText('t').insert(0, 'x')).not.toThrow();
    expect(() => timers.fire()).not.toThrow();
    expect(() => stop()).not.toThrow();
  });
});
