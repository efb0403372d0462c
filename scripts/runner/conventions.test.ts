// LeetCode's conventions in the harness, through a real Pyodide: in-place methods, nodes passed from
// inside a structure, cycles from `pos`, the two `Node` classes with deep-copy checks, Codec
// round trips, Interval objects, deep recursion and follow-up cases.
import { afterAll, describe, expect, it } from 'vitest';
import type { Problem, TestCase } from '../../src/domain/problem-schema.ts';
import { judge, type JudgedProblem } from '../../src/worker/judge.ts';
import { createNodeRunner } from './node-runner.ts';

const runner = createNodeRunner({ graceMs: 500 });
afterAll(() => runner.dispose());

const method = (name: string, extra: Partial<Problem> = {}): JudgedProblem => ({
  entry: { kind: 'method', className: 'Solution', name },
  params: [],
  returns: 'any',
  compare: 'exact',
  tolerance: 1e-6,
  unorderedDepth: 1,
  timeLimitMs: 3000,
  ...extra,
});
const call = (args: unknown[], expected: unknown, extra: Partial<TestCase> = {}): TestCase =>
  ({ name: `case ${JSON.stringify(args).slice(0, 40)}`, hidden: false, args, expected, ...extra }) as TestCase;
const go = (p: JudgedProblem, code: string, cases: TestCase[]) => judge(p, code, cases, { runner });

describe('LeetCode conventions in the harness', () => {
  it('judges the mutated argument of an in-place method (result: arg0) and ignores what it returns', async () => {
    const p = method('rotate', { params: ['any'], result: 0 });
    const good =
      'class Solution:\n    def rotate(self, m):\n        m.reverse()\n        for i in range(len(m)):\n            for j in range(i):\n                m[i][j], m[j][i] = m[j][i], m[i][j]\n';
    const cases = [
      call(
        [
          [
            [1, 2],
            [3, 4],
          ],
        ],
        [
          [3, 1],
          [4, 2],
        ],
      ),
    ];
    expect((await go(p, good, cases)).status).toBe('accepted');
    // A copy returned instead of changing the argument is what LeetCode rejects too.
    const copy = 'class Solution:\n    def rotate(self, m):\n        return [list(r) for r in zip(*m[::-1])]\n';
    expect((await go(p, copy, cases)).verdicts[0]).toMatchObject({
      status: 'wrong-answer',
      got: [
        [1, 2],
        [3, 4],
      ],
    });
  });

  it('works a linked list in place (Reorder List) from the head it was given', async () => {
    const p = method('reorderList', { params: ['ListNode'], result: 0 });
    const code = `class Solution:
    def reorderList(self, head):
        nodes = []
        while head:
            nodes.append(head)
            head = head.next
        i, j = 0, len(nodes) - 1
        while i < j:
            nodes[i].next = nodes[j]
            i += 1
            if i == j:
                break
            nodes[j].next = nodes[i]
            j -= 1
        nodes[i].next = None
`;
    expect((await go(p, code, [call([[1, 2, 3, 4, 5]], [1, 5, 2, 4, 3])])).status).toBe('accepted');
  });

  it("passes p and q as the tree's own nodes (TreeNode.ref) and judges the returned node by value", async () => {
    const p = method('lowestCommonAncestor', {
      params: ['TreeNode', 'TreeNode.ref', 'TreeNode.ref'],
      returns: 'TreeNode.val',
    });
    const code = `class Solution:
    def lowestCommonAncestor(self, root, p, q):
        assert isinstance(p, TreeNode) and isinstance(q, TreeNode)
        def find(node):
            if node is None or node is p or node is q:
                return node
            l, r = find(node.left), find(node.right)
            return node if l and r else l or r
        return find(root)
`;
    const cases = [
      call([[3, 5, 1, 6, 2, 0, 8, null, null, 7, 4], 5, 1], 3),
      call([[3, 5, 1, 6, 2, 0, 8, null, null, 7, 4], 5, 4], 5),
    ];
    expect((await go(p, code, cases)).status).toBe('accepted');
    const values = 'class Solution:\n    def lowestCommonAncestor(self, root, p, q):\n        return p.val\n';
    expect((await go(p, values, cases)).verdicts[0]).toMatchObject({
      status: 'wrong-answer',
      message: expect.stringContaining('not a TreeNode'),
    });
  });

  it('builds a cycle from pos (ListNode.cycle), which is not passed to the method', async () => {
    const p = method('hasCycle', { params: ['ListNode', 'ListNode.cycle'] });
    const floyd = `class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                return True
        return False
`;
    const cases = [
      call([[3, 2, 0, -4], 1], true),
      call([[1], -1], false),
      call([[1, 2], 0], true),
      call([[], -1], false),
    ];
    expect((await go(p, floyd, cases)).status).toBe('accepted');
  });

  it("uses LeetCode 138's Node and [[val, random_index]], and rejects a shallow copy", async () => {
    const p = method('copyRandomList', { params: ['RandomList'], returns: 'RandomList' });
    const deep = `class Solution:
    def copyRandomList(self, head: "Optional[Node]") -> "Optional[Node]":
        copies = {None: None}
        cur = head
        while cur:
            copies[cur] = Node(cur.val)
            cur = cur.next
        cur = head
        while cur:
            copies[cur].next = copies[cur.next]
            copies[cur].random = copies[cur.random]
            cur = cur.next
        return copies[head]
`;
    const cases = [
      call(
        [
          [
            [7, null],
            [13, 0],
            [11, 4],
            [10, 2],
            [1, 0],
          ],
        ],
        [
          [7, null],
          [13, 0],
          [11, 4],
          [10, 2],
          [1, 0],
        ],
      ),
      call([[]], []),
    ];
    expect((await go(p, deep, cases)).status).toBe('accepted');
    const same = 'class Solution:\n    def copyRandomList(self, head):\n        return head\n';
    expect((await go(p, same, cases)).verdicts[0]).toMatchObject({
      status: 'wrong-answer',
      message: expect.stringContaining('deep copy'),
    });
    const halfway = `class Solution:
    def copyRandomList(self, head):
        copies, cur = {}, head
        while cur:
            copies[cur] = Node(cur.val)
            cur = cur.next
        for old, new in copies.items():
            new.next = copies.get(old.next)
            new.random = old.random
        return copies.get(head)
`;
    expect((await go(p, halfway, cases)).verdicts[0]).toMatchObject({
      status: 'wrong-answer',
      message: expect.stringContaining('random pointer points into the original list'),
    });
  });

  it("uses LeetCode 133's Node and adjacency lists, and rejects a graph that shares nodes", async () => {
    const p = method('cloneGraph', { params: ['Graph'], returns: 'Graph' });
    const clone = `class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        seen = {}
        def dfs(n):
            if n in seen:
                return seen[n]
            seen[n] = Node(n.val)
            seen[n].neighbors = [dfs(x) for x in n.neighbors]
            return seen[n]
        return dfs(node) if node else None
`;
    const cases = [
      call(
        [
          [
            [2, 4],
            [1, 3],
            [2, 4],
            [1, 3],
          ],
        ],
        [
          [2, 4],
          [1, 3],
          [2, 4],
          [1, 3],
        ],
      ),
      call([[[]]], [[]]),
      call([[]], []),
    ];
    expect((await go(p, clone, cases)).status).toBe('accepted');
    const same = 'class Solution:\n    def cloneGraph(self, node):\n        return node\n';
    expect((await go(p, same, cases)).verdicts[0]).toMatchObject({
      status: 'wrong-answer',
      message: expect.stringContaining('clone must create new nodes'),
    });
  });

  it('round-trips a Codec through two instances, and needs a str in between', async () => {
    const p: JudgedProblem = {
      ...method('x', { params: ['TreeNode'], returns: 'TreeNode' }),
      entry: { kind: 'codec', className: 'Codec', encode: 'serialize', decode: 'deserialize' },
    };
    const code = `class Codec:
    def serialize(self, root):
        out = []
        def go(n):
            if not n:
                out.append("N")
                return
            out.append(str(n.val)); go(n.left); go(n.right)
        go(root)
        return ",".join(out)
    def deserialize(self, data):
        vals = iter(data.split(","))
        def go():
            v = next(vals)
            if v == "N":
                return None
            n = TreeNode(int(v)); n.left = go(); n.right = go()
            return n
        return go()
`;
    const cases = [call([[1, 2, 3, null, null, 4, 5]], [1, 2, 3, null, null, 4, 5]), call([[]], [])];
    expect((await go(p, code, cases)).status).toBe('accepted');
    const cheat =
      'class Codec:\n    def serialize(self, root):\n        return root\n    def deserialize(self, data):\n        return data\n';
    expect((await go(p, cheat, cases)).verdicts[0]).toMatchObject({
      status: 'wrong-answer',
      message: 'serialize returned TreeNode, not a str',
    });
    const stash =
      'class Codec:\n    def serialize(self, root):\n        self.kept = root\n        return ""\n    def deserialize(self, data):\n        return self.kept\n';
    expect((await go(p, stash, cases)).verdicts[0]!.status).toBe('runtime-error');
  });

  it("accepts NeetCode's Solution class for Encode and Decode Strings", async () => {
    const p: JudgedProblem = {
      ...method('x', { params: ['any'] }),
      entry: { kind: 'codec', className: 'Codec', encode: 'encode', decode: 'decode' },
    };
    const code =
      'class Solution:\n    def encode(self, strs):\n        return "".join(f"{len(s)}#{s}" for s in strs)\n    def decode(self, s):\n        out, i = [], 0\n        while i < len(s):\n            j = s.index("#", i)\n            n = int(s[i:j])\n            out.append(s[j + 1:j + 1 + n])\n            i = j + 1 + n\n        return out\n';
    expect((await go(p, code, [call([['a#b', '', '12#']], ['a#b', '', '12#'])])).status).toBe('accepted');
  });

  it('passes Interval objects that also index and unpack like [start, end]', async () => {
    const p = method('minMeetingRooms', { params: ['Interval[]'] });
    const attrs =
      'class Solution:\n    def minMeetingRooms(self, intervals: List[Interval]) -> int:\n        s = sorted(i.start for i in intervals)\n        e = sorted(i.end for i in intervals)\n        res = j = 0\n        for x in s:\n            if x < e[j]:\n                res += 1\n            else:\n                j += 1\n        return res\n';
    const index =
      'class Solution:\n    def minMeetingRooms(self, intervals):\n        ev = []\n        for a, b in intervals:\n            ev += [(a, 1), (b, -1)]\n        intervals.sort()\n        cur = best = 0\n        for _, d in sorted(ev):\n            cur += d\n            best = max(best, cur)\n        return best\n';
    const cases = [
      call(
        [
          [
            [0, 30],
            [5, 10],
            [15, 20],
          ],
        ],
        2,
      ),
      call(
        [
          [
            [7, 10],
            [2, 4],
          ],
        ],
        1,
      ),
    ];
    expect((await go(p, attrs, cases)).status).toBe('accepted');
    expect((await go(p, index, cases)).status).toBe('accepted');
  });

  it('lets plain recursion go 10^4 levels deep (a skewed tree) and 10^5 (a long list)', async () => {
    const depth = method('maxDepth', { params: ['TreeNode'] });
    const skewed: (number | null)[] = [1];
    for (let i = 2; i <= 10_000; i++) skewed.push(null, i);
    const rec =
      'class Solution:\n    def maxDepth(self, root):\n        return 0 if not root else 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))\n';
    expect((await go(depth, rec, [call([skewed], 10_000)])).status).toBe('accepted');
    const list = method('length', { params: ['ListNode'] });
    const long = Array.from({ length: 100_000 }, (_, i) => i);
    const recList =
      'class Solution:\n    def length(self, head):\n        return 0 if head is None else 1 + self.length(head.next)\n';
    expect((await go(list, recList, [call([long], 100_000)])).status).toBe('accepted');
  });

  it('reports follow-up cases beside an Accepted verdict and never turns it into a rejection', async () => {
    const p = method('f', { params: ['any'], timeLimitMs: 300 });
    const followup = { expect: 'O(n log n)', n: 20_000 };
    const cases = [
      call([10], 10),
      call([20], 20, { hidden: true }),
      call([20_000], 20_000, { hidden: true, followup }),
    ];
    const slow =
      'import time\nclass Solution:\n    def f(self, n):\n        if n > 1000:\n            time.sleep(0.4)\n        return n\n';
    const report = await go(p, slow, cases);
    expect(report).toMatchObject({
      status: 'accepted',
      passed: 2,
      total: 2,
      followup: 'timed out at n = 20,000, O(n log n) expected',
    });
    const fast = await go(p, 'class Solution:\n    def f(self, n):\n        return n\n', cases);
    expect(fast).toMatchObject({ status: 'accepted', followup: 'passed (O(n log n))' });
    // A rejected submission does not run them at all.
    const wrong = await go(p, 'class Solution:\n    def f(self, n):\n        return 0 if n == 20 else n\n', cases);
    expect(wrong.status).toBe('failed');
    expect(wrong.followup).toBeUndefined();
    expect(wrong.verdicts[2]!.status).toBe('not-run');
  });
});
