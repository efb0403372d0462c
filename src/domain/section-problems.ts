// Which problems a coding section of a template gets: random ones of the section's family, unsolved
// first, never one already used earlier in the same loop. Pure: randomness is passed in.
import type { TemplateSection } from './loop-records.ts';
import { pickUnsolved, type ProblemSummary } from './problem-filter.ts';

/** `section.count` distinct problem ids (fewer only when the bank runs out). */
export function pickSectionProblems(
  section: Pick<TemplateSection, 'count' | 'family'>,
  bank: readonly ProblemSummary[],
  solved: ReadonlySet<string>,
  exclude: ReadonlySet<string>,
  random: () => number,
): string[] {
  const chosen: string[] = [];
  const family = bank.filter((p) => section.family === undefined || p.family === section.family);
  for (let i = 0; i < (section.count ?? 1); i++) {
    const pool = family.filter((p) => !exclude.has(p.id) && !chosen.includes(p.id));
    const next = pickUnsolved(pool, solved, random);
    if (!next) break;
    chosen.push(next.id);
  }
  return chosen;
}
