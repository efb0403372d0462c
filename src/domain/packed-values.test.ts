import { describe, expect, it } from 'vitest';
import { PACKED, pack, unpack } from './packed-values.ts';

/** The value as a chunk carries it: packed, written as JSON, read back, unpacked. */
const roundTrip = (value: unknown) => unpack(JSON.parse(JSON.stringify(pack(value))));
const size = (value: unknown) => JSON.stringify(value).length;
const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
/** A fixed pseudo-random sequence (the same on every run). */
function random(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('packed case values', () => {
  it('gives back 100,000 evenly spaced numbers with one outlier exactly, in a few bytes', () => {
    const nums = range(100_000, (i) => 1_000_000 + 2 * i);
    nums[99_999] = -7;
    const value = [nums, -6 + 1_000_000 + 2 * 99_998];
    expect(roundTrip(value)).toEqual(value);
    expect(size(pack(value))).toBeLessThan(200);
  });

  it('gives back random integers, negatives and nulls exactly, in 60% of the JSON or less', () => {
    const next = random(7);
    const ints = range(5000, () => Math.floor(next() * 20_001) - 10_000);
    const tree = range(5000, (i) => (i % 7 === 3 ? null : Math.floor(next() * 1e5)));
    expect(roundTrip(ints)).toEqual(ints);
    expect(roundTrip(tree)).toEqual(tree);
    expect(size(pack(ints))).toBeLessThan(size(ints) * 0.6);
    expect(size(pack(tree))).toBeLessThan(size(tree) * 0.6);
  });

  it('gives back nested lists of uneven lengths (empty ones included), strings and design calls', () => {
    const next = random(3);
    const lists = range(300, (i) => range(i % 4 === 0 ? 0 : (i % 5) + 1, () => Math.floor(next() * 100)));
    const deep = range(40, (i) => range(3, (j) => range(i % 3, (k) => i * j - k)));
    const ops = ['LRUCache', ...range(2000, (i) => (i % 3 ? 'get' : 'put'))];
    const args = [[50], ...range(2000, (i) => (i % 3 ? [i] : [i, i * 2]))];
    const expected = [null, ...range(2000, (i) => (i % 3 ? i % 11 : null))];
    for (const value of [lists, deep, { ops, args, expected }]) expect(roundTrip(value)).toEqual(value);
    expect(size(pack(ops))).toBeLessThan(size(ops) / 4);
  });

  it('gives back floats exactly, whether they have a few decimals or all seventeen digits', () => {
    const next = random(11);
    const short = range(500, (i) => [i / 4, (Math.round(next() * 1e4) - 5000) / 1e3]);
    const long = range(500, () => next() * 3 - 1);
    const wide = range(100, (i) => (i % 2 ? 1e300 : -Number.MAX_SAFE_INTEGER) + i);
    for (const value of [short, long, wide]) expect(roundTrip(value)).toEqual(value);
    expect(size(pack(short))).toBeLessThan(size(short) * 0.6);
  });

  it('leaves what it cannot pack as it was: booleans, objects, mixed lists, -0, small lists', () => {
    const value = [range(50, (i) => i % 2 === 0), range(50, (i) => ({ i })), range(50, (i) => (i % 2 ? 'a' : i))];
    expect(pack(value)).toEqual(value);
    expect(pack([1, 2, 3])).toEqual([1, 2, 3]);
    const zero = range(40, (i) => (i === 5 ? -0 : i));
    expect(Object.is((pack(zero) as number[])[5], -0)).toBe(true);
  });

  it('never mistakes a case object that carries the marker key for a packed value', () => {
    const value = { [PACKED]: 'n', n: 3, m: 'o', b: 0, k: 0, v: '' };
    const list = range(40, () => ({ [PACKED]: 's', words: ['x'] }));
    expect(roundTrip(value)).toEqual(value);
    expect(roundTrip(list)).toEqual(list);
  });
});
