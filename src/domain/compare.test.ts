import { describe, expect, it } from 'vitest';
import { canonical, compareValues, listDifferences } from './compare.ts';

const exact = { mode: 'exact', tolerance: 1e-6 } as const;
const float = { mode: 'float', tolerance: 1e-6 } as const;
const unordered = { mode: 'unordered', tolerance: 1e-6 } as const;

describe('compareValues', () => {
  it('accepts equal nested data and names the first difference otherwise', () => {
    expect(compareValues([1, [2, 3]], [1, [2, 3]], exact)).toEqual({ equal: true });
    expect(compareValues([1, [2, 3]], [1, [2, 4]], exact)).toEqual({
      equal: false,
      diff: 'at [1][1]: expected 3, got 4',
    });
  });

  it('reports length and type mismatches in words', () => {
    expect(compareValues([1, 2, 3], [1, 2], exact)).toMatchObject({ diff: 'expected 3 item(s), got 2' });
    expect(compareValues(true, 1, exact)).toMatchObject({ diff: 'expected bool true, got int 1' });
    expect(compareValues(null, [], exact)).toMatchObject({ equal: false });
    expect(compareValues('1', 1, exact)).toMatchObject({ equal: false });
  });

  it('treats 2 and 2.0 as equal (JSON cannot tell them apart) but not 0.1 + 0.2 and 0.3 when exact', () => {
    expect(compareValues(2, 2.0, exact).equal).toBe(true);
    expect(compareValues(0.3, 0.1 + 0.2, exact).equal).toBe(false);
    expect(compareValues(0.3, 0.1 + 0.2, float).equal).toBe(true);
  });

  it('float mode allows absolute or relative tolerance on every number, and no more', () => {
    expect(compareValues([1e9, 0.5], [1e9 + 100, 0.5000001], float).equal).toBe(true);
    expect(compareValues([0.5], [0.5001], float)).toMatchObject({
      equal: false,
      diff: 'at [0]: expected 0.5, got 0.5001',
    });
  });

  it('decodes tagged NaN, infinity and big integers from the harness', () => {
    expect(compareValues({ $float: 'nan' }, { $float: 'nan' }, float).equal).toBe(true);
    expect(compareValues(0, { $float: 'nan' }, float).equal).toBe(false);
    expect(
      compareValues({ $int: '123456789012345678901234567890' }, { $int: '123456789012345678901234567890' }, exact)
        .equal,
    ).toBe(true);
    expect(
      compareValues({ $int: '123456789012345678901234567890' }, { $int: '123456789012345678901234567891' }, exact)
        .equal,
    ).toBe(false);
  });

  it('unordered ignores top-level order only, unless asked for depth 2', () => {
    expect(compareValues([[1, 2], [3]], [[3], [1, 2]], unordered).equal).toBe(true);
    expect(compareValues([[1, 2], [3]], [[3], [2, 1]], unordered).equal).toBe(false);
    expect(compareValues([[1, 2], [3]], [[3], [2, 1]], unordered, 2).equal).toBe(true);
    expect(compareValues([1, 1, 2], [1, 2, 2], unordered).equal).toBe(false);
    // Groups whose inner order differs must still line up (Group Anagrams, Subsets).
    const expected = [['bat'], ['nat', 'tan'], ['ate', 'eat', 'tea']];
    expect(compareValues(expected, [['eat', 'tea', 'ate'], ['tan', 'nat'], ['bat']], unordered, 2).equal).toBe(true);
    expect(compareValues(expected, [['eat', 'tea'], ['tan', 'nat', 'ate'], ['bat']], unordered, 2).equal).toBe(false);
    expect(compareValues([[], [1], [1, 2], [2]], [[2, 1], [], [2], [1]], unordered, 2).equal).toBe(true);
  });

  it('compares dicts by key, naming missing and unexpected keys', () => {
    expect(compareValues({ a: 1, b: 2 }, { b: 2, a: 1 }, exact).equal).toBe(true);
    expect(compareValues({ a: 1 }, { b: 1 }, exact)).toMatchObject({ diff: 'missing key "a"' });
  });
});

describe('canonical', () => {
  it('is stable regardless of key order and readable', () => {
    expect(canonical({ b: [1, 2], a: null })).toBe('{"a": null, "b": [1, 2]}');
  });
});

describe('listDifferences', () => {
  it('names every differing position, not the first alone, within the tolerance', () => {
    expect(listDifferences([1, 2, 3, 4], [1, 2.5, 3.0000001, 5], float)).toEqual({
      positions: [
        { path: '[1]', expected: 2, got: 2.5 },
        { path: '[3]', expected: 4, got: 5 },
      ],
      total: 2,
    });
  });
  it('stops listing at the limit but counts them all', () => {
    const d = listDifferences(Array(50).fill(0), Array(50).fill(1), { mode: 'exact', tolerance: 0 }, 20)!;
    expect(d.positions).toHaveLength(20);
    expect(d.total).toBe(50);
  });
  it('has no positions for lists of different lengths, non-lists or an order-free comparison', () => {
    expect(listDifferences([1, 2], [1], float)).toBeNull();
    expect(listDifferences(1, 2, float)).toBeNull();
    expect(listDifferences([1, 2], [2, 1], { mode: 'unordered', tolerance: 0 })).toBeNull();
  });
});
