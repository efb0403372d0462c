// Hostile input first: scenes that are malformed, oversized or forged are refused with a message
// that names the field; a scene drawn by Excalidraw passes untouched.
import { describe, expect, it } from 'vitest';
import { MAX_BOARD_ELEMENTS, MAX_ELEMENT_POINTS, parseBoardChanges, parseBoardElements } from './board-schema.ts';

const box = {
  id: 'box-1',
  type: 'rectangle',
  version: 3,
  versionNonce: 12345,
  isDeleted: false,
  x: 10,
  y: 20,
  width: 100,
  height: 50,
  angle: 0,
  strokeColor: '#1e1e1e',
  seed: 99,
  groupIds: [],
  link: null,
};

function fields(raw: unknown): string[] {
  const result = parseBoardElements(raw, 'scene');
  return result.ok ? [] : [...new Set(result.errors.map((e) => e.field))];
}

describe('board scenes from elsewhere', () => {
  it('refuses what is not a list of elements', () => {
    expect(fields('rectangle')).toEqual(['elements']);
    expect(fields({ elements: [] })).toEqual(['elements']);
    expect(fields([null])).toEqual(['[0]']);
  });

  it('refuses elements missing or mistyping the fields the canvas reads', () => {
    const { id: _id, ...noId } = box;
    expect(fields([noId])).toEqual(['[0].id']);
    expect(fields([{ ...box, version: '3' }])).toEqual(['[0].version']);
    expect(fields([{ ...box, x: Number.NaN }])).toEqual(['[0].x']);
    expect(fields([{ ...box, width: Infinity }])).toEqual(['[0].width']);
  });

  it('refuses forged elements: images, embeds, links, absurd sizes', () => {
    expect(fields([{ ...box, type: 'image', fileId: 'x' }])).toEqual(['[0].type']);
    expect(fields([{ ...box, type: 'embeddable' }])).toEqual(['[0].type']);
    expect(fields([{ ...box, link: 'https://elsewhere.example' }])).toEqual(['[0].link']);
    expect(fields([{ ...box, height: 1e12 }])).toEqual(['[0].height']);
    expect(fields([{ ...box, strokeColor: 'x'.repeat(10_000) }])).toEqual(['[0].strokeColor']);
  });

  it('refuses oversized scenes: too many elements, points or characters', () => {
    expect(fields(Array.from({ length: MAX_BOARD_ELEMENTS + 1 }, (_, i) => ({ ...box, id: `b${i}` })))).toEqual([
      'elements',
    ]);
    const line = { ...box, type: 'line', points: Array.from({ length: MAX_ELEMENT_POINTS + 1 }, () => [0, 0]) };
    expect(fields([line])).toEqual(['[0].points']);
    expect(fields([{ ...box, type: 'text', text: 'a'.repeat(20_001) }])).toEqual(['[0].text']);
  });

  it('passes a drawn scene through with every field kept', () => {
    const arrow = {
      ...box,
      id: 'arrow-1',
      type: 'arrow',
      points: [
        [0, 0],
        [120, 0],
      ],
      endArrowhead: 'arrow',
    };
    const result = parseBoardElements([box, arrow], 'scene');
    expect(result).toEqual({ ok: true, value: [box, arrow] });
  });

  it('checks recorded changes: session, time and elements', () => {
    expect(parseBoardChanges([{ sessionId: 's', at: 5, elements: [box] }], 'backup.json').ok).toBe(true);
    const bad = parseBoardChanges([{ sessionId: '', at: -1, elements: [box] }], 'backup.json');
    expect(bad.ok ? [] : bad.errors.map((e) => e.field)).toEqual(['[0].sessionId', '[0].at']);
  });
});
