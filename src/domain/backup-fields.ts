// Field checks for the backup validators: each returns the value or throws a BackupProblem naming
// the path of the bad field (`rounds[3].startedAt: expected a number, found a string`). Pure.

export type Obj = Record<string, unknown>;

/** A fault in a backup file; its message is the path and what was expected. */
export class BackupProblem extends Error {}

/** The members of a string union, listed once so the compiler proves the list complete. */
export function members<T extends string>(all: Record<T, true>): readonly T[] {
  return Object.keys(all) as T[];
}

export function list<T>(o: Obj, key: string, check: (v: unknown, path: string) => T): T[] {
  return arr(o, key, '').map((v, i) => check(v, `${key}[${i}]`));
}

export function unique(keys: readonly string[], array: string, field: string): void {
  const seen = new Map<string, number>();
  keys.forEach((k, i) => {
    const first = seen.get(k);
    if (first !== undefined) throw new BackupProblem(`${array}[${i}].${field}: "${k}" appears twice (also at ${array}[${first}])`);
    seen.set(k, i);
  });
}

export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'number') return Number.isFinite(v) ? `the number ${v}` : 'a number out of range';
  if (typeof v === 'string') return v === '' ? 'an empty string' : 'a string';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

export function expected(path: string, what: string, v: unknown): never {
  throw new BackupProblem(`${path}: expected ${what}, found ${describe(v)}`);
}

export function obj(v: unknown, path: string): Obj {
  return isObject(v) ? v : expected(path, 'an object', v);
}

export function arr(o: Obj, key: string, path: string): unknown[] {
  const v = o[key];
  return Array.isArray(v) ? v : expected(join(path, key), 'an array', v);
}

export function num(o: Obj, key: string, path: string): number {
  const v = o[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : expected(join(path, key), 'a number', v);
}

export function bool(o: Obj, key: string, path: string): boolean {
  const v = o[key];
  return typeof v === 'boolean' ? v : expected(join(path, key), 'true or false', v);
}

export function text(o: Obj, key: string, path: string): string {
  const v = o[key];
  return typeof v === 'string' ? v : expected(join(path, key), 'a string', v);
}

/** An identifier: a non-empty string. */
export function id(o: Obj, key: string, path: string): string {
  const v = o[key];
  return typeof v === 'string' && v !== '' ? v : expected(join(path, key), 'a non-empty string', v);
}

export function texts(o: Obj, key: string, path: string): void {
  arr(o, key, path).forEach((v, i) => {
    if (typeof v !== 'string') expected(`${join(path, key)}[${i}]`, 'a string', v);
  });
}

export function nums(o: Obj, key: string, path: string): void {
  arr(o, key, path).forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) expected(`${join(path, key)}[${i}]`, 'a number', v);
  });
}

export function ids(o: Obj, key: string, path: string): void {
  const items = arr(o, key, path);
  items.forEach((v, i) => {
    if (typeof v !== 'string' || v === '') expected(`${join(path, key)}[${i}]`, 'a non-empty string', v);
  });
}

export function oneOf<T extends string>(o: Obj, key: string, path: string, values: readonly T[]): T {
  const v = o[key];
  if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
  return expected(join(path, key), `one of ${values.map((x) => `"${x}"`).join(', ')}`, v);
}
