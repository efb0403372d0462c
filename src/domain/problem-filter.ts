// Filtering and picking problems for the browser. Pure: randomness is passed in.
import type { ProblemMeta } from './problem-schema.ts';

export type ProblemSummary = Pick<ProblemMeta, 'id' | 'title' | 'family' | 'difficulty' | 'category' | 'tags' | 'leetcode'>;

export interface ProblemFilters {
  family?: string;
  category?: string;
  difficulty?: string;
  tag?: string;
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
export function pickUnsolved<T extends ProblemSummary>(candidates: readonly T[], solved: ReadonlySet<string>, random: () => number): T | undefined {
  const open = candidates.filter((p) => !solved.has(p.id));
  const pool = open.length > 0 ? open : candidates;
  if (pool.length === 0) return undefined;
  return pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))];
}
