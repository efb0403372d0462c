// Hostile input first: the other browser of a paired mock may send anything into the shared board.
// Malformed, oversized, flooding or forged elements are refused and counted; nothing unknown, and
// nothing from a prototype, reaches the canvas; a peer cannot pin an element with a huge version.
import { describe, expect, it } from 'vitest';
import {
  admitPeerElements,
  MAX_SHARED_BOARD_BYTES,
  MAX_SHARED_ELEMENT_BYTES,
  MAX_SHARED_ELEMENTS,
  MAX_VERSION_STEP,
  parsePeerElement,
  PeerBoardReader,
  remoteWins,
} from './board-peer.ts';
import { MAX_ELEMENT_POINTS, MAX_TEXT_LENGTH } from './board-schema.ts';
import type { BoardElement } from './board-scene.ts';

/** A rectangle as Excalidraw 0.18 draws it, every field it has. */
const box = {
  id: 'box-1',
  type: 'rectangle',
  x: 10,
  y: 20,
  width: 100,
  height: 50,
  angle: 0,
  strokeColor: '#1e1e1e',
  backgroundColor: 'transparent',
  fillStyle: 'solid',
  strokeWidth: 2,
  strokeStyle: 'solid',
  roughness: 1,
  opacity: 100,
  groupIds: [],
  frameId: null,
  index: 'a0',
  roundness: { type: 3 },
  seed: 1234,
  version: 3,
  versionNonce: 999,
  isDeleted: false,
  boundElements: null,
  updated: 1_700_000_000_000,
  link: null,
  locked: false,
};
const arrow = {
  ...box,
  id: 'arrow-1',
  type: 'arrow',
  index: 'a1',
  points: [
    [0, 0],
    [120, 0],
  ],
  lastCommittedPoint: null,
  startBinding: { elementId: 'box-1', focus: 0, gap: 4 },
  endBinding: null,
  startArrowhead: null,
  endArrowhead: 'arrow',
  elbowed: false,
};

const shape = (over: Record<string, unknown>) => ({ ...box, ...over });

describe('one element from the other browser', () => {
  it('passes a drawn rectangle and arrow through with the fields Excalidraw reads', () => {
    expect(parsePeerElement(box)).toEqual(box);
    expect(parsePeerElement(arrow)).toEqual(arrow);
  });

  it('refuses what is not an element', () => {
    for (const raw of [null, undefined, 'box', 42, [], [box], () => box]) expect(parsePeerElement(raw)).toBeNull();
  });

  it('refuses malformed fields', () => {
    for (const over of [
      { id: '' },
      { id: 7 },
      { version: -1 },
      { version: 1.5 },
      { version: '3' },
      { versionNonce: 'x' },
      { x: Number.NaN },
      { width: Infinity },
      { height: 1e12 },
      { isDeleted: 'no' },
      { opacity: 1000 },
      { roundness: { type: 'round' } },
      { groupIds: 'g' },
      { index: 'a0<script>' },
      { strokeColor: 'url(https://elsewhere.example/x.png)' },
      { startBinding: { elementId: 'x' } },
    ])
      expect(parsePeerElement(shape(over)), JSON.stringify(over)).toBeNull();
  });

  it('refuses images, files, embeds, iframes and links', () => {
    for (const over of [
      { type: 'image', fileId: 'f', status: 'saved' },
      { type: 'embeddable' },
      { type: 'iframe' },
      { type: 'magicframe' },
      { type: 'selection' },
      { link: 'https://elsewhere.example' },
      { link: 'javascript:alert(1)' },
    ])
      expect(parsePeerElement(shape(over)), JSON.stringify(over)).toBeNull();
  });

  it('refuses oversized elements: text, points, bytes', () => {
    expect(parsePeerElement(shape({ type: 'text', text: 'a'.repeat(MAX_TEXT_LENGTH + 1) }))).toBeNull();
    expect(parsePeerElement(shape({ type: 'text', originalText: 'a'.repeat(MAX_TEXT_LENGTH + 1) }))).toBeNull();
    const points = Array.from({ length: MAX_ELEMENT_POINTS + 1 }, (_, i) => [i, i]);
    expect(parsePeerElement({ ...arrow, points })).toBeNull();
    expect(
      parsePeerElement(shape({ type: 'freedraw', points: [[0, 0]], pressures: points.map(() => 0.5) })),
    ).toBeNull();
    // Within every field's cap, yet too many bytes for one element.
    const many = Array.from({ length: 9_000 }, (_, i) => [i + 0.123456789, i + 0.987654321]);
    expect(JSON.stringify(many).length).toBeGreaterThan(MAX_SHARED_ELEMENT_BYTES);
    expect(parsePeerElement(shape({ type: 'freedraw', points: many }))).toBeNull();
  });

  it('drops fields it does not know, so nothing unknown reaches Excalidraw', () => {
    const parsed = parsePeerElement(
      shape({ customData: { x: 1 }, onClick: 'alert(1)', fileId: 'f', status: 'saved', scale: [1, 1] }),
    );
    expect(parsed).toEqual(box);
    expect(Object.keys(parsed!)).not.toContain('customData');
  });

  it('never takes fields from a prototype, and pollutes none', () => {
    // JSON.parse makes "__proto__" an own key, as a peer's encoder would send it.
    const forged = JSON.parse(
      JSON.stringify({ ...box, polluted: 1 }).replace('"polluted":1', '"__proto__":{"hacked":1}'),
    );
    const parsed = parsePeerElement(forged);
    expect(parsed).toEqual(box);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).hacked).toBeUndefined();

    // Decoded by Yjs (lib0 assigns each key), the same key becomes the object's prototype: its
    // fields must not count (board-sync.test.ts sends this through real Yjs documents).
    const { id: _id, ...noId } = box;
    const received = Object.assign(Object.create({ id: 'from-proto' }) as object, noId) as Record<string, unknown>;
    expect(received.id).toBe('from-proto');
    expect(parsePeerElement(received)).toBeNull();
    expect(({} as Record<string, unknown>).id).toBeUndefined();
  });
});

describe('a whole board from the other browser', () => {
  it('reads valid elements and counts the refused ones', () => {
    const reader = new PeerBoardReader();
    expect(reader.read('box-1', box)).toEqual(box);
    expect(reader.read('bad', { id: 'bad' })).toBeNull();
    expect(reader.refused).toBe(1);
  });

  it('refuses an element stored under another element’s id (a forged key)', () => {
    const reader = new PeerBoardReader();
    expect(reader.read('arrow-1', box)).toBeNull();
    expect(reader.read('__proto__', shape({ id: '__proto__' }))).toBeNull();
    expect(reader.refused).toBe(2);
  });

  it('stops taking new elements past the element cap (a flood)', () => {
    const reader = new PeerBoardReader();
    let taken = 0;
    for (let i = 0; i < MAX_SHARED_ELEMENTS + 50; i++) if (reader.read(`b${i}`, shape({ id: `b${i}` }))) taken++;
    expect(taken).toBe(MAX_SHARED_ELEMENTS);
    expect(reader.refused).toBe(50);
    // Elements already taken may still change.
    expect(reader.read('b0', shape({ id: 'b0', version: 4 }))).not.toBeNull();
  });

  it('stops taking elements past the byte cap of the whole board', () => {
    const reader = new PeerBoardReader();
    const text = 'x'.repeat(MAX_TEXT_LENGTH);
    let taken = 0;
    for (let i = 0; i < 200; i++)
      if (reader.read(`t${i}`, shape({ id: `t${i}`, type: 'text', text, originalText: text }))) taken++;
    expect(taken).toBeLessThan(200);
    expect(taken * 2 * MAX_TEXT_LENGTH).toBeLessThanOrEqual(MAX_SHARED_BOARD_BYTES);
    expect(reader.refused).toBe(200 - taken);
    // A deletion frees its room: the element shrinks to what is kept.
    expect(reader.read('t0', shape({ id: 't0', type: 'text', text: '', originalText: '', version: 4 }))).not.toBeNull();
    expect(reader.read('more', shape({ id: 'more' }))).not.toBeNull();
  });
});

describe('which version of an element wins', () => {
  it('follows Excalidraw: a higher version, then the lower nonce', () => {
    expect(remoteWins(undefined, { version: 1, versionNonce: 5 })).toBe(true);
    expect(remoteWins({ version: 2, versionNonce: 5 }, { version: 3, versionNonce: 9 })).toBe(true);
    expect(remoteWins({ version: 3, versionNonce: 5 }, { version: 2, versionNonce: 1 })).toBe(false);
    expect(remoteWins({ version: 3, versionNonce: 5 }, { version: 3, versionNonce: 4 })).toBe(true);
    expect(remoteWins({ version: 3, versionNonce: 5 }, { version: 3, versionNonce: 6 })).toBe(false);
  });

  it('takes the interviewer’s newer elements and refuses forged versions that would pin one', () => {
    const local = new Map<string, BoardElement>([['box-1', box]]);
    const newer = shape({ version: 9, x: 50 });
    const pinned = shape({ version: box.version + MAX_VERSION_STEP + 1, x: 999 });
    const older = shape({ version: 2, x: -5 });
    const fresh = shape({ id: 'new-1', version: 2 });
    const freshHuge = shape({ id: 'new-2', version: Number.MAX_SAFE_INTEGER });
    expect(admitPeerElements(local, [newer, older, fresh])).toEqual({ take: [newer, fresh], refused: 0 });
    expect(admitPeerElements(local, [pinned, freshHuge])).toEqual({ take: [], refused: 2 });
  });

  it('refuses new elements past the element cap of the board they would join', () => {
    const local = new Map<string, BoardElement>(
      Array.from({ length: MAX_SHARED_ELEMENTS - 1 }, (_, i) => [`b${i}`, shape({ id: `b${i}` })]),
    );
    const result = admitPeerElements(local, [
      shape({ id: 'n1' }),
      shape({ id: 'n2' }),
      shape({ id: 'b0', version: 5 }),
    ]);
    expect(result.take.map((e) => e.id)).toEqual(['n1', 'b0']);
    expect(result.refused).toBe(1);
  });
});
