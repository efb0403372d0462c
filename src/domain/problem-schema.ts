// The problem format (README "The problem bank", docs/writing-problems.md) as valibot schemas, with
// the types inferred from them. Pure: it checks parsed data and names the file and field of every
// fault; reading files is the loader's job.
import * as v from 'valibot';
import { got, nonBlank, positiveInteger, text, type Issue } from './problem-fields.ts';
import {
  at,
  describe,
  isRecord,
  issuesToErrors,
  objectMessage,
  UNKNOWN_FIELD,
  type SchemaError,
} from './schema-issues.ts';
import {
  FAMILIES,
  DIFFICULTIES,
  GROUPS,
  COMPARE_MODES,
  VALUE_TYPES,
  PARAM_ONLY,
  RETURN_ONLY,
} from './problem-vocabulary.ts';

export { formatSchemaError, type SchemaError } from './schema-issues.ts';
export {
  COMPARE_MODES,
  DIFFICULTIES,
  FAMILIES,
  GROUPS,
  VALUE_TYPES,
  type CompareMode,
  type Difficulty,
  type Family,
  type Group,
  type ValueType,
} from './problem-vocabulary.ts';

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const DEFAULT_TOLERANCE = 1e-6;
const MIN_TIME_LIMIT_MS = 100;
const MAX_TIME_LIMIT_MS = 30_000;
const MIN_HINTS = 2;
const MIN_FOLLOWUPS = 4;

function oneOf<const T extends readonly (string | number)[]>(allowed: T) {
  return v.picklist(allowed, got(`expected one of ${allowed.join(' | ')}`));
}

const LIST_ITEM_MESSAGE = (issue: Issue) =>
  isRecord(issue.input)
    ? 'YAML read this item as a mapping because it contains ": "; put the text in quotes'
    : `expected a non-empty string, got ${describe(issue.input)}`;

/** A list of at least `min` non-empty strings; an item YAML turned into a mapping is explained. */
function textList(min: number) {
  return v.pipe(
    v.array(
      v.pipe(v.string(LIST_ITEM_MESSAGE), v.check(nonBlank, LIST_ITEM_MESSAGE)),
      got('expected a list of non-empty strings'),
    ),
    v.minLength(min, (issue) => `expected at least ${min} item(s), got ${(issue.input as unknown[]).length}`),
  );
}

const isIdentifier = (value: unknown): value is string => typeof value === 'string' && IDENTIFIER.test(value);

/** `entry` as written (`{method: name, class?}`, `{function}`, `{design}`, `{codec, encode, decode}`) to an Entry. */
const EntrySchema = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const raw = dataset.value;
    const fail = (message: string, field?: string) => {
      addIssue({ message, ...(field ? { path: at(field) } : {}) });
      return NEVER;
    };
    if (!isRecord(raw))
      return fail(`expected one of {method: name}, {function: name} or {design: ClassName}, got ${describe(raw)}`);
    const keys = ['method', 'function', 'design', 'codec'].filter((k) => k in raw);
    if (keys.length !== 1)
      return fail(`expected exactly one of method, function, design or codec, got ${describe(Object.keys(raw))}`);
    const key = keys[0]!;
    const name = raw[key];
    if (!isIdentifier(name)) return fail(`expected a Python identifier, got ${describe(name)}`, key);
    if (key === 'method') {
      const className = raw.class ?? 'Solution';
      if (!isIdentifier(className)) return fail(`expected a Python identifier, got ${describe(className)}`, 'class');
      return { kind: 'method' as const, className, name };
    }
    if (key === 'function') return { kind: 'function' as const, name };
    if (key === 'codec') {
      const { encode, decode } = raw;
      const codecFault = (value: unknown) =>
        `a codec names its two methods (encode: serialize, decode: deserialize); expected a Python identifier, got ${describe(value)}`;
      if (!isIdentifier(encode)) return fail(codecFault(encode), 'encode');
      if (!isIdentifier(decode)) return fail(codecFault(decode), 'decode');
      return { kind: 'codec' as const, className: name, encode, decode };
    }
    return { kind: 'design' as const, className: name };
  }),
);

/**
 * How the harness reaches the candidate's code. `codec`: LeetCode's Codec problems (297, 271): the
 * judge calls `Codec().decode(Codec().encode(x))` on two instances and compares the result with x;
 * `encode` must return a str.
 */
export type Entry = v.InferOutput<typeof EntrySchema>;

const FRONT_MATTER_FIELDS = {
  id: v.pipe(text, v.regex(ID_PATTERN, got('expected kebab-case'))),
  title: text,
  family: oneOf(FAMILIES),
  difficulty: oneOf(DIFFICULTIES),
  category: text,
  group: v.optional(oneOf(GROUPS)),
  tags: textList(1),
  leetcode: v.optional(positiveInteger(got('expected a positive integer'))),
  entry: EntrySchema,
  params: v.optional(v.array(oneOf(VALUE_TYPES), got('expected a list of types'))),
  returns: v.optional(oneOf(VALUE_TYPES)),
  result: v.optional(v.unknown()),
  compare: v.optional(oneOf(COMPARE_MODES)),
  tolerance: v.optional(
    v.pipe(
      v.number(got('expected a number between 0 and 1')),
      v.check((t) => t > 0 && t < 1, got('expected a number between 0 and 1')),
    ),
  ),
  unordered_depth: v.optional(oneOf([1, 2]), 1),
  time_limit_ms: v.pipe(
    v.number(got(`expected an integer from ${MIN_TIME_LIMIT_MS} to ${MAX_TIME_LIMIT_MS}`)),
    v.integer(got(`expected an integer from ${MIN_TIME_LIMIT_MS} to ${MAX_TIME_LIMIT_MS}`)),
    v.minValue(MIN_TIME_LIMIT_MS, got(`expected an integer from ${MIN_TIME_LIMIT_MS} to ${MAX_TIME_LIMIT_MS}`)),
    v.maxValue(MAX_TIME_LIMIT_MS, got(`expected an integer from ${MIN_TIME_LIMIT_MS} to ${MAX_TIME_LIMIT_MS}`)),
  ),
  starter: text,
  // Interview metadata the drills and the partner's console draw on: progressive hints, follow-ups.
  hints: textList(MIN_HINTS),
  followups: textList(MIN_FOLLOWUPS),
  pitfalls: textList(1),
  complexity: v.object({ time: text, space: text }, got('expected {time, space}')),
};

/** `problem.md`'s front matter: the fields, then the rules between them, then the app's shape. */
const FrontMatterSchema = v.pipe(
  v.objectWithRest(
    FRONT_MATTER_FIELDS,
    UNKNOWN_FIELD,
    objectMessage(FRONT_MATTER_FIELDS, () => 'expected a YAML mapping between --- lines at the top of the file'),
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const raw = dataset.value;
    const fail = (message: string, ...path: (string | number)[]) => addIssue({ message, path: at(...path) });
    const params = raw.params ?? [];
    params.forEach((p, i) => {
      if (RETURN_ONLY.includes(p)) fail(`${p} describes a returned value, not an argument`, 'params', i);
    });
    if (params.includes('TreeNode.ref') && !params.includes('TreeNode'))
      fail('TreeNode.ref needs a TreeNode argument to find its node in', 'params');
    params.forEach((p, i) => {
      if (p === 'ListNode.cycle' && params[i - 1] !== 'ListNode')
        fail('ListNode.cycle must follow the ListNode argument it links', 'params', i);
    });
    const returns = raw.returns ?? 'any';
    if (PARAM_ONLY.includes(returns)) fail(`${returns} describes an argument, not a returned value`, 'returns');
    if (raw.result !== undefined) {
      const index = resultIndex(raw.result);
      if (index < 0 || index >= params.length || PARAM_ONLY.includes(params[index]!)) {
        fail(
          `expected arg<i> naming one of the ${params.length} params (an in-place argument), got ${describe(raw.result)}`,
          'result',
        );
      }
      if (raw.returns !== undefined) fail('an in-place problem (result: argN) returns None; remove returns', 'returns');
    }
    const kind = raw.entry.kind;
    if (kind === 'design' && raw.params !== undefined)
      fail('design problems take their arguments per operation; remove params', 'params');
    if (kind === 'codec' && params.length !== 1)
      fail(`a codec round-trips one value; expected one param, got ${params.length}`, 'params');
    if (kind !== 'method' && kind !== 'function' && raw.result !== undefined)
      fail('only method and function entries work in place', 'result');
  }),
  v.transform((raw) => {
    const result = raw.result === undefined ? undefined : resultIndex(raw.result);
    return {
      id: raw.id,
      title: raw.title,
      family: raw.family,
      difficulty: raw.difficulty,
      category: raw.category,
      /** NeetCode 150 group, for algorithm problems on that list. */
      ...(raw.group !== undefined ? { group: raw.group } : {}),
      tags: raw.tags,
      ...(raw.leetcode !== undefined ? { leetcode: raw.leetcode } : {}),
      entry: raw.entry,
      params: raw.params ?? [],
      returns: raw.returns ?? 'any',
      /**
       * In-place problems (`result: arg0`): the method returns None and the judge compares this
       * argument after the call, as LeetCode does (Rotate Image, Reorder List). Its index into `params`.
       */
      ...(result !== undefined ? { result } : {}),
      compare: raw.compare ?? 'exact',
      /** Absolute-or-relative tolerance for `float` comparison. */
      tolerance: raw.tolerance ?? DEFAULT_TOLERANCE,
      /** For `unordered`: how many list levels ignore order (2 = a list of sets, as in Subsets). */
      unorderedDepth: raw.unordered_depth as number,
      /** Per-case limit in Pyodide. */
      timeLimitMs: raw.time_limit_ms,
      starter: raw.starter,
      hints: raw.hints,
      followups: raw.followups,
      complexity: raw.complexity,
      pitfalls: raw.pitfalls,
    };
  }),
);

function resultIndex(result: unknown): number {
  const m = typeof result === 'string' ? /^arg(\d)$/.exec(result) : null;
  return m ? Number(m[1]) : -1;
}

export type ProblemMeta = v.InferOutput<typeof FrontMatterSchema>;

/** Validates the front matter of `problem.md`; `folder` is the directory name the id must match. */
export function validateMeta(
  file: string,
  folder: string,
  raw: unknown,
): { meta?: ProblemMeta; errors: SchemaError[] } {
  const parsed = v.safeParse(FrontMatterSchema, raw, { abortPipeEarly: false });
  const errors = parsed.success ? [] : issuesToErrors(file, parsed.issues, '(front matter)');
  if (isRecord(raw) && typeof raw.id === 'string' && ID_PATTERN.test(raw.id) && raw.id !== folder) {
    errors.splice(0, 0, {
      file,
      field: 'id',
      message: `must equal the folder name "${folder}", got ${describe(raw.id)}`,
    });
  }
  return parsed.success && errors.length === 0 ? { meta: parsed.output, errors } : { errors };
}

import type { TestCase } from './problem-cases-schema.ts';

export {
  isDesignCase,
  validateCases,
  type CallCase,
  type DesignCase,
  type FollowUp,
  type TestCase,
} from './problem-cases-schema.ts';

export interface Problem extends ProblemMeta {
  /**
   * The statement as HTML, rendered from its Markdown with raw HTML disabled when the bank is built
   * (scripts/lib/load-bank.ts): the app ships the HTML, not a Markdown parser.
   */
  statementHtml: string;
  cases: TestCase[];
  solution: string;
  checker?: string;
}
