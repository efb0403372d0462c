// The shared whiteboard between two Yjs documents wired to each other (as the server would): only
// changed elements travel, in bounded sends; the interviewer's strokes land only while the
// candidate allows drawing, decided in the candidate's document; a hostile peer's writes are
// refused and counted.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardElement } from '../domain/board-scene.ts';
import { MAX_VERSION_STEP } from '../domain/board-peer.ts';
import { BOARD_MAP, INTERVIEWER_BOARD_MAP } from '../domain/pair-protocol.ts';
import { candidateBoard, interviewerBoard, MAX_SEND_BYTES, type SyncTimers } from './board-sync.ts';

/** Timers that run only when told to. */
function manualTimers() {
  const due = new Set<() => void>();
  const timers: SyncTimers = {
    set: (run) => {
      due.add(run);
      return run;
    },
    clear: (h) => void due.delete(h as () => void),
  };
  const tick = () => {
    const now = [...due];
    due.clear();
    now.forEach((run) => run());
  };
  return { timers, tick, pending: () => due.size };
}

/** Two documents that pass every update to each other, like two browsers in one room. */
function room() {
  const candidate = new Y.Doc();
  const interviewer = new Y.Doc();
  candidate.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== 'wire') Y.applyUpdate(interviewer, u, 'wire');
  });
  interviewer.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== 'wire') Y.applyUpdate(candidate, u, 'wire');
  });
  return { candidate, interviewer };
}

let nonce = 1;
const rect = (id: string, version = 1, over: Partial<BoardElement> = {}): BoardElement => ({
  id,
  type: 'rectangle',
  version,
  versionNonce: nonce++,
  isDeleted: false,
  x: 10,
  y: 10,
  width: 100,
  height: 40,
  index: 'a0',
  ...over,
});

/** Counts the transactions and keys written into `map` by its own side. */
function sends(map: Y.Map<unknown>) {
  const log: number[] = [];
  map.observe((e) => log.push(e.keysChanged.size));
  return log;
}

function setup(allowed = { value: false }) {
  const { candidate, interviewer } = room();
  const c = manualTimers();
  const i = manualTimers();
  const cand = candidateBoard(candidate, () => allowed.value, c.timers);
  const view = interviewerBoard(interviewer, () => allowed.value, i.timers);
  const seenByInterviewer: BoardElement[][] = [];
  const seenByCandidate: BoardElement[][] = [];
  view.subscribe((b) => seenByInterviewer.push([...b]));
  cand.subscribe((b) => seenByCandidate.push([...b]));
  return { candidate, interviewer, c, i, cand, view, seenByInterviewer, seenByCandidate, allowed };
}

describe('the candidate’s board, live on the interviewer’s screen', () => {
  it('sends only the elements that changed, once per interval however often the canvas reports', () => {
    const { candidate, c, cand, view, seenByInterviewer } = setup();
    const writes = sends(candidate.getMap(BOARD_MAP));
    const a = rect('a');
    const b = rect('b');
    cand.onScene([a]);
    cand.onScene([a, b]);
    cand.onScene([a, b]);
    expect(writes).toEqual([]);
    c.tick();
    expect(writes).toEqual([2]);
    expect(view.current().map((e) => e.id)).toEqual(['a', 'b']);
    // b moves: only b travels.
    cand.onScene([a, { ...b, version: 2, x: 50 }]);
    c.tick();
    expect(writes).toEqual([2, 1]);
    expect(seenByInterviewer.at(-1)!.map((e) => [e.id, e.x])).toEqual([['b', 50]]);
    // Nothing changed: nothing sent, no timer left running.
    cand.onScene([a, { ...b, version: 2, x: 50 }]);
    c.tick();
    expect(writes).toEqual([2, 1]);
  });

  it('splits a large change into sends under the cap, and the rest follows', () => {
    const { candidate, c, cand, view } = setup();
    const writes = sends(candidate.getMap(BOARD_MAP));
    const text = 'x'.repeat(15_000);
    const many = Array.from({ length: 20 }, (_, n) => rect(`t${n}`, 1, { type: 'text', text, originalText: text }));
    cand.onScene(many);
    c.tick();
    expect(writes.length).toBe(1);
    expect(writes[0]! * 30_000).toBeLessThanOrEqual(MAX_SEND_BYTES);
    while (c.pending() > 0) c.tick();
    expect(writes.reduce((s, n) => s + n, 0)).toBe(20);
    expect(view.current()).toHaveLength(20);
  });

  it('strips fields the other side would not take, and never sends images', () => {
    const { c, cand, view } = setup();
    cand.onScene([rect('a', 1, { customData: { secret: 1 } }), rect('img', 1, { type: 'image', fileId: 'f' })]);
    c.tick();
    expect(view.current()).toHaveLength(1);
    expect(view.current()[0]).not.toHaveProperty('customData');
    expect(cand.counts().withheld).toBe(1);
  });

  it('shows a board that existed before the interviewer joined', () => {
    const candidate = new Y.Doc();
    const c = manualTimers();
    const cand = candidateBoard(candidate, () => false, c.timers);
    cand.onScene([rect('early')]);
    c.tick();
    const interviewer = new Y.Doc();
    Y.applyUpdate(interviewer, Y.encodeStateAsUpdate(candidate));
    expect(
      interviewerBoard(interviewer, () => false)
        .current()
        .map((e) => e.id),
    ).toEqual(['early']);
  });
});

describe('the interviewer drawing on the candidate’s board', () => {
  it('is refused until the candidate allows it, and again once revoked, on the candidate’s side', () => {
    const { interviewer, i, cand, view, seenByCandidate, allowed } = setup();
    const own = interviewer.getMap(INTERVIEWER_BOARD_MAP);
    // A console that ignores its own read-only state writes straight into the map.
    own.set('x1', rect('x1'));
    expect(seenByCandidate).toEqual([]);
    // The link itself does not send while not allowed.
    view.onScene([rect('x2')]);
    i.tick();
    expect(own.has('x2')).toBe(false);

    allowed.value = true;
    const stroke = rect('x3');
    view.onScene([stroke]);
    i.tick();
    expect(seenByCandidate).toEqual([[stroke]]);
    expect(cand.current()).toEqual([stroke]);

    allowed.value = false;
    own.set('x4', rect('x4'));
    own.set('x3', { ...stroke, version: 5, x: 999 });
    expect(seenByCandidate).toHaveLength(1);
    expect(cand.counts().refused).toBe(3);
  });

  it('takes the interviewer’s edits of the candidate’s shapes only by version, within the step', () => {
    const { interviewer, c, cand, seenByCandidate } = setup({ value: true });
    const box = rect('box', 4);
    cand.onScene([box]);
    c.tick();
    const own = interviewer.getMap(INTERVIEWER_BOARD_MAP);
    own.set('box', { ...box, version: 3, x: -1 }); // older: the candidate's stays
    own.set('box', { ...box, version: 4 + MAX_VERSION_STEP + 1, x: 777 }); // forged: would pin it
    expect(seenByCandidate).toEqual([]);
    expect(cand.counts().refused).toBe(1);
    const moved = { ...box, version: 6, x: 30 };
    own.set('box', moved);
    expect(seenByCandidate).toEqual([[moved]]);
  });

  it('refuses and counts a hostile console’s junk without passing any of it on', () => {
    const { interviewer, cand, seenByCandidate } = setup({ value: true });
    const counted: number[] = [];
    cand.watchCounts(() => counted.push(cand.counts().refused));
    const own = interviewer.getMap(INTERVIEWER_BOARD_MAP);
    interviewer.transact(() => {
      own.set('a', 'not an element');
      own.set('b', { ...rect('b'), type: 'image', fileId: 'f' });
      own.set('c', rect('not-c'));
      own.set('d', { ...rect('d'), link: 'https://elsewhere.example' });
      own.set('e', { ...rect('e'), x: 1e300 });
      own.set('ok', rect('ok'));
    });
    expect(seenByCandidate.flat().map((e) => e.id)).toEqual(['ok']);
    expect(cand.counts().refused).toBe(5);
    // One write, one call: the Sketch's count follows.
    expect(counted).toEqual([5]);
  });

  it('refuses an element whose fields come from a "__proto__" key, through real Yjs decoding', () => {
    const { interviewer, seenByCandidate, cand } = setup({ value: true });
    const { id: _id, ...noId } = rect('p');
    // JSON.parse keeps "__proto__" as an own key; Yjs encodes it, and decoding makes it the prototype.
    const raw: unknown = JSON.parse(`{"__proto__":{"id":"p"},${JSON.stringify(noId).slice(1)}`);
    interviewer.getMap(INTERVIEWER_BOARD_MAP).set('p', raw);
    expect(seenByCandidate).toEqual([]);
    expect(cand.counts().refused).toBe(1);
    expect(({} as Record<string, unknown>).id).toBeUndefined();
  });

  it('does not send the candidate’s elements back from the interviewer’s canvas', () => {
    const { interviewer, c, i, cand, view } = setup({ value: true });
    const writes = sends(interviewer.getMap(INTERVIEWER_BOARD_MAP));
    const box = rect('box');
    cand.onScene([box]);
    c.tick();
    // The interviewer's canvas reports the merged scene: nothing new from the interviewer.
    view.onScene([box]);
    i.tick();
    expect(writes).toEqual([]);
    view.onScene([box, rect('mine')]);
    i.tick();
    expect(writes).toEqual([1]);
  });
});
