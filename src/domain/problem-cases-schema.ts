// `tests.json` as valibot schemas: the cases for a problem's entry kind (a list of arguments, or
// LeetCode's operation lists for design problems) and the rules across the file, with the case types
// inferred. Pure; faults name the file, case and field as problem-schema.ts does.
import * as v from 'valibot';
import { got, positiveInteger, text, type ProblemMeta, type ValueType } from './problem-fields.ts';
import { at, describe, issuesToErrors, objectMessage, whole, type SchemaError } from './schema-issues.ts';

/**
 * A follow-up case: the interview bar above LeetCode's (an O(n log n) LIS where O(n²) passes there).
 * Run after the others; failing it is reported beside the verdict and never rejects a submission.
 * `expect`: what it takes, e.g. "O(n log n)"; `n`: the input size, for "timed out at n = 20,000".
 */
const FollowUpSchema = v.object({ expect: text, n: v.optional(positiveInteger(() => 'n')) });
export type FollowUp = v.InferOutput<typeof FollowUpSchema>;

/** The fields every case has; `names` collects case names across one file to refuse duplicates. */
function caseFields(names: Set<string>) {
  return {
    name: v.pipe(
      text,
      v.check(
        (name) => !names.has(name) && Boolean(names.add(name)),
        (issue) => `duplicate case name ${describe(issue.input)}`,
      ),
    ),
    hidden: v.boolean(got('expected true or false')),
    expected: v.unknown(),
    followup: v.optional(
      whole(
        FollowUpSchema,
        (input) => `expected {"expect": "O(n log n)", "n": 20000} (n optional), got ${describe(input)}`,
      ),
    ),
    args: v.array(v.unknown(), got('expected a list')),
  };
}

type Fail = (message: string, ...path: (string | number)[]) => void;
const failWith =
  (addIssue: (info: { message: string; path: [v.IssuePathItem, ...v.IssuePathItem[]] }) => void): Fail =>
  (message, ...path) =>
    addIssue({ message, path: at(...path) });

/** What an object schema of `F` outputs. */
type CaseOf<F extends v.ObjectEntries> = v.InferOutput<v.ObjectSchema<F, undefined>>;

/**
 * A case object of `fields` (each missing or wrong field named in the message), then the check every
 * case shares (a follow-up case is hidden), then the entry kind's own checks in `more`.
 */
function checkedCase<F extends v.ObjectEntries>(fields: F, more: (c: CaseOf<F>, fail: Fail) => void) {
  return v.pipe(
    v.object(
      fields,
      objectMessage(fields, (input) => `expected an object, got ${describe(input)}`),
    ),
    v.rawCheck<CaseOf<F>>(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const c = dataset.value as CaseOf<F> & { followup?: unknown; hidden?: boolean };
      const fail = failWith(addIssue);
      if (c.followup && c.hidden !== true) fail('a follow-up case must be hidden', 'followup');
      more(c, fail);
    }),
  );
}

/** A case for a method or function entry: one list of arguments, matching `params` when given. */
function callCaseSchema(names: Set<string>, params: readonly ValueType[]) {
  const fields = { ...caseFields(names), ops: v.optional(v.never(() => 'only design problems take ops')) };
  return v.pipe(
    checkedCase(fields, (c, fail) => {
      if (params.length > 0 && c.args.length !== params.length)
        fail(`expected ${params.length} argument(s) to match params, got ${c.args.length}`, 'args');
    }),
    v.transform(({ ops: _ops, ...c }) => c),
  );
}

/** LeetCode's operation-list format for design problems: ops[0] constructs, the rest are calls. */
function designCaseSchema(names: Set<string>, className: string) {
  const fields = {
    ...caseFields(names),
    ops: whole(
      v.pipe(v.array(v.string()), v.minLength(1)),
      (input) => `expected a non-empty list of operation names, got ${describe(input)}`,
    ),
  };
  return v.pipe(
    checkedCase(fields, (c, fail) => {
      if (c.ops[0] !== className) fail(`expected the constructor "${className}", got ${describe(c.ops[0])}`, 'ops', 0);
      if (c.args.length !== c.ops.length)
        fail(`expected ${c.ops.length} argument lists (one per op), got ${c.args.length}`, 'args');
      if (c.args.some((a) => !Array.isArray(a))) fail('each operation needs a list of arguments', 'args');
      if (!Array.isArray(c.expected) || c.expected.length !== c.ops.length) {
        fail(`expected ${c.ops.length} results (one per op), got ${describe(c.expected)}`, 'expected');
      }
    }),
    // The check above proved these shapes.
    v.transform((c) => ({ ...c, args: c.args as unknown[][], expected: c.expected as unknown[] })),
  );
}

export type CallCase = v.InferOutput<ReturnType<typeof callCaseSchema>>;
export type DesignCase = v.InferOutput<ReturnType<typeof designCaseSchema>>;
export type TestCase = CallCase | DesignCase;

export function isDesignCase(c: TestCase): c is DesignCase {
  return 'ops' in c;
}

/** `tests.json` for one problem: the cases for its entry kind, then the rules across the whole file. */
function casesSchema(meta: Pick<ProblemMeta, 'entry' | 'params'>) {
  const names = new Set<string>();
  // One item schema or the other, both reading unknown data (their declared inputs differ only in type).
  const item = (
    meta.entry.kind === 'design' ? designCaseSchema(names, meta.entry.className) : callCaseSchema(names, meta.params)
  ) as v.GenericSchema<unknown, TestCase>;
  const fields = { cases: v.array(item, got('expected {"cases": [...]}')) };
  return v.pipe(
    v.object(
      fields,
      objectMessage(fields, (input) => `expected {"cases": [...]}, got ${describe(input)}`),
    ),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const { cases } = dataset.value;
      const fail = failWith(addIssue);
      if (!cases.some((t) => !t.hidden)) fail('at least one visible example (hidden: false) is required', 'cases');
      const firstFollowUp = cases.findIndex((t) => t.followup);
      if (firstFollowUp >= 0 && cases.slice(firstFollowUp).some((t) => !t.followup)) {
        fail(
          'follow-up cases come after all the others (a time-out in one stops only follow-ups)',
          'cases',
          firstFollowUp,
          'followup',
        );
      }
      if (!cases.some((t) => t.hidden && !t.followup))
        fail('at least one hidden case (hidden: true) that is not a follow-up is required', 'cases');
    }),
    v.transform(({ cases }) => cases),
  );
}

/** Validates `tests.json` against the problem's entry kind and parameter list. */
export function validateCases(
  file: string,
  raw: unknown,
  meta: Pick<ProblemMeta, 'entry' | 'params'>,
): { cases?: TestCase[]; errors: SchemaError[] } {
  const parsed = v.safeParse(casesSchema(meta), raw, { abortPipeEarly: false });
  return parsed.success
    ? { errors: [], cases: parsed.output }
    : { errors: issuesToErrors(file, parsed.issues, 'cases') };
}
