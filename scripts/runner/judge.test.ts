// The harness and judge through a real Pyodide in a Node worker thread: the same engine, harness
// and comparison as the browser.
import { afterAll, describe, expect, it } from 'vitest';
import type { Problem, TestCase } from '../../src/domain/problem-schema.ts';
import { judge, type JudgedProblem } from '../../src/worker/judge.ts';
import { createNodeRunner } from './node-runner.ts';

const runner = createNodeRunner({ graceMs: 500 });
let checker: ReturnType<typeof createNodeRunner> | null = null;
const checkerRunner = () => (checker ??= createNodeRunner());
afterAll(() => {
  runner.dispose();
  checker?.dispose();
});

const method = (name: string, extra: Partial<Problem> = {}): JudgedProblem => ({
  entry: { kind: 'method', className: 'Solution', name },
  params: [],
  returns: 'any',
  compare: 'exact',
  tolerance: 1e-6,
  unorderedDepth: 1,
  timeLimitMs: 1500,
  ...extra,
});
const call = (args: unknown[], expected: unknown, name = 'case', hidden = false): TestCase => ({
  name,
  hidden,
  args,
  expected,
});
const go = (p: JudgedProblem, code: string, cases: TestCase[]) => judge(p, code, cases, { runner, checkerRunner });

describe('judge in Pyodide', () => {
  it('passes a LeetCode-style solution that uses the prelude without imports', async () => {
    const code = `class Solution:
    def topK(self, nums: List[int], k: int) -> List[int]:
        counts = Counter(nums)
        return [x for _, x in heapq.nlargest(k, ((c, x) for x, c in counts.items()))]
`;
    const report = await go(method('topK', { compare: 'unordered' }), code, [call([[1, 1, 1, 2, 2, 3], 2], [2, 1])]);
    expect(report).toMatchObject({ status: 'accepted', passed: 1, total: 1 });
  });

  it('gives wrong answer with the difference, and runtime errors with the editor line', async () => {
    const code =
      'class Solution:\n    def f(self, x):\n        if x > 1:\n            return x // 0\n        return x + 1\n';
    const report = await go(method('f'), code, [call([0], 1), call([1], 3), call([5], 0)]);
    expect(report.verdicts.map((v) => v.status)).toEqual(['passed', 'wrong-answer', 'runtime-error']);
    expect(report.verdicts[1]).toMatchObject({ got: 2, diff: 'expected 3, got 2' });
    expect(report.verdicts[2]!.error).toMatchObject({ type: 'ZeroDivisionError', line: 4 });
    expect(report.verdicts[2]!.error!.traceback).toBe(
      'Traceback (most recent call last):\n  File "solution.py", line 4, in f\n    return x // 0\nZeroDivisionError: division by zero',
    );
  });

  it('reports a syntax error once, with its line, and runs no case', async () => {
    const report = await go(method('f'), 'class Solution:\n    def f(self, x)\n        return x\n', [call([1], 1)]);
    expect(report.status).toBe('error');
    expect(report.setupError).toMatchObject({ type: 'SyntaxError', line: 2 });
    expect(report.verdicts[0]!.status).toBe('not-run');
  });

  it('says which entry point is missing', async () => {
    const report = await go(method('twoSum'), 'class Solutions:\n    pass\n', [call([1], 1)]);
    expect(report.message).toContain('define class Solution');
    const noMethod = await go(method('twoSum'), 'class Solution:\n    def two_sum(self): pass\n', [call([1], 1)]);
    expect(noMethod.verdicts[0]!.message).toContain('class Solution has no method twoSum');
  });

  it('gives each case fresh inputs: mutating the arguments cannot leak into the next case', async () => {
    const code = 'class Solution:\n    def f(self, xs):\n        xs.append(99)\n        return len(xs)\n';
    const shared = [1, 2];
    const report = await go(method('f'), code, [call([shared], 3, 'a'), call([shared], 3, 'b')]);
    expect(report.status).toBe('accepted');
    expect(shared).toEqual([1, 2]);
  });

  it('converts ListNode and TreeNode arguments and results like LeetCode', async () => {
    const merge = `class Solution:
    def merge(self, a: Optional[ListNode], b: Optional[ListNode]) -> Optional[ListNode]:
        head = tail = ListNode()
        while a and b:
            if a.val <= b.val: tail.next, a = a, a.next
            else: tail.next, b = b, b.next
            tail = tail.next
        tail.next = a or b
        return head.next
`;
    const lists = await go(method('merge', { params: ['ListNode', 'ListNode'], returns: 'ListNode' }), merge, [
      call(
        [
          [1, 2, 4],
          [1, 3, 4],
        ],
        [1, 1, 2, 3, 4, 4],
      ),
      call([[], []], []),
    ]);
    expect(lists.status).toBe('accepted');
    const invert = `class Solution:
    def invert(self, root):
        if root: root.left, root.right = self.invert(root.right), self.invert(root.left)
        return root
`;
    const trees = await go(method('invert', { params: ['TreeNode'], returns: 'TreeNode' }), invert, [
      call([[4, 2, 7, 1, 3, null, 9]], [4, 7, 2, 9, null, 3, 1]),
      call([[]], []),
    ]);
    expect(trees.status).toBe('accepted');
  });

  it('handles long linked lists and deep trees without crashing the interpreter when they are freed', async () => {
    const reverse = `class Solution:
    def reverse(self, head):
        prev = None
        while head:
            head.next, prev, head = prev, head, head.next
        return prev
`;
    const n = 60_000;
    const values = Array.from({ length: n }, (_, i) => i);
    const p = method('reverse', { params: ['ListNode'], returns: 'ListNode', timeLimitMs: 10_000 });
    const report = await go(p, reverse, [
      call([values], [...values].reverse(), 'a'),
      call([values], [...values].reverse(), 'b'),
    ]);
    expect(report.status).toBe('accepted');
    const depth = `class Solution:
    def depth(self, root):
        d = 0
        level = [root] if root else []
        while level:
            d += 1
            level = [c for n in level for c in (n.left, n.right) if c]
        return d
`;
    // A right-leaning chain of 20,000 nodes: [0, null, 1, null, 2, ...].
    const chain: (number | null)[] = [0];
    for (let i = 1; i < 20_000; i++) chain.push(null, i);
    const t = await go(method('depth', { params: ['TreeNode'], timeLimitMs: 10_000 }), depth, [call([chain], 20_000)]);
    expect(t.status).toBe('accepted');
    expect(runner.getStatus().state).toBe('ready');
    const cyclic =
      'class Solution:\n    def reverse(self, head):\n        tail = head\n        while tail.next: tail = tail.next\n        tail.next = head\n        return head\n';
    const c = await go(p, cyclic, [call([[1, 2, 3]], [3, 2, 1])]);
    expect(c.verdicts[0]).toMatchObject({
      status: 'wrong-answer',
      message: 'the returned linked list has a cycle (node 3 links back to an earlier node)',
    });
    expect(c.verdicts[0]!.ms).toBeLessThan(500);
  });

  it('runs design problems in the operation-list format', async () => {
    const code = `class Counter2:
    def __init__(self, start):
        self.n = start
    def add(self, k):
        self.n += k
    def get(self):
        return self.n
`;
    const p: JudgedProblem = { ...method('x'), entry: { kind: 'design', className: 'Counter2' } };
    const c: TestCase = {
      name: 'ops',
      hidden: false,
      ops: ['Counter2', 'add', 'get', 'add', 'get'],
      args: [[5], [2], [], [-10], []],
      expected: [null, null, 7, null, -3],
    };
    expect((await go(p, code, [c])).status).toBe('accepted');
  });

  it('is not fooled by a result whose __eq__ always says True, or by int/str subclasses', async () => {
    const rigged =
      'class Liar:\n    def __eq__(self, other): return True\nclass Solution:\n    def f(self, x):\n        return Liar()\n';
    const r1 = await go(method('f'), rigged, [call([1], 42)]);
    expect(r1.verdicts[0]).toMatchObject({
      status: 'wrong-answer',
      message: 'returned a value of type Liar, which cannot be compared',
    });
    const sub =
      'class Int(int):\n    def __eq__(self, o): return True\n    def __index__(self): return 42\n    def __int__(self): return 42\nclass Solution:\n    def f(self, x):\n        return Int(7)\n';
    const r2 = await go(method('f'), sub, [call([1], 42)]);
    expect(r2.verdicts[0]).toMatchObject({ status: 'wrong-answer', got: 7 });
  });

  it('stops an infinite loop at the case limit with a soft interrupt and keeps the interpreter', async () => {
    const code = 'class Solution:\n    def f(self, x):\n        while x: pass\n        return 0\n';
    const report = await go(method('f', { timeLimitMs: 300 }), code, [
      call([0], 0, 'quick'),
      call([1], 0, 'spins'),
      call([0], 0, 'after'),
    ]);
    expect(report.verdicts.map((v) => v.status)).toEqual(['passed', 'time-limit', 'not-run']);
    expect(report.verdicts[1]!.message).toBe('timed out after 0.3 s');
    expect(report.verdicts[1]!.ms).toBeLessThan(1_500);
    expect(runner.getStatus().state).toBe('ready');
  });

  it('kills and restarts the worker when the interrupt cannot land (sleep, swallowed KeyboardInterrupt)', async () => {
    const sleepy = 'import time\nclass Solution:\n    def f(self, x):\n        time.sleep(100)\n';
    const r1 = await go(method('f', { timeLimitMs: 300 }), sleepy, [call([0], 0)]);
    expect(r1.verdicts[0]).toMatchObject({
      status: 'time-limit',
      message: 'timed out after 0.3 s; Python was restarted',
    });
    const stubborn =
      'class Solution:\n    def f(self, x):\n        while True:\n            try:\n                while True: pass\n            except:\n                pass\n';
    const r2 = await go(method('f', { timeLimitMs: 300 }), stubborn, [call([0], 0)]);
    expect(r2.verdicts[0]!.status).toBe('time-limit');
    // The next run works on the new interpreter.
    const ok = await go(method('f'), 'class Solution:\n    def f(self, x): return x\n', [call([3], 3)]);
    expect(ok.status).toBe('accepted');
  });

  it('cuts an output flood and keeps the first part of the output', async () => {
    const code = 'class Solution:\n    def f(self, x):\n        while True: print("spam")\n';
    const report = await go(method('f', { timeLimitMs: 10_000 }), code, [call([0], 0)]);
    expect(report.verdicts[0]).toMatchObject({ status: 'output-limit', stdoutTruncated: true });
    expect(report.verdicts[0]!.stdout.startsWith('spam\nspam\n')).toBe(true);
    expect(report.verdicts[0]!.ms).toBeLessThan(5_000);
  });

  it('turns a recursion bomb into a short RecursionError and answers input() with a clear error', async () => {
    // Under the 200,000-level limit a runaway recursion takes about half a second to hit it and report.
    const rec = await go(
      method('f', { timeLimitMs: 10_000 }),
      'class Solution:\n    def f(self, x):\n        return self.f(x)\n',
      [call([0], 0)],
    );
    const err = rec.verdicts[0]!.error!;
    expect(err.type).toBe('RecursionError');
    expect(err.traceback.split('\n').length).toBeLessThan(30);
    expect(err.traceback).toMatch(/Previous line repeated \d+ more times/);
    const inp = await go(method('f'), 'class Solution:\n    def f(self, x):\n        return input()\n', [call([0], 0)]);
    expect(inp.verdicts[0]).toMatchObject({
      status: 'runtime-error',
      message: expect.stringContaining('EOFError: input() has nothing to read here'),
    });
  });

  it('uses a checker in a separate interpreter for problems with many valid answers', async () => {
    const checkerSource =
      'def check(args, expected, got):\n    n = args[0]\n    return True if sorted(got) == list(range(n)) else f"not a permutation of range({n})"\n';
    const p: JudgedProblem = { ...method('perm'), compare: 'checker', checker: checkerSource };
    const good = await go(p, 'class Solution:\n    def perm(self, n): return list(range(n))[::-1]\n', [
      call([4], [0, 1, 2, 3]),
    ]);
    expect(good.status).toBe('accepted');
    const bad = await go(p, 'class Solution:\n    def perm(self, n): return [0] * n\n', [call([4], [0, 1, 2, 3])]);
    expect(bad.verdicts[0]).toMatchObject({ status: 'wrong-answer', diff: 'not a permutation of range(4)' });
  });
});
