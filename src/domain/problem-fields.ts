// The field schemas the problem format's files share (problem.md's front matter, tests.json), with
// their messages: `expected …, got <the value>`. Pure.
import * as v from 'valibot';
import { describe } from './schema-issues.ts';

export type Issue = v.BaseIssue<unknown>;

/** A message naming what was expected and the value found. */
export const got = (what: string) => (issue: Issue) => `${what}, got ${describe(issue.input)}`;

export const nonBlank = (s: string) => s.trim() !== '';

/** A non-empty string (blank counts as empty). */
export const text = v.pipe(
  v.string(got('expected a non-empty string')),
  v.check(nonBlank, got('expected a non-empty string')),
);

export const positiveInteger = (message: (issue: Issue) => string) =>
  v.pipe(v.number(message), v.integer(message), v.minValue(1, message));

export type { ProblemMeta, ValueType } from './problem-schema.ts';
