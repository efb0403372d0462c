// Compares a candidate's plain-data result with the expected value. Runs outside the Python
// interpreter, on JSON data only, so nothing the candidate's code defines can take part.

import type { CompareMode } from './problem-schema.ts';

export type Comparison = { equal: true } | { equal: false; diff: string };

export interface CompareOptions {
  mode: Exclude<CompareMode, 'checker'>;
  tolerance: number;
}

/** Decodes the harness's tags for values JSON cannot hold (huge ints, NaN, ±inf). */
export function decode(v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    // Only well-formed tags: a candidate's own dict such as {"$int": "x"} stays a dict.
    if (Object.keys(o).length === 1) {
      if (o.$float === 'nan') return Number.NaN;
      if (o.$float === 'inf') return Infinity;
      if (o.$float === '-inf') return -Infinity;
      if (typeof o.$int === 'string' && /^-?\d+$/.test(o.$int)) return BigInt(o.$int);
    }
  }
  return v;
}

/** A deterministic JSON text, for display and for sorting order-insensitive results. */
export function canonical(v: unknown): string {
  const d = decode(v);
  if (typeof d === 'bigint') return d.toString();
  if (typeof d === 'number')
    return Number.isNaN(d) ? 'NaN' : d === Infinity ? 'Infinity' : d === -Infinity ? '-Infinity' : JSON.stringify(d);
  if (Array.isArray(d)) return `[${d.map(canonical).join(', ')}]`;
  if (d && typeof d === 'object') {
    const entries = Object.keys(d)
      .sort()
      .map((k) => `${JSON.stringify(k)}: ${canonical((d as Record<string, unknown>)[k])}`);
    return `{${entries.join(', ')}}`;
  }
  return JSON.stringify(d) ?? 'undefined';
}

function kindOf(v: unknown): string {
  if (v === null) return 'None';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v))) return 'int';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'str';
  return 'dict';
}

function short(v: unknown): string {
  const text = canonical(v);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function isWhole(x: number | bigint): boolean {
  return typeof x === 'bigint' || Number.isInteger(x);
}

function numbersEqual(a: number | bigint, b: number | bigint, mode: CompareOptions['mode'], tol: number): boolean {
  // A big int equals only a whole number of the same value (BigInt() throws on fractions, NaN, ±inf).
  if (typeof a === 'bigint' || typeof b === 'bigint') return isWhole(a) && isWhole(b) && BigInt(a) === BigInt(b);
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (a === b) return true;
  // An infinity equals only itself: the relative tolerance around it would be infinite.
  if (mode !== 'float' || !Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(a - b);
  return diff <= tol || diff <= tol * Math.max(Math.abs(a), Math.abs(b));
}

/** Sorts `depth` levels of lists, innermost first, so equal multisets line up item by item. */
function normalise(v: unknown, depth: number): unknown {
  const d = decode(v);
  if (depth <= 0 || !Array.isArray(d)) return d;
  const items = d.map((x) => normalise(x, depth - 1));
  return items.sort((x, y) => {
    const a = canonical(x);
    const b = canonical(y);
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

function walk(expected: unknown, got: unknown, path: string, opts: CompareOptions): string | null {
  const e = decode(expected);
  const g = decode(got);
  const at = path === '' ? '' : `at ${path}: `;
  const eNum = typeof e === 'number' || typeof e === 'bigint';
  const gNum = typeof g === 'number' || typeof g === 'bigint';
  if (eNum && gNum) {
    return numbersEqual(e, g, opts.mode, opts.tolerance) ? null : `${at}expected ${short(e)}, got ${short(g)}`;
  }
  if (kindOf(e) !== kindOf(g)) {
    return `${at}expected ${kindOf(e)} ${short(e)}, got ${kindOf(g)} ${short(g)}`;
  }
  if (Array.isArray(e) && Array.isArray(g)) {
    if (e.length !== g.length) return `${at}expected ${e.length} item(s), got ${g.length}`;
    for (let i = 0; i < e.length; i++) {
      const d = walk(e[i], g[i], `${path}[${i}]`, opts);
      if (d) return d;
    }
    return null;
  }
  if (e && g && typeof e === 'object' && typeof g === 'object') {
    const eo = e as Record<string, unknown>;
    const go = g as Record<string, unknown>;
    // Own keys only: `in` would also see Object.prototype, so {"constructor": 1} would pass for {}.
    const missing = Object.keys(eo).filter((k) => !Object.hasOwn(go, k));
    const extra = Object.keys(go).filter((k) => !Object.hasOwn(eo, k));
    if (missing.length) return `${at}missing key ${JSON.stringify(missing[0])}`;
    if (extra.length) return `${at}unexpected key ${JSON.stringify(extra[0])}`;
    for (const k of Object.keys(eo).sort()) {
      const d = walk(eo[k], go[k], `${path}[${JSON.stringify(k)}]`, opts);
      if (d) return d;
    }
    return null;
  }
  return e === g ? null : `${at}expected ${short(e)}, got ${short(g)}`;
}

/**
 * Compares plain data. `exact` is deep equality (ints and floats equal when their values are);
 * `float` allows `tolerance` absolute or relative error on every number; `unordered` ignores the
 * order of the top-level list (and of the lists inside it when `unorderedDepth` is 2).
 */
export function compareValues(expected: unknown, got: unknown, opts: CompareOptions, unorderedDepth = 1): Comparison {
  if (opts.mode !== 'unordered') {
    const diff = walk(expected, got, '', opts);
    return diff === null ? { equal: true } : { equal: false, diff };
  }
  if (walk(normalise(expected, unorderedDepth), normalise(got, unorderedDepth), '', opts) === null)
    return { equal: true };
  const lengthDiff = Array.isArray(expected) && Array.isArray(got) && expected.length !== got.length;
  return {
    equal: false,
    diff: lengthDiff
      ? `expected ${expected.length} item(s), got ${got.length}`
      : `expected the items ${short(expected)} in any order${unorderedDepth > 1 ? ' (at every level)' : ''}, got ${short(got)}`,
  };
}

export interface Difference {
  /** "[3]": the index in the list. */
  path: string;
  expected: unknown;
  got: unknown;
}

/**
 * Every position where two lists of the same length differ, up to `limit`, and how many there are
 * in all: the results panel lists them instead of the first alone. Null when the values are not two
 * lists of the same length, or the comparison ignores order (positions mean nothing then).
 */
export function listDifferences(
  expected: unknown,
  got: unknown,
  opts: CompareOptions,
  limit = 20,
): { positions: Difference[]; total: number } | null {
  const e = decode(expected);
  const g = decode(got);
  if (opts.mode === 'unordered' || !Array.isArray(e) || !Array.isArray(g) || e.length !== g.length) return null;
  const positions: Difference[] = [];
  let total = 0;
  for (let i = 0; i < e.length; i++) {
    if (walk(e[i], g[i], `[${i}]`, opts) === null) continue;
    total++;
    if (positions.length < limit) positions.push({ path: `[${i}]`, expected: e[i], got: g[i] });
  }
  return { positions, total };
}
