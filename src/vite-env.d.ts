/// <reference types="vite/client" />

declare module 'virtual:problem-bank' {
  import type { Problem, ProblemMeta } from './domain/problem-schema.ts';
  export type ProblemSummary = Pick<ProblemMeta, 'id' | 'title' | 'family' | 'difficulty' | 'category' | 'tags' | 'leetcode'>;
  export const problems: ProblemSummary[];
  export function loadProblem(id: string): Promise<Problem | undefined>;
}

declare module '*.py?raw' {
  const source: string;
  export default source;
}
