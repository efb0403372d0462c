// Filtering and picking problems for the browser. Pure: randomness is passed in.
import { GROUPS, type Group, type ProblemMeta } from './problem-schema.ts';

export type ProblemSummary = Pick<
  ProblemMeta,
  'id' | 'title' | 'family' | 'difficulty' | 'category' | 'tags' | 'leetcode' | 'group'
>;

export interface ProblemFilters {
  family?: string;
  category?: string;
  difficulty?: string;
  tag?: string;
  /** NeetCode 150 group. */
  group?: string;
  /** Free text over title, tags and LeetCode number. */
  query?: string;
}

export function filterProblems<T extends ProblemSummary>(problems: readonly T[], f: ProblemFilters): T[] {
  const q = f.query?.trim().toLowerCase() ?? '';
  return problems.filter(
    (p) =>
      (!f.family || p.family === f.family) &&
      (!f.category || p.category === f.category) &&
      (!f.difficulty || p.difficulty === f.difficulty) &&
      (!f.tag || p.tags.includes(f.tag)) &&
      (!f.group || p.group === f.group) &&
      (!q || p.title.toLowerCase().includes(q) || p.tags.some((t) => t.includes(q)) || String(p.leetcode ?? '') === q),
  );
}

/** The distinct values of a field across the bank, sorted, for the filter menus. */
export function facetValues(problems: readonly ProblemSummary[], field: 'category' | 'tags'): string[] {
  const values = new Set<string>();
  for (const p of problems) for (const v of field === 'tags' ? p.tags : [p.category]) values.add(v);
  return [...values].sort();
}

/**
 * A random problem among `candidates` not yet solved; when every candidate is solved, any of them.
 * `random` returns a number in [0, 1).
 */
export function pickUnsolved<T extends ProblemSummary>(
  candidates: readonly T[],
  solved: ReadonlySet<string>,
  random: () => number,
): T | undefined {
  const open = candidates.filter((p) => !solved.has(p.id));
  const pool = open.length > 0 ? open : candidates;
  if (pool.length === 0) return undefined;
  return pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))];
}

/** NeetCode 150's group names as the list shows them. */
export const GROUP_LABEL: Record<Group, string> = {
  'arrays-hashing': 'Arrays & Hashing',
  'two-pointers': 'Two Pointers',
  'sliding-window': 'Sliding Window',
  stack: 'Stack',
  'binary-search': 'Binary Search',
  'linked-list': 'Linked List',
  trees: 'Trees',
  tries: 'Tries',
  heap: 'Heap / Priority Queue',
  backtracking: 'Backtracking',
  graphs: 'Graphs',
  'advanced-graphs': 'Advanced Graphs',
  '1d-dp': '1-D DP',
  '2d-dp': '2-D DP',
  greedy: 'Greedy',
  intervals: 'Intervals',
  'math-geometry': 'Math & Geometry',
  'bit-manipulation': 'Bit Manipulation',
};

export interface GroupProgress {
  group: Group;
  solved: number;
  total: number;
}

/** Solved and total problems per NeetCode group, in the list's order; groups with no problem are left out. */
export function groupProgress(problems: readonly ProblemSummary[], solved: ReadonlySet<string>): GroupProgress[] {
  return GROUPS.map((group) => {
    const inGroup = problems.filter((p) => p.group === group);
    return { group, solved: inGroup.filter((p) => solved.has(p.id)).length, total: inGroup.length };
  }).filter((g) => g.total > 0);
}
