// A compact, lossless form for the large generated inputs in problem cases (100,000 numbers, 10,000
// lists of five, 30,000 design calls), used by the build for the problems' chunks and undone when a
// chunk loads. `unpack(pack(x))` is `x` exactly: the same numbers (floats included), strings, nulls
// and shapes, so the judge runs the very cases in `tests.json`. Pure; the build checks every
// problem's round trip and refuses to pack a value that would not come back identical.
//
// Numbers are written as fixed-width base-64 digits (2–3 characters where JSON spends 6–8), as
// offsets from the smallest value or as steps from the previous one, whichever is narrower (so
// 1, 3, 5, … 199,999 takes no digits at all). Nested lists keep their lengths per level beside one
// flat list of leaves; repeated strings (a design problem's "put", "get") become indices.

/** Marks a packed value. A case object that happens to carry this key is escaped, never misread. */
export const PACKED = '$packed';

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ASCII = new TextDecoder('ascii');
const DIGIT_CODES = Uint8Array.from(DIGITS, (c) => c.charCodeAt(0));
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) DIGIT_VALUE[DIGIT_CODES[i]!] = i;
/** Lists with fewer leaves than this stay as they are: packing would not pay. */
const MIN_LEAVES = 32;
/** Digits per number at most: 8 × 6 = 48 bits, exact in a double. */
const MAX_WIDTH = 8;
const MAX_SCALE = 9;
/** What a value outside the digits' window costs, in characters (its index and value in JSON). */
const EXCEPTION_COST = 14;

/**
 * Numbers (or nulls among integers), as `k` digits each: 'o', offsets from `b`; 'd', steps: the
 * first value is `b`, then each is the previous plus `s` + its digits. The few values that do not
 * fit the digits (two-sum's pair at the end of 100,000 evenly spaced numbers) are listed apart, in
 * `xi` and `xv`. All are integers divided by 10 ** `p`.
 */
interface PackedNumbers {
  [PACKED]: 'n';
  /** How many values. */
  n: number;
  m: 'o' | 'd';
  b: number;
  s?: number;
  /** Digits per value (0 when all are equal, or all steps are). */
  k: number;
  /** Decimal places. */
  p?: number;
  /** Nulls present: digit value 0 is null and the offsets start at 1 ('o' only). */
  z?: 1;
  v: string;
  /** Positions and values of the values outside the digits' window, in increasing position. */
  xi?: number[];
  xv?: number[];
}

/** Strings from a short list of distinct ones, as indices into it. */
interface PackedStrings {
  [PACKED]: 's';
  words: string[];
  at: PackedNumbers;
}

/** Lists nested `lengths.length` deep: each level's list lengths, then every leaf in order. */
interface PackedNest {
  [PACKED]: 'l';
  lengths: PackedNumbers[];
  leaves: PackedNumbers | PackedStrings;
}

/** A case object that has a key named like the marker: its entries, each packed. */
interface EscapedObject {
  [PACKED]: 'o';
  entries: [string, unknown][];
}

type Packed = PackedNumbers | PackedStrings | PackedNest | EscapedObject;

function writeDigits(codes: readonly number[], width: number): string {
  if (width === 0) return '';
  const chars = new Uint8Array(codes.length * width);
  for (let i = 0; i < codes.length; i++) {
    let code = codes[i]!;
    for (let j = (i + 1) * width - 1; j >= i * width; j--) {
      chars[j] = DIGIT_CODES[code % 64]!;
      code = Math.floor(code / 64);
    }
  }
  return ASCII.decode(chars);
}

/** The decimal places that make every value an integer, if a few do. */
function scaleOf(values: readonly number[]): number | undefined {
  if (values.every((x) => Number.isSafeInteger(x))) return 0;
  for (let p = 1; p <= MAX_SCALE; p++) {
    const f = 10 ** p;
    if (values.every((x) => Number.isSafeInteger(Math.round(x * f)) && Math.round(x * f) / f === x)) return p;
  }
  return undefined;
}

/** For `k` digits, the window [lo, lo + 64 ** k - 1 - reserved] holding most of `sorted`. */
function bestWindow(sorted: Float64Array, reserved: number): { k: number; lo: number; cost: number } | undefined {
  let best: { k: number; lo: number; cost: number } | undefined;
  for (let k = 0; k <= MAX_WIDTH && (!best || sorted.length * k < best.cost); k++) {
    const span = 64 ** k - 1 - reserved;
    if (span < 0) continue;
    let most = 0;
    let lo = sorted[0]!;
    for (let i = 0, j = 0; i < sorted.length; i++) {
      while (sorted[i]! - sorted[j]! > span) j++;
      if (i - j + 1 > most) [most, lo] = [i - j + 1, sorted[j]!];
    }
    const cost = sorted.length * k + (sorted.length - most) * EXCEPTION_COST;
    if (!best || cost < best.cost) best = { k, lo, cost };
    if (most === sorted.length) break;
  }
  return best;
}

function packNumbers(values: readonly (number | null)[]): PackedNumbers | undefined {
  const numbers: number[] = [];
  for (const x of values) {
    if (x === null) continue;
    if (!Number.isFinite(x) || Object.is(x, -0)) return undefined;
    numbers.push(x);
  }
  if (numbers.length === 0) return undefined;
  const p = scaleOf(numbers);
  if (p === undefined) return undefined;
  const f = 10 ** p;
  const ints = p === 0 ? values : values.map((x) => (x === null ? null : Math.round(x * f)));
  const nulls = numbers.length < values.length;
  const head = { [PACKED]: 'n' as const, n: values.length, ...(p ? { p } : {}) };

  const candidates: PackedNumbers[] = [];
  const offsets = bestWindow(
    Float64Array.from(p === 0 ? numbers : numbers.map((x) => Math.round(x * f))).sort(),
    nulls ? 1 : 0,
  );
  if (offsets) {
    const { k, lo } = offsets;
    const span = 64 ** k - 1 - (nulls ? 1 : 0);
    const xi: number[] = [];
    const xv: number[] = [];
    const codes = ints.map((x, i) => {
      if (x === null) return 0;
      if (x - lo <= span && x >= lo) return x - lo + (nulls ? 1 : 0);
      xi.push(i);
      xv.push(x / f);
      return 0;
    });
    candidates.push({
      ...head,
      m: 'o',
      b: lo,
      k,
      ...(nulls ? { z: 1 as const } : {}),
      v: writeDigits(codes, k),
      ...(xi.length ? { xi, xv } : {}),
    });
  }
  if (!nulls && ints.length > 1) {
    const values = ints as number[];
    const steps = values.slice(1).map((x, i) => x - values[i]!);
    const window = bestWindow(Float64Array.from(steps).sort(), 0);
    if (window) {
      const { k, lo } = window;
      const span = 64 ** k - 1;
      const xi: number[] = [];
      const xv: number[] = [];
      const codes = steps.map((d, i) => {
        if (d >= lo && d - lo <= span) return d - lo;
        xi.push(i + 1);
        xv.push(values[i + 1]! / f);
        return 0;
      });
      candidates.push({
        ...head,
        m: 'd',
        b: values[0]!,
        s: lo,
        k,
        v: writeDigits(codes, k),
        ...(xi.length ? { xi, xv } : {}),
      });
    }
  }
  // Whatever the arithmetic did (steps between huge values are not exact), only an identical
  // round trip is kept; then the shortest.
  return candidates
    .filter((c) => sameNumbers(unpackNumbers(c), values))
    .sort((a, b) => JSON.stringify(a).length - JSON.stringify(b).length)[0];
}

function sameNumbers(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function unpackNumbers(p: PackedNumbers): (number | null)[] {
  const { n, m, b, k, v } = p;
  const f = 10 ** (p.p ?? 0);
  const xi = p.xi ?? [];
  const xv = p.xv ?? [];
  const out = new Array<number | null>(n);
  const code = (i: number): number => {
    let c = 0;
    for (let j = i * k; j < (i + 1) * k; j++) c = c * 64 + DIGIT_VALUE[v.charCodeAt(j)]!;
    return c;
  };
  if (m === 'o') {
    for (let i = 0; i < n; i++) {
      const c = code(i);
      out[i] = p.z ? (c === 0 ? null : (b + c - 1) / f) : (b + c) / f;
    }
    xi.forEach((at, j) => (out[at] = xv[j]!));
  } else {
    let x = b;
    let next = 0;
    for (let i = 0; i < n; i++) {
      if (i > 0) x += (p.s ?? 0) + code(i - 1);
      if (xi[next] === i) x = Math.round(xv[next++]! * f);
      out[i] = x / f;
    }
  }
  return out;
}

function packLeaves(leaves: readonly unknown[]): PackedNumbers | PackedStrings | undefined {
  if (leaves.every((x) => x === null || typeof x === 'number')) return packNumbers(leaves as (number | null)[]);
  if (!leaves.every((x) => typeof x === 'string')) return undefined;
  const words = [...new Set(leaves as string[])];
  if (words.length * 4 > leaves.length) return undefined;
  const index = new Map(words.map((w, i) => [w, i]));
  const at = packNumbers((leaves as string[]).map((w) => index.get(w)!));
  return at && { [PACKED]: 's', words, at };
}

/** A list nested the same depth everywhere (empty lists fit any depth): its lengths and leaves. */
function flatten(value: unknown[]): { lengths: number[][]; leaves: unknown[] } | undefined {
  const lengths: number[][] = [];
  let level: unknown[] = value;
  for (;;) {
    if (level.length > 0 && level.every((x) => !Array.isArray(x))) return { lengths, leaves: level };
    if (!level.every((x) => Array.isArray(x))) return undefined;
    lengths.push((level as unknown[][]).map((x) => x.length));
    level = (level as unknown[][]).flat(1);
    if (level.length === 0) return undefined;
  }
}

/** The compact form of any JSON value from a case (arguments, expected results, operation names). */
export function pack(value: unknown): unknown {
  if (Array.isArray(value)) {
    const shape = flatten(value);
    const leaves = shape && shape.leaves.length >= MIN_LEAVES ? packLeaves(shape.leaves) : undefined;
    if (shape && leaves) {
      if (shape.lengths.length === 0) return leaves;
      const lengths = shape.lengths.map((l) => packNumbers(l));
      if (lengths.every((l): l is PackedNumbers => l !== undefined)) return { [PACKED]: 'l', lengths, leaves };
    }
    return value.map(pack);
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, x]): [string, unknown] => [key, pack(x)]);
    return Object.hasOwn(value, PACKED) ? { [PACKED]: 'o', entries } : Object.fromEntries(entries);
  }
  return value;
}

/** Undoes `pack`. */
export function unpack(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unpack);
  if (value === null || typeof value !== 'object') return value;
  if (!Object.hasOwn(value, PACKED))
    return Object.fromEntries(Object.entries(value).map(([key, x]) => [key, unpack(x)]));
  const packed = value as Packed;
  switch (packed[PACKED]) {
    case 'n':
      return unpackNumbers(packed);
    case 's':
      return unpackNumbers(packed.at).map((i) => packed.words[i as number]);
    case 'o':
      return Object.fromEntries(packed.entries.map(([key, x]) => [key, unpack(x)]));
    case 'l': {
      let level = unpack(packed.leaves) as unknown[];
      for (let d = packed.lengths.length - 1; d >= 0; d--) {
        const lengths = unpackNumbers(packed.lengths[d]!) as number[];
        const next: unknown[][] = [];
        let at = 0;
        for (const len of lengths) {
          next.push(level.slice(at, at + len));
          at += len;
        }
        level = next;
      }
      return level;
    }
  }
}
