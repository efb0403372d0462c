// Values as Python prints them: None, True, 'a', 1.0, nan, {'k': [1, 2]}. The judge's values are
// JSON, where Python's 1.0 arrives as the number 1; whether a number is a float comes from the
// problem (a float comparison, or a parameter typed float), so the expected `1.0` prints as `1.0`.
// The harness's tags (huge ints, NaN, ±inf) are decoded as the comparison decodes them.
import { decode } from '../domain/compare.ts';

/** Python's repr of a float: shortest round-trip digits, scientific below 1e-4 and from 1e16. */
export function pythonFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(x);
  if (abs >= 1e16 || abs < 1e-4) {
    const [mantissa, exp] = x.toExponential().split('e') as [string, string];
    const sign = exp.startsWith('-') ? '-' : '+';
    return `${mantissa}e${sign}${exp.replace(/^[+-]/, '').padStart(2, '0')}`;
  }
  const text = String(x);
  return Number.isInteger(x) ? `${text}.0` : text;
}

/** Python's repr of a str: single quotes unless the text has one and no double quote. */
export function pythonString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${quote}${out}${quote}`;
}

export interface ReprOptions {
  /** Numbers are Python floats (whole ones print as 1.0). */
  floats?: boolean;
}

/** A value as Python's repr() prints it. Lists print as lists: JSON does not keep tuples. */
export function pythonRepr(value: unknown, opts: ReprOptions = {}): string {
  const v = decode(value);
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number')
    return opts.floats || !Number.isInteger(v) || !Number.isFinite(v) ? pythonFloat(v) : String(v);
  if (typeof v === 'string') return pythonString(v);
  if (Array.isArray(v)) return `[${v.map((x) => pythonRepr(x, opts)).join(', ')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .map((k) => `${pythonString(k)}: ${pythonRepr(o[k], opts)}`)
      .join(', ')}}`;
  }
  return String(v);
}

/** The call's arguments as Python would write them, `floats` per parameter. */
export function pythonArgs(args: unknown, floatParams: readonly boolean[] = []): string {
  if (!Array.isArray(args)) return pythonRepr(args);
  return args.map((a, i) => pythonRepr(a, { floats: floatParams[i] === true })).join(', ');
}
