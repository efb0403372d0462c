// The whiteboard of a paired mock through the shared Yjs document. Each side writes its own Y.Map
// of element id → element and only reads the other's: the candidate's board ("board") is what the
// interviewer sees; the interviewer's strokes ("board:interviewer") reach the candidate's board only
// while the candidate allows drawing, decided in the candidate's browser. Only elements whose
// version moved are sent, at most every BOARD_SYNC_MS and at most MAX_SEND_BYTES per send (so no
// message nears the server's cap); everything read is checked by domain/board-peer.ts first.
import * as Y from 'yjs';
import type { BoardElement } from '../domain/board-scene.ts';
import {
  admitPeerElements,
  elementBytes,
  parsePeerElement,
  PeerBoardReader,
  type ElementStamp,
} from '../domain/board-peer.ts';
import { BOARD_MAP, INTERVIEWER_BOARD_MAP } from '../domain/pair-protocol.ts';

/** At most one send per this many ms while drawing goes on (the live view stays smooth). */
export const BOARD_SYNC_MS = 150;
/** The most element bytes one send carries; the rest go with the next (the server closes sockets past 2 MiB). */
export const MAX_SEND_BYTES = 128 * 1024;

/** Timers, replaceable in tests. */
export interface SyncTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}
const realTimers: SyncTimers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** One side's end of the shared board, for a canvas. */
export interface BoardLink {
  /** The other side's elements so far (checked), for a canvas that opens now. */
  current(): BoardElement[];
  /** Calls `listener` with the other side's elements as they arrive (checked); returns the unsubscribe. */
  subscribe(listener: (elements: readonly BoardElement[]) => void): () => void;
  /** This side's whole scene, on every change of its canvas: the changed elements are sent. */
  onScene(elements: readonly BoardElement[]): void;
  /** Elements from the other side refused (malformed, too large, forged, not allowed), and own ones not shared. */
  counts(): { refused: number; withheld: number };
  /** Calls `listener` whenever the other side writes, taken or not (the counts may have moved). */
  watchCounts(listener: () => void): () => void;
  destroy(): void;
}

const stamp = (e: ElementStamp) => `${e.version}:${e.versionNonce}`;

/** Sends one side's scene into `map`: changed elements only, throttled, in bounded sends. */
class Publisher {
  withheld = 0;
  private readonly sent = new Map<string, string>();
  private readonly budget = new PeerBoardReader();
  private latest: readonly BoardElement[] = [];
  private timer: unknown = null;

  constructor(
    private readonly map: Y.Map<unknown>,
    private readonly timers: SyncTimers,
  ) {}

  /** Elements the other side already has (it sent them): not sent back. */
  known(elements: readonly BoardElement[]) {
    for (const e of elements) this.sent.set(e.id, stamp(e));
  }

  update(elements: readonly BoardElement[]) {
    this.latest = elements;
    this.timer ??= this.timers.set(() => this.flush(), BOARD_SYNC_MS);
  }

  flush() {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    const batch: BoardElement[] = [];
    let bytes = 0;
    for (const e of this.latest) {
      const s = stamp(e);
      if (this.sent.get(e.id) === s) continue;
      // Drawn and deleted before it was ever sent: nothing to tell.
      if (e.isDeleted && !this.sent.has(e.id)) continue;
      // The same check and caps the other side applies: what it would refuse is not sent.
      const clean = parsePeerElement(e);
      const size = clean ? elementBytes(clean) : 0;
      if (clean && batch.length > 0 && bytes + size > MAX_SEND_BYTES) {
        this.timer = this.timers.set(() => this.flush(), BOARD_SYNC_MS);
        break;
      }
      this.sent.set(e.id, s);
      if (!clean || !this.budget.read(e.id, clean)) {
        this.withheld++;
        continue;
      }
      batch.push(clean);
      bytes += size;
    }
    if (batch.length > 0) this.map.doc?.transact(() => batch.forEach((e) => this.map.set(e.id, e)), this);
  }

  destroy() {
    this.flush();
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }
}

/**
 * Reads the other side's `map` as it changes (not what it held before, unless `initial`), each entry
 * checked; `accept` decides per change whether to take anything at all (the candidate's permission).
 */
class Watcher {
  ignored = 0;
  private readonly reader = new PeerBoardReader();
  private readonly observer: (event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => void;

  constructor(
    private readonly map: Y.Map<unknown>,
    onElements: (elements: BoardElement[]) => void,
    options: { initial: boolean; accept: () => boolean; onWrite?: () => void },
  ) {
    const read = (keys: Iterable<string>) => {
      const out: BoardElement[] = [];
      for (const key of keys) {
        const raw = map.get(key);
        if (raw === undefined) continue;
        const e = this.reader.read(key, raw);
        if (e) out.push(e);
      }
      if (out.length > 0) onElements(out);
    };
    this.observer = (event, transaction) => {
      if (transaction.local) return;
      if (options.accept()) read(event.keysChanged);
      else this.ignored += event.keysChanged.size;
      options.onWrite?.();
    };
    if (options.initial) read(map.keys());
    map.observe(this.observer);
  }

  get refused() {
    return this.reader.refused + this.ignored;
  }

  destroy() {
    this.map.unobserve(this.observer);
  }
}

/** Listeners and the other side's elements so far, shared by both links. */
function received() {
  const elements = new Map<string, BoardElement>();
  const listeners = new Set<(elements: readonly BoardElement[]) => void>();
  const writes = new Set<() => void>();
  return {
    elements,
    wrote: () => writes.forEach((l) => l()),
    watchCounts(listener: () => void) {
      writes.add(listener);
      return () => void writes.delete(listener);
    },
    add(batch: readonly BoardElement[]) {
      for (const e of batch) elements.set(e.id, e);
      listeners.forEach((l) => l(batch));
    },
    subscribe(listener: (batch: readonly BoardElement[]) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/**
 * The candidate's end: publishes the candidate's board; takes the interviewer's elements only while
 * `mayDraw()` (checked when they arrive, in this browser), newer than the candidate's own by
 * Excalidraw's rule and within the version step and caps.
 */
export function candidateBoard(doc: Y.Doc, mayDraw: () => boolean, timers: SyncTimers = realTimers): BoardLink {
  const publisher = new Publisher(doc.getMap<unknown>(BOARD_MAP), timers);
  const local = new Map<string, ElementStamp>();
  let refused = 0;
  const incoming = received();
  const watcher = new Watcher(
    doc.getMap<unknown>(INTERVIEWER_BOARD_MAP),
    (batch) => {
      const admitted = admitPeerElements(local, batch);
      refused += admitted.refused;
      for (const e of admitted.take) local.set(e.id, e);
      if (admitted.take.length > 0) incoming.add(admitted.take);
    },
    { initial: false, accept: mayDraw, onWrite: () => incoming.wrote() },
  );
  return {
    current: () => [...incoming.elements.values()],
    subscribe: incoming.subscribe,
    watchCounts: incoming.watchCounts,
    onScene(elements) {
      for (const e of elements) local.set(e.id, e);
      publisher.update(elements);
    },
    counts: () => ({ refused: refused + watcher.refused, withheld: publisher.withheld }),
    destroy() {
      watcher.destroy();
      publisher.destroy();
    },
  };
}

/**
 * The interviewer's end: shows the candidate's board (everything it already holds, then each
 * change) and sends the interviewer's own strokes only while `mayDraw()`.
 */
export function interviewerBoard(doc: Y.Doc, mayDraw: () => boolean, timers: SyncTimers = realTimers): BoardLink {
  const publisher = new Publisher(doc.getMap<unknown>(INTERVIEWER_BOARD_MAP), timers);
  const incoming = received();
  const watcher = new Watcher(
    doc.getMap<unknown>(BOARD_MAP),
    (batch) => {
      // The candidate's elements come back through the canvas's change: not ours to send.
      publisher.known(batch);
      incoming.add(batch);
    },
    { initial: true, accept: () => true, onWrite: () => incoming.wrote() },
  );
  return {
    current: () => [...incoming.elements.values()],
    subscribe: incoming.subscribe,
    watchCounts: incoming.watchCounts,
    onScene(elements) {
      if (mayDraw()) publisher.update(elements);
    },
    counts: () => ({ refused: watcher.refused, withheld: publisher.withheld }),
    destroy() {
      watcher.destroy();
      publisher.destroy();
    },
  };
}
