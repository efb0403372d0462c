// The problem format (README "The problem bank", docs/writing-problems.md) as types plus one
// validator. Pure: it checks parsed data and names the file and field of every fault; reading files
// is the loader's job.

export const FAMILIES = ['algorithm', 'ml'] as const;
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
/** NeetCode 150's eighteen groups, the problem list's filter for algorithm problems. */
export const GROUPS = [
  'arrays-hashing', 'two-pointers', 'sliding-window', 'stack', 'binary-search', 'linked-list', 'trees', 'tries',
  'heap', 'backtracking', 'graphs', 'advanced-graphs', '1d-dp', '2d-dp', 'greedy', 'intervals', 'math-geometry',
  'bit-manipulation',
] as const;
export const COMPARE_MODES = ['exact', 'float', 'unordered', 'checker'] as const;
/**
 * Types the harness converts between LeetCode's JSON serialisation and Python objects.
 * - `ListNode`, `TreeNode` (and lists of them): a list of values, a tree in level order with nulls.
 * - `TreeNode.ref` (argument): the value of a node in the tree of the first `TreeNode` argument; the
 *   method gets that node itself (LCA's p and q).
 * - `TreeNode.val` (return): the returned node is judged by its value (null for None).
 * - `ListNode.cycle` (argument): LeetCode's `pos`: the tail of the preceding `ListNode` argument links
 *   back to the node at this index (-1: no cycle). Not passed to the method.
 * - `RandomList`: `[[val, random_index or null], ...]` as `Node(x, next, random)`; `Graph`: an
 *   adjacency list of nodes 1..n as `Node(val, neighbors)`, given as node 1. A returned RandomList
 *   or Graph must be a deep copy: any node of the input in it is a wrong answer.
 * - `Interval[]`: `[[start, end], ...]` as `Interval` objects (`.start`, `.end`, also indexable).
 * - `float` (argument): a Python float even when the JSON number is whole (`2.0` reads as 2 in JSON;
 *   LeetCode passes myPow's x as a float, and int arithmetic on it would never underflow).
 */
export const VALUE_TYPES = [
  'any', 'ListNode', 'TreeNode', 'ListNode[]', 'TreeNode[]', 'TreeNode.ref', 'TreeNode.val', 'ListNode.cycle',
  'RandomList', 'Graph', 'Interval[]', 'float',
] as const;
const PARAM_ONLY: readonly string[] = ['TreeNode.ref', 'ListNode.cycle', 'float'];
const RETURN_ONLY: readonly string[] = ['TreeNode.val'];

export type Family = (typeof FAMILIES)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];
export type Group = (typeof GROUPS)[number];
export type CompareMode = (typeof COMPARE_MODES)[number];
export type ValueType = (typeof VALUE_TYPES)[number];

/** How the harness reaches the candidate's code. */
export type Entry =
  | { kind: 'method'; className: string; name: string }
  | { kind: 'function'; name: string }
  | { kind: 'design'; className: string }
  /**
   * LeetCode's Codec problems (297, 271): the judge calls `Codec().decode(Codec().encode(x))` on two
   * instances and compares the result with x; `encode` must return a str.
   */
  | { kind: 'codec'; className: string; encode: string; decode: string };

/**
 * A follow-up case: the interview bar above LeetCode's (an O(n log n) LIS where O(n²) passes there).
 * Run after the others; failing it is reported beside the verdict and never rejects a submission.
 */
export interface FollowUp {
  /** What it takes, e.g. "O(n log n)". */
  expect: string;
  /** The input size, for "timed out at n = 20,000". */
  n?: number;
}

export interface CallCase {
  name: string;
  hidden: boolean;
  args: unknown[];
  expected: unknown;
  followup?: FollowUp;
}

/** LeetCode's operation-list format for design problems: ops[0] constructs, the rest are calls. */
export interface DesignCase {
  name: string;
  hidden: boolean;
  ops: string[];
  args: unknown[][];
  expected: unknown[];
  followup?: FollowUp;
}

export type TestCase = CallCase | DesignCase;

export interface ProblemMeta {
  id: string;
  title: string;
  family: Family;
  difficulty: Difficulty;
  category: string;
  /** NeetCode 150 group, for algorithm problems on that list. */
  group?: Group;
  tags: string[];
  leetcode?: number;
  entry: Entry;
  params: ValueType[];
  returns: ValueType;
  /**
   * In-place problems (`result: arg0`): the method returns None and the judge compares this argument
   * after the call, as LeetCode does (Rotate Image, Reorder List). Its index into `params`.
   */
  result?: number;
  compare: CompareMode;
  /** Absolute-or-relative tolerance for `float` comparison. */
  tolerance: number;
  /** For `unordered`: how many list levels ignore order (2 = a list of sets, as in Subsets). */
  unorderedDepth: number;
  /** Per-case limit in Pyodide. */
  timeLimitMs: number;
  starter: string;
  hints: string[];
  followups: string[];
  complexity: { time: string; space: string };
  pitfalls: string[];
}

export interface Problem extends ProblemMeta {
  statement: string;
  cases: TestCase[];
  solution: string;
  checker?: string;
}

export interface SchemaError {
  file: string;
  field: string;
  message: string;
}

export function formatSchemaError(e: SchemaError): string {
  return `${e.file}: field "${e.field}": ${e.message}`;
}

export function isDesignCase(c: TestCase): c is DesignCase {
  return 'ops' in c;
}

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const DEFAULT_TOLERANCE = 1e-6;
const MIN_TIME_LIMIT_MS = 100;
const MAX_TIME_LIMIT_MS = 30_000;
const MIN_HINTS = 2;
const MIN_FOLLOWUPS = 4;

/** Collects errors for one file so each check reads as one line. */
class FieldChecker {
  readonly errors: SchemaError[] = [];
  constructor(private readonly file: string) {}

  fail(field: string, message: string): void {
    this.errors.push({ file: this.file, field, message });
  }

  string(obj: Record<string, unknown>, field: string, opts: { optional?: boolean } = {}): string | undefined {
    const v = obj[field];
    if (v === undefined && opts.optional) return undefined;
    if (typeof v !== 'string' || v.trim() === '') {
      this.fail(field, `expected a non-empty string, got ${describe(v)}`);
      return undefined;
    }
    return v;
  }

  oneOf<T extends string>(obj: Record<string, unknown>, field: string, allowed: readonly T[], fallback?: T): T | undefined {
    const v = obj[field] ?? fallback;
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      this.fail(field, `expected one of ${allowed.join(' | ')}, got ${describe(v)}`);
      return undefined;
    }
    return v as T;
  }

  stringList(obj: Record<string, unknown>, field: string, minItems: number): string[] {
    const v = obj[field];
    if (v === undefined && minItems === 0) return [];
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s.trim() === '')) {
      const mapping = Array.isArray(v) ? v.findIndex((s) => isRecord(s)) : -1;
      this.fail(
        mapping >= 0 ? `${field}[${mapping}]` : field,
        mapping >= 0
          ? 'YAML read this item as a mapping because it contains ": "; put the text in quotes'
          : `expected a list of non-empty strings, got ${describe(v)}`,
      );
      return [];
    }
    if (v.length < minItems) this.fail(field, `expected at least ${minItems} item(s), got ${v.length}`);
    return v as string[];
  }
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing (the field is missing)';
  if (v === null) return 'null';
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return `${typeof v} ${JSON.stringify(v)}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseEntry(c: FieldChecker, raw: unknown): Entry | undefined {
  if (!isRecord(raw)) {
    c.fail('entry', `expected one of {method: name}, {function: name} or {design: ClassName}, got ${describe(raw)}`);
    return undefined;
  }
  const keys = ['method', 'function', 'design', 'codec'].filter((k) => k in raw);
  if (keys.length !== 1) {
    c.fail('entry', `expected exactly one of method, function, design or codec, got ${describe(Object.keys(raw))}`);
    return undefined;
  }
  const key = keys[0]!;
  const name = raw[key];
  if (typeof name !== 'string' || !IDENTIFIER.test(name)) {
    c.fail(`entry.${key}`, `expected a Python identifier, got ${describe(name)}`);
    return undefined;
  }
  if (key === 'method') {
    const className = raw.class ?? 'Solution';
    if (typeof className !== 'string' || !IDENTIFIER.test(className)) {
      c.fail('entry.class', `expected a Python identifier, got ${describe(className)}`);
      return undefined;
    }
    return { kind: 'method', className, name };
  }
  if (key === 'function') return { kind: 'function', name };
  if (key === 'codec') {
    const encode = raw.encode;
    const decode = raw.decode;
    for (const [field, v] of [['encode', encode], ['decode', decode]] as const) {
      if (typeof v !== 'string' || !IDENTIFIER.test(v)) {
        c.fail(`entry.${field}`, `a codec names its two methods (encode: serialize, decode: deserialize); expected a Python identifier, got ${describe(v)}`);
        return undefined;
      }
    }
    return { kind: 'codec', className: name, encode: encode as string, decode: decode as string };
  }
  return { kind: 'design', className: name };
}

/** Validates the front matter of `problem.md`; `folder` is the directory name the id must match. */
export function validateMeta(
  file: string,
  folder: string,
  raw: unknown,
): { meta?: ProblemMeta; errors: SchemaError[] } {
  const c = new FieldChecker(file);
  if (!isRecord(raw)) {
    c.fail('(front matter)', 'expected a YAML mapping between --- lines at the top of the file');
    return { errors: c.errors };
  }
  const id = c.string(raw, 'id');
  if (id !== undefined && !ID_PATTERN.test(id)) c.fail('id', `expected kebab-case, got ${describe(id)}`);
  if (id !== undefined && id !== folder) c.fail('id', `must equal the folder name "${folder}", got ${describe(id)}`);
  const title = c.string(raw, 'title');
  const family = c.oneOf(raw, 'family', FAMILIES);
  const difficulty = c.oneOf(raw, 'difficulty', DIFFICULTIES);
  const category = c.string(raw, 'category');
  const group = raw.group === undefined ? undefined : c.oneOf(raw, 'group', GROUPS);
  const tags = c.stringList(raw, 'tags', 1);
  const leetcode = raw.leetcode;
  if (leetcode !== undefined && !(Number.isInteger(leetcode) && (leetcode as number) > 0)) {
    c.fail('leetcode', `expected a positive integer, got ${describe(leetcode)}`);
  }
  const entry = parseEntry(c, raw.entry);
  let params: ValueType[] = [];
  if (raw.params !== undefined) {
    if (!Array.isArray(raw.params)) c.fail('params', `expected a list of types, got ${describe(raw.params)}`);
    else {
      raw.params.forEach((p, i) => {
        if (!(VALUE_TYPES as readonly unknown[]).includes(p)) {
          c.fail(`params[${i}]`, `expected one of ${VALUE_TYPES.join(' | ')}, got ${describe(p)}`);
        }
      });
      params = raw.params as ValueType[];
    }
  }
  params.forEach((p, i) => {
    if (RETURN_ONLY.includes(p)) c.fail(`params[${i}]`, `${p} describes a returned value, not an argument`);
  });
  if (params.includes('TreeNode.ref') && !params.includes('TreeNode')) c.fail('params', 'TreeNode.ref needs a TreeNode argument to find its node in');
  params.forEach((p, i) => {
    if (p === 'ListNode.cycle' && params[i - 1] !== 'ListNode') c.fail(`params[${i}]`, 'ListNode.cycle must follow the ListNode argument it links');
  });
  const returns = c.oneOf(raw, 'returns', VALUE_TYPES, 'any');
  if (returns && PARAM_ONLY.includes(returns)) c.fail('returns', `${returns} describes an argument, not a returned value`);
  let result: number | undefined;
  if (raw.result !== undefined) {
    const m = typeof raw.result === 'string' ? /^arg(\d)$/.exec(raw.result) : null;
    const index = m ? Number(m[1]) : -1;
    if (index < 0 || index >= params.length || PARAM_ONLY.includes(params[index]!)) {
      c.fail('result', `expected arg<i> naming one of the ${params.length} params (an in-place argument), got ${describe(raw.result)}`);
    } else result = index;
    if (raw.returns !== undefined) c.fail('returns', 'an in-place problem (result: argN) returns None; remove returns');
  }
  const compare = c.oneOf(raw, 'compare', COMPARE_MODES, 'exact');
  const tolerance = raw.tolerance ?? DEFAULT_TOLERANCE;
  if (typeof tolerance !== 'number' || !(tolerance > 0 && tolerance < 1)) {
    c.fail('tolerance', `expected a number between 0 and 1, got ${describe(tolerance)}`);
  }
  const unorderedDepth = raw.unordered_depth ?? 1;
  if (unorderedDepth !== 1 && unorderedDepth !== 2) c.fail('unordered_depth', `expected 1 or 2, got ${describe(unorderedDepth)}`);
  const timeLimitMs = raw.time_limit_ms;
  if (
    typeof timeLimitMs !== 'number' ||
    !Number.isInteger(timeLimitMs) ||
    timeLimitMs < MIN_TIME_LIMIT_MS ||
    timeLimitMs > MAX_TIME_LIMIT_MS
  ) {
    c.fail('time_limit_ms', `expected an integer from ${MIN_TIME_LIMIT_MS} to ${MAX_TIME_LIMIT_MS}, got ${describe(timeLimitMs)}`);
  }
  const starter = c.string(raw, 'starter');
  // Interview metadata the drills and the partner's console draw on: progressive hints, follow-ups.
  const hints = c.stringList(raw, 'hints', MIN_HINTS);
  const followups = c.stringList(raw, 'followups', MIN_FOLLOWUPS);
  const pitfalls = c.stringList(raw, 'pitfalls', 1);
  let complexity: { time: string; space: string } | undefined;
  if (!isRecord(raw.complexity)) c.fail('complexity', `expected {time, space}, got ${describe(raw.complexity)}`);
  else {
    const time = c.string(raw.complexity, 'time');
    const space = c.string(raw.complexity, 'space');
    if (time && space) complexity = { time, space };
  }
  if (entry?.kind === 'design' && raw.params !== undefined) {
    c.fail('params', 'design problems take their arguments per operation; remove params');
  }
  if (entry?.kind === 'codec' && params.length !== 1) c.fail('params', `a codec round-trips one value; expected one param, got ${params.length}`);
  if (entry && entry.kind !== 'method' && entry.kind !== 'function' && raw.result !== undefined) c.fail('result', 'only method and function entries work in place');
  const known = new Set([
    'id', 'title', 'family', 'difficulty', 'category', 'group', 'tags', 'leetcode', 'entry', 'params', 'returns',
    'result', 'compare', 'tolerance', 'unordered_depth', 'time_limit_ms', 'starter', 'hints', 'followups', 'complexity', 'pitfalls',
  ]);
  for (const key of Object.keys(raw)) if (!known.has(key)) c.fail(key, 'unknown field (a typo?)');

  if (c.errors.length > 0) return { errors: c.errors };
  return {
    errors: [],
    meta: {
      id: id!, title: title!, family: family!, difficulty: difficulty!, category: category!, tags,
      ...(group !== undefined ? { group } : {}),
      ...(typeof leetcode === 'number' ? { leetcode } : {}),
      entry: entry!, params, returns: returns!, ...(result !== undefined ? { result } : {}), compare: compare!, tolerance: tolerance as number,
      unorderedDepth: unorderedDepth as number,
      timeLimitMs: timeLimitMs as number, starter: starter!, hints, followups, complexity: complexity!, pitfalls,
    },
  };
}

/** Validates `tests.json` against the problem's entry kind and parameter list. */
export function validateCases(
  file: string,
  raw: unknown,
  meta: Pick<ProblemMeta, 'entry' | 'params'>,
): { cases?: TestCase[]; errors: SchemaError[] } {
  const c = new FieldChecker(file);
  if (!isRecord(raw) || !Array.isArray(raw.cases)) {
    c.fail('cases', `expected {"cases": [...]}, got ${describe(isRecord(raw) ? raw.cases : raw)}`);
    return { errors: c.errors };
  }
  const names = new Set<string>();
  raw.cases.forEach((item: unknown, i: number) => {
    const at = `cases[${i}]`;
    if (!isRecord(item)) {
      c.fail(at, `expected an object, got ${describe(item)}`);
      return;
    }
    const name = item.name;
    if (typeof name !== 'string' || name.trim() === '') c.fail(`${at}.name`, `expected a non-empty string, got ${describe(name)}`);
    else if (names.has(name)) c.fail(`${at}.name`, `duplicate case name ${describe(name)}`);
    else names.add(name);
    if (typeof item.hidden !== 'boolean') c.fail(`${at}.hidden`, `expected true or false, got ${describe(item.hidden)}`);
    if (!('expected' in item)) c.fail(`${at}.expected`, 'missing');
    if (item.followup !== undefined) {
      const f = item.followup;
      if (!isRecord(f) || typeof f.expect !== 'string' || f.expect.trim() === '' || (f.n !== undefined && !(Number.isInteger(f.n) && (f.n as number) > 0))) {
        c.fail(`${at}.followup`, `expected {"expect": "O(n log n)", "n": 20000} (n optional), got ${describe(f)}`);
      } else if (item.hidden !== true) c.fail(`${at}.followup`, 'a follow-up case must be hidden');
    }
    if (!Array.isArray(item.args)) {
      c.fail(`${at}.args`, `expected a list, got ${describe(item.args)}`);
      return;
    }
    if (meta.entry.kind === 'design') {
      const ops = item.ops;
      if (!Array.isArray(ops) || ops.length === 0 || ops.some((o) => typeof o !== 'string')) {
        c.fail(`${at}.ops`, `expected a non-empty list of operation names, got ${describe(ops)}`);
        return;
      }
      if (ops[0] !== meta.entry.className) c.fail(`${at}.ops[0]`, `expected the constructor "${meta.entry.className}", got ${describe(ops[0])}`);
      if (item.args.length !== ops.length) c.fail(`${at}.args`, `expected ${ops.length} argument lists (one per op), got ${item.args.length}`);
      if (item.args.some((a) => !Array.isArray(a))) c.fail(`${at}.args`, 'each operation needs a list of arguments');
      if (!Array.isArray(item.expected) || item.expected.length !== ops.length) {
        c.fail(`${at}.expected`, `expected ${ops.length} results (one per op), got ${describe(item.expected)}`);
      }
    } else {
      if ('ops' in item) c.fail(`${at}.ops`, 'only design problems take ops');
      if (meta.params.length > 0 && item.args.length !== meta.params.length) {
        c.fail(`${at}.args`, `expected ${meta.params.length} argument(s) to match params, got ${item.args.length}`);
      }
    }
  });
  const cases = raw.cases as TestCase[];
  if (c.errors.length === 0) {
    if (!cases.some((t) => !t.hidden)) c.fail('cases', 'at least one visible example (hidden: false) is required');
    const firstFollowUp = cases.findIndex((t) => t.followup);
    if (firstFollowUp >= 0 && cases.slice(firstFollowUp).some((t) => !t.followup)) {
      c.fail(`cases[${firstFollowUp}].followup`, 'follow-up cases come after all the others (a time-out in one stops only follow-ups)');
    }
    if (!cases.some((t) => t.hidden && !t.followup)) c.fail('cases', 'at least one hidden case (hidden: true) that is not a follow-up is required');
  }
  return c.errors.length > 0 ? { errors: c.errors } : { errors: [], cases };
}
