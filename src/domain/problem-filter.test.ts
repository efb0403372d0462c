import { describe, expect, it } from 'vitest';
import { facetValues, filterProblems, groupProgress, pickUnsolved, type ProblemSummary } from './problem-filter.ts';

const bank: ProblemSummary[] = [
  {
    id: 'two-sum',
    title: 'Two Sum',
    family: 'algorithm',
    difficulty: 'easy',
    category: 'arrays-strings',
    tags: ['array', 'hash-map'],
    leetcode: 1,
  },
  {
    id: 'lru-cache',
    title: 'LRU Cache',
    family: 'algorithm',
    difficulty: 'medium',
    category: 'design',
    tags: ['hash-map', 'linked-list'],
    leetcode: 146,
  },
  {
    id: 'k-fold',
    title: 'K-Fold Indices',
    family: 'ml',
    difficulty: 'easy',
    category: 'validation',
    tags: ['cross-validation'],
  },
];

describe('filterProblems', () => {
  it('combines family, category, difficulty and tag filters', () => {
    expect(filterProblems(bank, { family: 'algorithm', tag: 'hash-map' }).map((p) => p.id)).toEqual([
      'two-sum',
      'lru-cache',
    ]);
    expect(filterProblems(bank, { difficulty: 'easy', family: 'ml' }).map((p) => p.id)).toEqual(['k-fold']);
    expect(filterProblems(bank, { category: 'design' }).map((p) => p.id)).toEqual(['lru-cache']);
    expect(filterProblems(bank, {}).length).toBe(3);
  });

  it('searches titles, tags and LeetCode numbers', () => {
    expect(filterProblems(bank, { query: 'cache' }).map((p) => p.id)).toEqual(['lru-cache']);
    expect(filterProblems(bank, { query: '146' }).map((p) => p.id)).toEqual(['lru-cache']);
    expect(filterProblems(bank, { query: 'cross' }).map((p) => p.id)).toEqual(['k-fold']);
  });
});

describe('pickUnsolved', () => {
  it('picks among unsolved problems only, using the injected random number', () => {
    const solved = new Set(['two-sum']);
    expect(pickUnsolved(bank, solved, () => 0)?.id).toBe('lru-cache');
    expect(pickUnsolved(bank, solved, () => 0.99)?.id).toBe('k-fold');
  });

  it('falls back to any candidate when all are solved, and to nothing when there are none', () => {
    expect(pickUnsolved(bank, new Set(bank.map((p) => p.id)), () => 0)?.id).toBe('two-sum');
    expect(pickUnsolved([], new Set(), () => 0)).toBeUndefined();
  });
});

describe('facetValues', () => {
  it('lists distinct sorted values', () => {
    expect(facetValues(bank, 'tags')).toEqual(['array', 'cross-validation', 'hash-map', 'linked-list']);
    expect(facetValues(bank, 'category')).toEqual(['arrays-strings', 'design', 'validation']);
  });
});

describe('NeetCode groups', () => {
  const bank = [
    {
      id: 'a',
      title: 'A',
      family: 'algorithm',
      difficulty: 'easy',
      category: 'trees-graphs',
      tags: ['tree'],
      group: 'trees',
    },
    {
      id: 'b',
      title: 'B',
      family: 'algorithm',
      difficulty: 'medium',
      category: 'trees-graphs',
      tags: ['tree'],
      group: 'trees',
    },
    {
      id: 'c',
      title: 'C',
      family: 'algorithm',
      difficulty: 'easy',
      category: 'arrays-strings',
      tags: ['array'],
      group: 'arrays-hashing',
    },
    { id: 'm', title: 'M', family: 'ml', difficulty: 'easy', category: 'evaluation', tags: ['metrics'] },
  ] as const satisfies readonly ProblemSummary[];

  it('filters by group and counts solved problems per group, in NeetCode order', () => {
    expect(filterProblems(bank, { group: 'trees' }).map((p) => p.id)).toEqual(['a', 'b']);
    expect(groupProgress(bank, new Set(['b', 'm']))).toEqual([
      { group: 'arrays-hashing', solved: 0, total: 1 },
      { group: 'trees', solved: 1, total: 2 },
    ]);
  });
});
