import { describe, expect, it } from 'vitest';
import { formatSchemaError, validateCases, validateMeta } from './problem-schema.ts';

const FILE = 'problems/demo/problem.md';
const good = {
  id: 'demo',
  title: 'Demo',
  family: 'algorithm',
  difficulty: 'easy',
  category: 'arrays-strings',
  tags: ['array'],
  leetcode: 1,
  entry: { method: 'solve' },
  params: ['any'],
  returns: 'any',
  compare: 'exact',
  time_limit_ms: 1000,
  starter: 'class Solution:\n    def solve(self, x):\n',
  hints: ['h1', 'h2'],
  followups: ['f1', 'f2', 'f3', 'f4'],
  complexity: { time: 'O(n)', space: 'O(1)' },
  pitfalls: ['p'],
};

function errorsOf(raw: unknown, folder = 'demo') {
  return validateMeta(FILE, folder, raw).errors.map(formatSchemaError);
}

describe('validateMeta', () => {
  it('accepts a complete front matter and fills defaults', () => {
    const { meta, errors } = validateMeta(FILE, 'demo', good);
    expect(errors).toEqual([]);
    expect(meta).toMatchObject({
      entry: { kind: 'method', className: 'Solution', name: 'solve' },
      tolerance: 1e-6,
      unorderedDepth: 1,
      timeLimitMs: 1000,
    });
  });

  it('names the file and field of each fault', () => {
    expect(errorsOf({ ...good, difficulty: 'medum' })).toEqual([
      'problems/demo/problem.md: field "difficulty": expected one of easy | medium | hard, got "medum"',
    ]);
    expect(errorsOf({ ...good, time_limit_ms: undefined })).toEqual([
      'problems/demo/problem.md: field "time_limit_ms": expected an integer from 100 to 30000, got nothing (the field is missing)',
    ]);
    expect(errorsOf({ ...good, params: ['ListNode', 'Tree'] })).toEqual([
      'problems/demo/problem.md: field "params[1]": expected one of any | ListNode | TreeNode | ListNode[] | TreeNode[] | TreeNode.ref | TreeNode.val | ListNode.cycle | RandomList | Graph | Interval[] | float, got "Tree"',
    ]);
  });

  it('takes an optional NeetCode group from the eighteen and refuses any other', () => {
    expect(validateMeta(FILE, 'demo', { ...good, group: 'sliding-window' }).meta?.group).toBe('sliding-window');
    expect(validateMeta(FILE, 'demo', good).meta?.group).toBeUndefined();
    expect(errorsOf({ ...good, group: 'sliding-windows' })[0]).toMatch(
      /field "group": expected one of arrays-hashing \| two-pointers/,
    );
  });

  it('explains the YAML trap of ": " inside a list item', () => {
    expect(errorsOf({ ...good, hints: ['fine', { 'Two passes': 'one for each end' }] })).toEqual([
      'problems/demo/problem.md: field "hints[1]": YAML read this item as a mapping because it contains ": "; put the text in quotes',
    ]);
  });

  it('asks for at least two hints and four follow-up questions', () => {
    expect(errorsOf({ ...good, hints: ['only one'], followups: ['a', 'b'] })).toEqual([
      'problems/demo/problem.md: field "hints": expected at least 2 item(s), got 1',
      'problems/demo/problem.md: field "followups": expected at least 4 item(s), got 2',
    ]);
  });

  it('requires the id to match the folder and rejects unknown fields', () => {
    expect(errorsOf(good, 'other')).toEqual([
      'problems/demo/problem.md: field "id": must equal the folder name "other", got "demo"',
    ]);
    expect(errorsOf({ ...good, hint: ['typo'] })).toEqual([
      'problems/demo/problem.md: field "hint": unknown field (a typo?)',
    ]);
  });

  it('checks the entry point shape', () => {
    expect(errorsOf({ ...good, entry: { method: 'two sum' } })).toEqual([
      'problems/demo/problem.md: field "entry.method": expected a Python identifier, got "two sum"',
    ]);
    expect(errorsOf({ ...good, entry: { method: 'a', function: 'b' } })[0]).toContain(
      'field "entry": expected exactly one of',
    );
    expect(validateMeta(FILE, 'demo', { ...good, entry: { design: 'Trie' }, params: undefined }).meta?.entry).toEqual({
      kind: 'design',
      className: 'Trie',
    });
  });

  it("takes LeetCode's conventions: in-place results, node references, codecs", () => {
    expect(
      validateMeta(FILE, 'demo', { ...good, params: ['any', 'any'], returns: undefined, result: 'arg1' }).meta?.result,
    ).toBe(1);
    expect(errorsOf({ ...good, returns: undefined, result: 'arg1' })).toEqual([
      'problems/demo/problem.md: field "result": expected arg<i> naming one of the 1 params (an in-place argument), got "arg1"',
    ]);
    expect(errorsOf({ ...good, result: 'arg0' })).toEqual([
      'problems/demo/problem.md: field "returns": an in-place problem (result: argN) returns None; remove returns',
    ]);
    expect(
      errorsOf({ ...good, params: ['ListNode', 'ListNode.cycle'], returns: undefined, result: 'arg1' })[0],
    ).toContain('field "result"');
    expect(errorsOf({ ...good, params: ['any', 'TreeNode.ref'] })).toEqual([
      'problems/demo/problem.md: field "params": TreeNode.ref needs a TreeNode argument to find its node in',
    ]);
    expect(errorsOf({ ...good, params: ['any', 'ListNode.cycle'] })).toEqual([
      'problems/demo/problem.md: field "params[1]": ListNode.cycle must follow the ListNode argument it links',
    ]);
    expect(errorsOf({ ...good, params: ['TreeNode.val'] })).toEqual([
      'problems/demo/problem.md: field "params[0]": TreeNode.val describes a returned value, not an argument',
    ]);
    expect(errorsOf({ ...good, returns: 'TreeNode.ref' })).toEqual([
      'problems/demo/problem.md: field "returns": TreeNode.ref describes an argument, not a returned value',
    ]);
    const codec = validateMeta(FILE, 'demo', {
      ...good,
      entry: { codec: 'Codec', encode: 'serialize', decode: 'deserialize' },
      params: ['TreeNode'],
      returns: 'TreeNode',
    });
    expect(codec.meta?.entry).toEqual({
      kind: 'codec',
      className: 'Codec',
      encode: 'serialize',
      decode: 'deserialize',
    });
    expect(errorsOf({ ...good, entry: { codec: 'Codec', encode: 'serialize' } })[0]).toContain('field "entry.decode"');
    expect(errorsOf({ ...good, entry: { codec: 'Codec', encode: 'e', decode: 'd' }, params: ['any', 'any'] })).toEqual([
      'problems/demo/problem.md: field "params": a codec round-trips one value; expected one param, got 2',
    ]);
  });

  it('reports a missing front matter', () => {
    expect(errorsOf(null)).toEqual([
      'problems/demo/problem.md: field "(front matter)": expected a YAML mapping between --- lines at the top of the file',
    ]);
  });
});

describe('validateCases', () => {
  const meta = { entry: { kind: 'method', className: 'Solution', name: 'solve' } as const, params: ['any' as const] };
  const T = 'problems/demo/tests.json';

  it('needs visible and hidden cases with matching argument counts', () => {
    const ok = {
      cases: [
        { name: 'a', hidden: false, args: [1], expected: 1 },
        { name: 'b', hidden: true, args: [2], expected: 2 },
      ],
    };
    expect(validateCases(T, ok, meta).errors).toEqual([]);
    const onlyVisible = { cases: [{ name: 'a', hidden: false, args: [1], expected: 1 }] };
    expect(validateCases(T, onlyVisible, meta).errors.map(formatSchemaError)).toEqual([
      'problems/demo/tests.json: field "cases": at least one hidden case (hidden: true) that is not a follow-up is required',
    ]);
    const badArgs = {
      cases: [
        { name: 'a', hidden: false, args: [1, 2], expected: 1 },
        { name: 'a', hidden: true, args: [1] },
      ],
    };
    expect(validateCases(T, badArgs, meta).errors.map(formatSchemaError)).toEqual([
      'problems/demo/tests.json: field "cases[0].args": expected 1 argument(s) to match params, got 2',
      'problems/demo/tests.json: field "cases[1].name": duplicate case name "a"',
      'problems/demo/tests.json: field "cases[1].expected": missing',
    ]);
  });

  it('takes follow-up cases only hidden, well formed and after all the others', () => {
    const a = { name: 'a', hidden: false, args: [1], expected: 1 };
    const b = { name: 'b', hidden: true, args: [2], expected: 2 };
    const f = { name: 'f', hidden: true, args: [3], expected: 3, followup: { expect: 'O(n log n)', n: 20000 } };
    expect(validateCases(T, { cases: [a, b, f] }, meta).cases?.[2]?.followup).toEqual({
      expect: 'O(n log n)',
      n: 20000,
    });
    expect(validateCases(T, { cases: [a, f, b] }, meta).errors.map(formatSchemaError)).toEqual([
      'problems/demo/tests.json: field "cases[1].followup": follow-up cases come after all the others (a time-out in one stops only follow-ups)',
    ]);
    expect(validateCases(T, { cases: [a, b, { ...f, hidden: false }] }, meta).errors.map(formatSchemaError)).toEqual([
      'problems/demo/tests.json: field "cases[2].followup": a follow-up case must be hidden',
    ]);
    expect(validateCases(T, { cases: [a, b, { ...f, followup: { n: 5 } }] }, meta).errors[0]?.field).toBe(
      'cases[2].followup',
    );
    expect(validateCases(T, { cases: [a, f] }, meta).errors.map(formatSchemaError)).toEqual([
      'problems/demo/tests.json: field "cases": at least one hidden case (hidden: true) that is not a follow-up is required',
    ]);
  });

  it('checks design cases against the constructor and op count', () => {
    const design = { entry: { kind: 'design', className: 'Trie' } as const, params: [] };
    const bad = { cases: [{ name: 'a', hidden: false, ops: ['Tree', 'insert'], args: [[]], expected: [null, null] }] };
    expect(validateCases(T, bad, design).errors.map(formatSchemaError)).toEqual([
      'problems/demo/tests.json: field "cases[0].ops[0]": expected the constructor "Trie", got "Tree"',
      'problems/demo/tests.json: field "cases[0].args": expected 2 argument lists (one per op), got 1',
    ]);
  });
});
