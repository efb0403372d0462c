// The one way every record schema (valibot) reports its faults: the file, the item and field as a
// path (`cases[1].name`, `prompts[3].phase`) and what was expected. Pure.
import * as v from 'valibot';

/** One fault in a file: where, and what was expected. */
export interface SchemaError {
  file: string;
  field: string;
  message: string;
}

export function formatSchemaError(e: SchemaError): string {
  return `${e.file}: field "${e.field}": ${e.message}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short account of a value for an author's message: `got "medum"`, `got nothing (the field is missing)`. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return `${typeof value} ${JSON.stringify(value)}`;
}

type Issue = v.BaseIssue<unknown>;
type PathKey = string | number;

/** The issue's place as a field path: `entry.method`, `cases[1].args`, `params[0]`; `whole` at the root. */
export function issuePath(issue: Issue, whole = '(root)'): string {
  const keys = (issue.path ?? []).map((item) => item.key as PathKey);
  return pathOf(keys) || whole;
}

export function pathOf(keys: readonly PathKey[]): string {
  return keys.reduce<string>((out, k) => (typeof k === 'number' ? `${out}[${k}]` : out === '' ? k : `${out}.${k}`), '');
}

/** Path items for `addIssue` in a raw check, so a cross-field fault names the field it is about. */
export function at(...keys: PathKey[]): [v.IssuePathItem, ...v.IssuePathItem[]] {
  const items = keys.map((key) =>
    typeof key === 'number'
      ? ({ type: 'array', origin: 'value', input: [], key, value: undefined } satisfies v.ArrayPathItem)
      : ({ type: 'object', origin: 'value', input: {}, key, value: undefined } satisfies v.ObjectPathItem),
  );
  return items as [v.IssuePathItem, ...v.IssuePathItem[]];
}

export function issuesToErrors(file: string, issues: readonly Issue[], whole?: string): SchemaError[] {
  return issues.map((issue) => ({ file, field: issuePath(issue, whole), message: issue.message }));
}

/**
 * The message of an object schema. valibot reports a missing key with the object's message; this
 * gives it the field's own message for a missing value, so a field reads the same missing or wrong.
 * Anything else the object itself reports (not an object at all) reads `notObject`.
 */
export function objectMessage(
  entries: Record<string, v.GenericSchema>,
  notObject: (input: unknown) => string,
): (issue: Issue) => string {
  return (issue) => {
    const key = issue.path?.at(-1)?.key;
    if (issue.kind === 'schema' && issue.expected?.startsWith('"') && typeof key === 'string' && entries[key]) {
      return v.safeParse(entries[key], undefined).issues?.[0]?.message ?? 'missing';
    }
    return notObject(issue.input);
  };
}

/** The rest schema of a closed record: every key it does not name is a fault. */
export const UNKNOWN_FIELD = v.never(() => 'unknown field (a typo?)');

/**
 * `schema`, reported as one fault at the field itself (`cases[2].followup: expected {...}, got ...`)
 * rather than one per inner field: for small values an author fixes as a whole.
 */
export function whole<S extends v.GenericSchema>(schema: S, message: (input: unknown) => string) {
  return v.pipe(
    v.unknown(),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const parsed = v.safeParse(schema, dataset.value);
      if (parsed.success) return parsed.output as v.InferOutput<S>;
      addIssue({ message: message(dataset.value) });
      return NEVER;
    }),
  );
}
