// The problem format's vocabularies: families, difficulties, NeetCode groups, compare modes and the
// value types the harness converts. Plain lists, so a page can import them without the schemas.
export const FAMILIES = ['algorithm', 'ml'] as const;
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
/** NeetCode 150's eighteen groups, the problem list's filter for algorithm problems. */
export const GROUPS = [
  'arrays-hashing',
  'two-pointers',
  'sliding-window',
  'stack',
  'binary-search',
  'linked-list',
  'trees',
  'tries',
  'heap',
  'backtracking',
  'graphs',
  'advanced-graphs',
  '1d-dp',
  '2d-dp',
  'greedy',
  'intervals',
  'math-geometry',
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
  'any',
  'ListNode',
  'TreeNode',
  'ListNode[]',
  'TreeNode[]',
  'TreeNode.ref',
  'TreeNode.val',
  'ListNode.cycle',
  'RandomList',
  'Graph',
  'Interval[]',
  'float',
] as const;
export const PARAM_ONLY: readonly string[] = ['TreeNode.ref', 'ListNode.cycle', 'float'];
export const RETURN_ONLY: readonly string[] = ['TreeNode.val'];

export type Family = (typeof FAMILIES)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];
export type Group = (typeof GROUPS)[number];
export type CompareMode = (typeof COMPARE_MODES)[number];
export type ValueType = (typeof VALUE_TYPES)[number];
