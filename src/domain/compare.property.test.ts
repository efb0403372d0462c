// Properties of the answer check over the plain data the Python harness sends (JSON, plus its
// `$int` / `$float` tags). Each is checked against a small oracle written here, not against the
// comparer's own helpers, so a wrong verdict in either direction shows up as a counterexample.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical, compareValues, type CompareOptions } from './compare.ts';

const TOLERANCE = 1e-6;
const EXACT: CompareOptions = { mode: 'exact', tolerance: TOLERANCE };
const FLOAT: CompareOptions = { mode: 'float', tolerance: TOLERANCE };
const UNORDERED: CompareOptions = { mode: 'unordered', tolerance: TOLERANCE };
const MODES = [EXACT, FLOAT, UNORDERED] as const;
/** The problem schema allows `unordered_depth` 1 or 2. */
const DEPTHS = [1, 2] as const;

/** Beyond this the harness sends an int as `{"$int": "<digits>"}` (SAFE_INT in src/worker/harness/01-setup.py). */
const SAFE_INT = 2n ** 53n;
const HUGE = 10n ** 30n;

type Dict = Record<string, unknown>;

function isDict(v: unknown): v is Dict {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isTag(v: unknown): boolean {
  return isDict(v) && Object.keys(v).length === 1 && (typeof v.$int === 'string' || typeof v.$float === 'string');
}

// ---- Arbitraries: what the harness can produce ----

/**
 * Dict keys are any Python str, so names that live on Object.prototype are included on purpose.
 * The tag names are left out: a one-key dict `{"$int": …}` is the harness's encoding of a big int.
 */
const key = fc
  .oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom('constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty'),
  )
  .filter((k) => k !== '$int' && k !== '$float');

const finite = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ noNaN: true, noDefaultInfinity: true }));
const nonFinite = fc.constantFrom({ $float: 'nan' }, { $float: 'inf' }, { $float: '-inf' });
const bigInt = fc
  .oneof(fc.bigInt({ min: SAFE_INT + 1n, max: HUGE }), fc.bigInt({ min: -HUGE, max: -SAFE_INT - 1n }))
  .map((n) => ({ $int: n.toString() }));

function dictOf(value: fc.Arbitrary<unknown>): fc.Arbitrary<Dict> {
  // Object.fromEntries defines `__proto__` as an own key, as JSON.parse does.
  return fc
    .uniqueArray(fc.tuple(key, value), { selector: ([k]) => k, maxLength: 4 })
    .map((entries) => Object.fromEntries(entries));
}

function dataArbitrary(leaf: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('value'), { maxLength: 4 }), dictOf(tie('value'))),
  }));
  return value;
}

const plainLeaf = fc.oneof(fc.constant(null), fc.boolean(), finite, fc.string({ maxLength: 6 }));
/** Plain JSON data, no tags. */
const plain = dataArbitrary(plainLeaf);
/** Anything the harness sends: plain data with tagged NaN, ±inf and big ints inside. */
const data = dataArbitrary(
  fc.oneof({ weight: 4, arbitrary: plainLeaf }, { weight: 1, arbitrary: nonFinite }, { weight: 1, arbitrary: bigInt }),
);
const list = fc.array(data, { maxLength: 6 });

// ---- The oracle ----

/** A tag's value, or the value itself. NaN stands for the harness's NaN. */
function value(v: unknown): unknown {
  if (!isTag(v)) return v;
  const t = v as Dict;
  if (typeof t.$int === 'string') return BigInt(t.$int);
  return t.$float === 'nan' ? Number.NaN : t.$float === 'inf' ? Infinity : -Infinity;
}

/** Two numbers (or big ints) with the same mathematical value; NaN equals NaN, as the comparer documents. */
function sameNumber(a: number | bigint, b: number | bigint): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || (Number.isNaN(a) && Number.isNaN(b));
  const whole = (x: number | bigint) => typeof x === 'bigint' || Number.isInteger(x);
  return whole(a) && whole(b) && BigInt(a) === BigInt(b);
}

/** Exact equality of harness data, written independently of compare.ts. */
function same(x: unknown, y: unknown): boolean {
  const a = value(x);
  const b = value(y);
  const numeric = (v: unknown): v is number | bigint => typeof v === 'number' || typeof v === 'bigint';
  if (numeric(a) || numeric(b)) return numeric(a) && numeric(b) && sameNumber(a, b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => same(item, b[i]));
  }
  if (isDict(a) || isDict(b)) {
    if (!isDict(a) || !isDict(b)) return false;
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same(a[k], b[k]));
  }
  return a === b;
}

/** Equality that ignores list order `depth` levels down: multisets matched item by item. */
function sameUnordered(a: unknown, b: unknown, depth: number): boolean {
  if (depth <= 0 || !Array.isArray(a) || !Array.isArray(b)) return same(a, b);
  if (a.length !== b.length) return false;
  const left = [...b];
  return a.every((x) => {
    const i = left.findIndex((y) => sameUnordered(x, y, depth - 1));
    if (i < 0) return false;
    left.splice(i, 1);
    return true;
  });
}

// ---- Transformations ----

function clone(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clone);
  if (isDict(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)]));
  return v;
}

/** The same data with every dict's keys in another order (rotated by `turn`, reversed when odd). */
function reordered(v: unknown, turn: number): unknown {
  if (Array.isArray(v)) return v.map((x) => reordered(x, turn));
  if (!isDict(v)) return v;
  const entries = Object.entries(v).map(([k, x]) => [k, reordered(x, turn)] as const);
  const n = entries.length === 0 ? 0 : turn % entries.length;
  const rotated = [...entries.slice(n), ...entries.slice(0, n)];
  return Object.fromEntries(turn % 2 === 1 ? rotated.reverse() : rotated);
}

/** Lists shuffled `depth` levels down (the seed picks each permutation). */
function shuffled(v: unknown, depth: number, seed: number): unknown {
  if (depth <= 0 || !Array.isArray(v)) return v;
  const items = v.map((x, i) => shuffled(x, depth - 1, seed + i + 1));
  let s = seed >>> 0;
  for (let i = items.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

interface Edit {
  value: unknown;
  /** Where the change is, in the comparer's notation: `[0]["key"]`. */
  path: string;
}

/** `v` with exactly one change: a node replaced by a different one, or a list item or dict key added or dropped. */
function edited(v: unknown, path = ''): fc.Arbitrary<Edit> {
  const options: fc.Arbitrary<Edit>[] = [data.filter((w) => !same(w, v)).map((w) => ({ value: w, path }))];
  if (Array.isArray(v)) {
    options.push(data.map((x) => ({ value: [...v, x], path })));
    if (v.length > 0) {
      const index = fc.nat(v.length - 1);
      options.push(index.map((i) => ({ value: v.filter((_, j) => j !== i), path })));
      options.push(
        index.chain((i) =>
          edited(v[i], `${path}[${i}]`).map((e) => ({ value: v.map((x, j) => (j === i ? e.value : x)), path: e.path })),
        ),
      );
    }
  } else if (isDict(v) && !isTag(v)) {
    options.push(
      fc
        .tuple(
          key.filter((k) => !Object.hasOwn(v, k)),
          data,
        )
        .map(([k, x]) => ({ value: { ...v, [k]: x }, path })),
    );
    const keys = Object.keys(v);
    if (keys.length > 0) {
      const which = fc.constantFrom(...keys);
      options.push(
        which.map((k) => ({ value: Object.fromEntries(Object.entries(v).filter(([other]) => other !== k)), path })),
      );
      options.push(
        which.chain((k) =>
          edited(v[k], `${path}[${JSON.stringify(k)}]`).map((e) => ({ value: { ...v, [k]: e.value }, path: e.path })),
        ),
      );
    }
  }
  return fc.oneof(...options);
}

/** Pairs worth comparing: unrelated values, a value and its copy, and a value and a one-change edit of it. */
const pair = fc.oneof(
  fc.tuple(data, data),
  data.map((v) => [v, clone(v)] as [unknown, unknown]),
  data.chain((v) => edited(v).map((e) => [v, e.value] as [unknown, unknown])),
);

function equal(expected: unknown, got: unknown, opts: CompareOptions, depth = 1): boolean {
  return compareValues(expected, got, opts, depth).equal;
}

describe('compareValues (properties)', () => {
  it('never throws, and explains every refusal in words', () => {
    fc.assert(
      fc.property(pair, fc.constantFrom(...MODES), fc.constantFrom(...DEPTHS), ([a, b], opts, depth) => {
        const result = compareValues(a, b, opts, depth);
        if (!result.equal) expect(result.diff).toMatch(/\S/);
      }),
    );
  });

  it('finds every value equal to a copy of itself, in every mode', () => {
    fc.assert(
      fc.property(data, fc.constantFrom(...MODES), fc.constantFrom(...DEPTHS), (v, opts, depth) => {
        expect(compareValues(v, clone(v), opts, depth)).toEqual({ equal: true });
      }),
    );
  });

  it('exact agrees with an independent deep equality, in both directions', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const verdict = equal(a, b, EXACT);
        expect(verdict).toBe(same(a, b));
        expect(equal(b, a, EXACT)).toBe(verdict);
      }),
    );
  });

  it('exact names the place of a single change', () => {
    fc.assert(
      fc.property(
        data.chain((v) => edited(v).map((e) => [v, e] as const)),
        ([v, e]) => {
          const result = compareValues(v, e.value, EXACT);
          expect(result.equal).toBe(false);
          if (result.equal || e.path === '') return;
          // The first difference is the change itself or lies inside the replaced node.
          expect(result.diff.startsWith(`at ${e.path}: `) || result.diff.startsWith(`at ${e.path}[`)).toBe(true);
        },
      ),
    );
  });

  it('refuses an extra or a missing dict key, whatever its name', () => {
    fc.assert(
      fc.property(dictOf(data), key, data, (d, k, x) => {
        fc.pre(!Object.hasOwn(d, k));
        const more = { ...d, [k]: x };
        expect(compareValues(d, more, EXACT)).toEqual({ equal: false, diff: `unexpected key ${JSON.stringify(k)}` });
        expect(compareValues(more, d, EXACT)).toEqual({ equal: false, diff: `missing key ${JSON.stringify(k)}` });
      }),
    );
  });

  it('treats ints and floats by value, -0 as 0, and bools, None, str and numbers as different kinds', () => {
    // Below 2^52 every n + 0.5 is exact, so it is a different number from n.
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 52) + 1, max: 2 ** 52 - 1 }), (n) => {
        expect(equal(n, n + 0.0, EXACT)).toBe(true);
        expect(equal(n, n + 0.5, EXACT)).toBe(false);
        expect(equal(-0, 0, EXACT)).toBe(true);
        expect(equal(n, String(n), EXACT)).toBe(false);
        expect(equal(n, null, EXACT)).toBe(false);
        expect(equal(n, Boolean(n), EXACT)).toBe(false);
      }),
    );
    fc.assert(
      fc.property(data, (v) => {
        expect(equal(null, v, EXACT)).toBe(v === null);
        expect(equal(v, null, FLOAT)).toBe(v === null);
      }),
    );
  });

  it('compares tagged big ints by exact value, also against whole floats, and never against fractions', () => {
    fc.assert(
      fc.property(bigInt, finite, (tag, x) => {
        const n = BigInt(tag.$int);
        expect(equal(tag, { $int: n.toString() }, EXACT)).toBe(true);
        expect(equal(tag, { $int: (n + 1n).toString() }, EXACT)).toBe(false);
        expect(equal(tag, Number(n), EXACT)).toBe(BigInt(Number(n)) === n);
        if (Number.isInteger(x)) expect(equal(tag, x, EXACT)).toBe(BigInt(x) === n);
        else for (const opts of MODES) expect(equal(tag, x, opts)).toBe(false);
      }),
    );
  });

  it('treats tagged NaN as equal only to NaN, and infinities only to themselves, even in float mode', () => {
    fc.assert(
      fc.property(nonFinite, nonFinite, finite, fc.constantFrom(...MODES), (a, b, x, opts) => {
        expect(equal(a, b, opts)).toBe(a.$float === b.$float);
        expect(equal(a, x, opts)).toBe(false);
        expect(equal(x, a, opts)).toBe(false);
      }),
    );
  });

  it('reads only well-formed tags: a candidate dict that merely looks like one stays a dict', () => {
    const lookalike = fc.oneof(
      fc
        .string({ maxLength: 6 })
        .filter((s) => !/^-?\d+$/.test(s))
        .map((s) => ({ $int: s })),
      fc
        .string({ maxLength: 6 })
        .filter((s) => !['nan', 'inf', '-inf'].includes(s))
        .map((s) => ({ $float: s })),
    );
    fc.assert(
      fc.property(lookalike, lookalike, data, fc.constantFrom(...MODES), (a, b, v, opts) => {
        expect(equal(a, clone(a), opts)).toBe(true);
        expect(equal(a, b, opts)).toBe(JSON.stringify(a) === JSON.stringify(b));
        expect(equal(a, v, opts)).toBe(false);
      }),
    );
  });
});

describe('compareValues float mode (properties)', () => {
  const tolerance = fc.double({ min: 1e-9, max: 0.5, noNaN: true });
  const moderate = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1e300, max: 1e300, noNaN: true }));

  /** The most a number may move and still be accepted: `tolerance` absolute or relative, whichever is larger. */
  const allowance = (x: number, tol: number) => tol * Math.max(1, Math.abs(x));

  it('accepts a number moved by up to half its allowance and refuses one moved by three times it', () => {
    fc.assert(
      fc.property(moderate, tolerance, fc.double({ min: -1, max: 1, noNaN: true }), fc.boolean(), (x, tol, k, up) => {
        const opts: CompareOptions = { mode: 'float', tolerance: tol };
        const step = allowance(x, tol);
        expect(equal(x, x + 0.5 * k * step, opts)).toBe(true);
        const far = up ? x + 3 * step : x - 3 * step;
        expect(compareValues(x, far, opts)).toEqual({
          equal: false,
          diff: `expected ${canonical(x)}, got ${canonical(far)}`,
        });
        expect(equal(far, x, opts)).toBe(false);
      }),
    );
  });

  it('accepts nested data with every number moved within tolerance, and refuses it in exact mode when one moved', () => {
    fc.assert(
      fc.property(
        data,
        tolerance,
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (v, tol, ks) => {
          let i = 0;
          let moved = false;
          const nudge = (x: unknown): unknown => {
            if (Array.isArray(x)) return x.map(nudge);
            if (isDict(x)) return isTag(x) ? x : Object.fromEntries(Object.entries(x).map(([k, y]) => [k, nudge(y)]));
            if (typeof x !== 'number' || Math.abs(x) > 1e300) return x;
            const y = x + 0.5 * ks[i++ % ks.length]! * allowance(x, tol);
            moved ||= y !== x;
            return y;
          };
          const got = nudge(v);
          expect(equal(v, got, { mode: 'float', tolerance: tol })).toBe(true);
          expect(equal(v, got, EXACT)).toBe(!moved);
        },
      ),
    );
  });

  it('is never stricter than exact and never looser than exact on data without numbers', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        if (equal(a, b, EXACT)) expect(equal(a, b, FLOAT)).toBe(true);
        const hasNumber = (v: unknown): boolean =>
          typeof v === 'number' ||
          isTag(v) ||
          (Array.isArray(v) ? v.some(hasNumber) : isDict(v) && Object.values(v).some(hasNumber));
        if (!hasNumber(a) && !hasNumber(b)) expect(equal(a, b, FLOAT)).toBe(equal(a, b, EXACT));
      }),
    );
  });
});

describe('compareValues unordered mode (properties)', () => {
  it('agrees with a multiset oracle at its depth', () => {
    const lists = fc.oneof(
      fc.tuple(list, list),
      fc
        .tuple(list, fc.nat(), fc.constantFrom(...DEPTHS))
        .map(([v, seed, depth]) => [v, shuffled(clone(v), depth, seed)] as [unknown, unknown]),
      list.chain((v) => edited(v).map((e) => [v, e.value] as [unknown, unknown])),
    );
    fc.assert(
      fc.property(lists, fc.constantFrom(...DEPTHS), ([a, b], depth) => {
        expect(equal(a, b, UNORDERED, depth)).toBe(sameUnordered(a, b, depth));
        expect(equal(b, a, UNORDERED, depth)).toBe(sameUnordered(a, b, depth));
      }),
    );
  });

  it('ignores the order of the top-level list, and of inner lists too at depth 2', () => {
    fc.assert(
      fc.property(list, fc.nat(), (v, seed) => {
        expect(equal(v, shuffled(v, 1, seed), UNORDERED, 1)).toBe(true);
        expect(equal(v, shuffled(v, 2, seed), UNORDERED, 2)).toBe(true);
      }),
    );
  });

  it('still refuses a changed item, a changed multiplicity or a different length', () => {
    fc.assert(
      fc.property(
        list.filter((v) => v.length > 0),
        fc.nat(),
        fc.nat(),
        data,
        fc.constantFrom(...DEPTHS),
        fc.nat(),
        (v, i0, j0, w, depth, seed) => {
          const i = i0 % v.length;
          const j = j0 % v.length;
          const got = shuffled(v, depth, seed) as unknown[];
          // One item replaced by something not equivalent to it.
          if (!sameUnordered(v[i], w, depth - 1))
            expect(equal(v, [...v.slice(0, i), w, ...v.slice(i + 1)], UNORDERED, depth)).toBe(false);
          // One item's count up and another's down.
          if (!sameUnordered(v[i], v[j], depth - 1))
            expect(
              equal(
                v,
                v.map((x, k) => (k === j ? clone(v[i]) : x)),
                UNORDERED,
                depth,
              ),
            ).toBe(false);
          expect(compareValues(v, [...got, w], UNORDERED, depth)).toEqual({
            equal: false,
            diff: `expected ${v.length} item(s), got ${v.length + 1}`,
          });
          expect(compareValues(v, got.slice(1), UNORDERED, depth)).toEqual({
            equal: false,
            diff: `expected ${v.length} item(s), got ${v.length - 1}`,
          });
        },
      ),
    );
  });
});

describe('canonical (properties)', () => {
  it('does not depend on dict key order', () => {
    fc.assert(
      fc.property(data, fc.nat(), (v, turn) => {
        expect(canonical(reordered(v, turn))).toBe(canonical(v));
      }),
    );
  });

  it('gives equal texts exactly to equal values', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(canonical(a) === canonical(b)).toBe(same(a, b));
      }),
    );
  });

  it('is JSON text that reads back as the same plain data', () => {
    fc.assert(
      fc.property(plain, (v) => {
        expect(same(JSON.parse(canonical(v)), v)).toBe(true);
      }),
    );
  });
});
