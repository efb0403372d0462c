import { describe, expect, it } from 'vitest';
import type { ProblemSummary } from './problem-filter.ts';
import { pickSectionProblems } from './section-problems.ts';

const p = (id: string, family: 'algorithm' | 'ml'): ProblemSummary => ({
  id,
  title: id,
  family,
  difficulty: 'easy',
  category: 'c',
  tags: [],
});
const bank = [p('a1', 'algorithm'), p('a2', 'algorithm'), p('a3', 'algorithm'), p('m1', 'ml'), p('m2', 'ml')];
const first = () => 0;

describe('pickSectionProblems', () => {
  it('draws distinct problems of the section’s family, unsolved first', () => {
    expect(pickSectionProblems({ count: 2, family: 'algorithm' }, bank, new Set(['a1']), new Set(), first)).toEqual([
      'a2',
      'a3',
    ]);
    expect(pickSectionProblems({ count: 1, family: 'ml' }, bank, new Set(), new Set(), () => 0.99)).toEqual(['m2']);
  });

  it('skips problems used earlier in the loop, and falls back to solved ones before giving up', () => {
    expect(pickSectionProblems({ count: 2, family: 'ml' }, bank, new Set(['m1', 'm2']), new Set(), first)).toEqual([
      'm1',
      'm2',
    ]);
    expect(pickSectionProblems({ count: 2, family: 'ml' }, bank, new Set(), new Set(['m1']), first)).toEqual(['m2']);
  });

  it('draws from the whole bank when the section names no family', () => {
    expect(pickSectionProblems({}, bank, new Set(['a1', 'a2', 'a3', 'm1']), new Set(), first)).toEqual(['m2']);
  });
});
