// How big a 60-minute design's board gets in storage, drawn the way a candidate draws: a new box,
// arrow or label every ~40 s, a few moved or resized each minute, with saves at most once a second.
import { describe, expect, it } from 'vitest';
import { changedSince, foldChanges, visible, type BoardChange, type BoardElement } from './board-scene.ts';

/** A real Excalidraw 0.18 element's fields, values typical of a drawn shape. */
function shape(id: number, type: string, at: number): BoardElement {
  const base: BoardElement = {
    id: `el-${id}-aZ3kq9WmPxT`,
    type,
    x: 100 + id * 37,
    y: 80 + id * 21,
    width: 180,
    height: 90,
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
    index: `a${id.toString(36)}`,
    roundness: { type: 3 },
    seed: 1_234_567_890 + id,
    version: 1,
    versionNonce: 987_654_321,
    isDeleted: false,
    boundElements: [{ id: `el-${id + 1}-aZ3kq9WmPxT`, type: 'arrow' }],
    updated: at,
    link: null,
    locked: false,
  };
  if (type === 'arrow')
    return {
      ...base,
      points: [
        [0, 0],
        [120, 40],
      ],
      lastCommittedPoint: null,
      startBinding: { elementId: `el-${id - 1}-aZ3kq9WmPxT`, focus: 0.1, gap: 4 },
      endBinding: null,
      startArrowhead: null,
      endArrowhead: 'arrow',
      elbowed: false,
    };
  if (type === 'text')
    return {
      ...base,
      text: 'Candidate generator (ANN)',
      originalText: 'Candidate generator (ANN)',
      fontSize: 20,
      fontFamily: 5,
      textAlign: 'center',
      verticalAlign: 'middle',
      containerId: null,
      autoResize: true,
      lineHeight: 1.25,
    };
  return base;
}

describe('a 60-minute design on the board', () => {
  it('stores well under 2 MB', () => {
    const MINUTE = 60_000;
    const scene = new Map<string, BoardElement>();
    const known = new Map<string, number>();
    const changes: BoardChange[] = [];
    let next = 0;
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let second = 0; second < 60 * 60; second++) {
      const at = second * 1000;
      // A new shape every ~40 s, drawn over 3 seconds (three saves while the drag goes on).
      if (second % 40 < 3) {
        if (second % 40 === 0) next++;
        const type = ['rectangle', 'arrow', 'text', 'ellipse'][next % 4]!;
        const had = scene.get(`el-${next}-aZ3kq9WmPxT`);
        const el = had ? { ...had, width: had.width + 20, version: had.version + 1 } : shape(next, type, at);
        scene.set(el.id, el);
      }
      // Now and then something is moved or resized (a two-second drag).
      if (scene.size > 0 && random() < 0.08) {
        const ids = [...scene.keys()];
        const id = ids[Math.floor(random() * ids.length)]!;
        const el = scene.get(id)!;
        scene.set(id, { ...el, x: el.x + 10, version: el.version + 1, updated: at });
      }
      // The recorder's save: what changed since the last one.
      const changed = changedSince(known, [...scene.values()]);
      for (const e of changed) known.set(e.id, e.version);
      if (changed.length > 0) changes.push({ sessionId: 'design-60', at, elements: changed });
    }
    const bytes = new TextEncoder().encode(JSON.stringify(changes)).length;
    console.log(
      `60-minute design: ${changes.length} saves, ${visible(foldChanges(changes)).length} shapes, ${(bytes / 1e6).toFixed(2)} MB stored`,
    );
    expect(visible(foldChanges(changes))).toHaveLength(scene.size);
    expect(changes.at(-1)!.at).toBeLessThan(60 * MINUTE);
    expect(bytes).toBeLessThan(2_000_000);
  });
});
