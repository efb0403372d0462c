import { describe, expect, it } from 'vitest';
import { pythonArgs, pythonFloat, pythonRepr, pythonString } from './python-repr.ts';

describe('values as Python prints them', () => {
  it('prints the expected floats of a float problem with their .0, as the statement does', () => {
    expect(pythonRepr([2.2666666666666666, 1], { floats: true })).toBe('[2.2666666666666666, 1.0]');
    expect(pythonRepr([0, 0, 0], { floats: true })).toBe('[0.0, 0.0, 0.0]');
    expect(pythonRepr([3, 1])).toBe('[3, 1]');
  });

  it('writes None, True, False, quoted strings and nested dicts and lists', () => {
    expect(pythonRepr(null)).toBe('None');
    expect(pythonRepr([true, false])).toBe('[True, False]');
    expect(pythonRepr('a')).toBe("'a'");
    expect(pythonRepr({ b: [1, 'x'], a: { c: null } })).toBe("{'b': [1, 'x'], 'a': {'c': None}}");
    expect(pythonString("it's")).toBe('"it\'s"');
    expect(pythonString('both \' and "')).toBe("'both \\' and \"'");
    expect(pythonString('a\nb\\\t\u0001')).toBe("'a\\nb\\\\\\t\\x01'");
  });

  it('uses Python’s float spellings: exponents, nan, inf, -0.0', () => {
    expect(pythonFloat(1e16)).toBe('1e+16');
    expect(pythonFloat(1.5e-5)).toBe('1.5e-05');
    expect(pythonFloat(0.0001)).toBe('0.0001');
    expect(pythonFloat(123456789012345.6)).toBe('123456789012345.6');
    expect(pythonFloat(-0)).toBe('-0.0');
    expect(pythonRepr([{ $float: 'nan' }, { $float: '-inf' }, { $int: '123456789012345678901234567890' }])).toBe(
      '[nan, -inf, 123456789012345678901234567890]',
    );
    expect(pythonRepr(0.1 + 0.2)).toBe('0.30000000000000004');
  });

  it('writes the arguments of a call with a float parameter as floats', () => {
    expect(pythonArgs([[[1], [2]], [3, 5], 1, 1], [false, false, true, false])).toBe('[[1], [2]], [3, 5], 1.0, 1');
  });
});
