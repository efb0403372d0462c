import { describe, expect, it } from 'vitest';
import {
  boardFileName,
  changedSince,
  describeScene,
  foldChanges,
  sceneAt,
  sceneVersion,
  type BoardElement,
} from './board-scene.ts';

function el(id: string, version: number, extra: Partial<BoardElement> = {}): BoardElement {
  return {
    id,
    type: 'rectangle',
    version,
    versionNonce: version,
    isDeleted: false,
    x: 0,
    y: 0,
    width: 10,
    height: 10,
    ...extra,
  };
}

describe('board scene', () => {
  it('records only the elements whose version moved', () => {
    const known = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    expect(changedSince(known, [el('a', 1), el('b', 3), el('c', 1)]).map((e) => e.id)).toEqual(['b', 'c']);
  });

  it('changes its version when any element is edited, added or deleted', () => {
    const before = sceneVersion([el('a', 1)]);
    expect(sceneVersion([el('a', 2)])).not.toBe(before);
    expect(sceneVersion([el('a', 1), el('b', 1)])).not.toBe(before);
  });

  it('folds changes keeping the highest version, whatever order they were stored in', () => {
    const scene = foldChanges([{ elements: [el('a', 3, { x: 30 })] }, { elements: [el('a', 2, { x: 20 })] }]);
    expect(scene.get('a')?.x).toBe(30);
  });

  it('shows the board as it stood at any moment: empty before the first change, deletions honoured', () => {
    const changes = [
      { sessionId: 's', at: 100, elements: [el('box', 1)] },
      { sessionId: 's', at: 200, elements: [el('arrow', 1, { type: 'arrow' })] },
      { sessionId: 's', at: 300, elements: [el('box', 2, { isDeleted: true })] },
    ];
    expect(sceneAt(changes, 50)).toEqual([]);
    expect(sceneAt(changes, 250).map((e) => e.id)).toEqual(['box', 'arrow']);
    expect(sceneAt(changes, 300).map((e) => e.id)).toEqual(['arrow']);
  });

  it('says what is on the board, counting a label inside a shape as part of it', () => {
    expect(describeScene([])).toBe('Empty board');
    expect(
      describeScene([
        el('a', 1),
        el('b', 1, { type: 'arrow' }),
        el('t', 1, { type: 'text', containerId: 'a' }),
        el('d', 1, { isDeleted: true }),
      ]),
    ).toBe('2 shapes: 1 rectangle, 1 arrow');
    expect(describeScene([el('x', 1, { type: 'mystery' })])).toBe('1 shape: 1 other shape');
  });
});

describe('boardFileName', () => {
  it('names the board by the round’s local start, to the minute', () => {
    const startedAt = new Date(2026, 11, 3, 14, 5, 59).getTime();
    expect(boardFileName(startedAt, 'svg')).toBe('mockloop-board-2026-12-03-1405.svg');
    expect(boardFileName(new Date(2027, 0, 9, 7, 0).getTime(), 'png')).toBe('mockloop-board-2027-01-09-0700.png');
  });
});
