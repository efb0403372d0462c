// The field schemas of the backup file (valibot), each with the message an import refusal gives:
// the path of the first bad field and what was expected (`rounds[3].startedAt: expected a number,
// found a string`). Pure.
import * as v from 'valibot';
import { at, isRecord, pathOf } from './schema-issues.ts';

/** A fault in a backup file; its message is the path and what was expected. */
export class BackupProblem extends Error {}

/** How a refusal names a value: by kind, never quoting what may be private text. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : 'a number out of range';
  if (typeof value === 'string') return value === '' ? 'an empty string' : 'a string';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const expected = (what: string) => (issue: v.BaseIssue<unknown>) =>
  `expected ${what}, found ${describeFound(issue.input)}`;

/** The members of a string union, listed once so the compiler proves the list complete. */
export function members<T extends string>(all: Record<T, true>): readonly T[] {
  return Object.keys(all) as T[];
}

export const num = v.pipe(v.number(expected('a number')), v.finite(expected('a number')));
export const bool = v.boolean(expected('true or false'));
export const text = v.string(expected('a string'));
/** An identifier: a non-empty string. */
export const id = v.pipe(v.string(expected('a non-empty string')), v.minLength(1, expected('a non-empty string')));

export function oneOf<const T extends readonly (string | number)[]>(
  values: T,
  what = `one of ${values.map((x) => `"${x}"`).join(', ')}`,
) {
  return v.picklist(values, expected(what));
}

export function list<S extends v.GenericSchema>(item: S) {
  return v.array(item, expected('an array'));
}

/**
 * A record: its known fields checked in order, fields it does not know kept as they are. A missing
 * field reads as that field's own fault (`found nothing`).
 */
export function record<const E extends v.ObjectEntries>(entries: E) {
  return v.looseObject(entries, (issue) => {
    const key = issue.path?.at(-1)?.key;
    if (issue.expected?.startsWith('"') && typeof key === 'string' && entries[key]) {
      return v.safeParse(entries[key], undefined).issues?.[0]?.message ?? 'missing';
    }
    return expected('an object')(issue);
  });
}

/** The known fields of a record read from a file, at every depth, without the index signature of the kept unknown ones. */
export type Known<T> = T extends readonly (infer U)[]
  ? Known<U>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : K]: Known<T[K]> }
    : T;

/** A check on the list `name` that each item's `key(item)` appears once, naming the second with the first. */
export function unique<T>(name: string, field: string, key: (item: T) => string) {
  return v.rawCheck<T[]>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = new Map<string, number>();
    dataset.value.forEach((item, i) => {
      const k = key(item);
      const first = seen.get(k);
      if (first !== undefined)
        addIssue({ message: `"${k}" appears twice (also at ${name}[${first}])`, path: at(i, field) });
      else seen.set(k, i);
    });
  });
}

/** The first issue as the refusal's text: `path: message`. */
export function refusal(issue: v.BaseIssue<unknown>): string {
  const path = pathOf((issue.path ?? []).map((item) => item.key as string | number));
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/**
 * The file's own objects, typed as what `schema` proved of them. valibot's output rebuilds every
 * object in schema key order; an import keeps the records exactly as written (key order, fields this
 * version does not know) so a backup round-trips byte for byte.
 */
export function asWritten<T>(_proved: T, original: unknown): T {
  return original as T;
}

/** Parses `raw` with `schema`, stopping at the first fault; throws it as a BackupProblem. */
export function parseOrThrow<S extends v.GenericSchema>(schema: S, raw: unknown): v.InferOutput<S> {
  const parsed = v.safeParse(schema, raw, { abortEarly: true });
  if (!parsed.success) throw new BackupProblem(refusal(parsed.issues[0]));
  return parsed.output;
}

export { isRecord };
