// Reads problems/<id>/ folders from disk and validates them with the one schema. Every fault names
// its file and field; callers decide whether to print or throw.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  type Problem,
  type SchemaError,
  formatSchemaError,
  validateCases,
  validateMeta,
} from '../../src/domain/problem-schema.ts';
import { renderMarkdown } from './markdown.ts';

export interface BankProblem extends Problem {
  /** The statement's Markdown source (the app gets only `statementHtml`). */
  statement: string;
  /** Known-wrong solutions by file name, for the bank check. */
  wrong: Record<string, string>;
  /** Solutions LeetCode accepts that miss the interview bar: accepted, with a follow-up case failed. */
  slow: Record<string, string>;
}

export interface LoadedBank {
  problems: BankProblem[];
  errors: SchemaError[];
  files: string[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** The bank's folder; MOCKLOOP_PROBLEMS_DIR points elsewhere (tests of the build's validation). */
export const PROBLEMS_DIR = process.env.MOCKLOOP_PROBLEMS_DIR ?? new URL('../../problems/', import.meta.url).pathname;

function loadOne(
  dir: string,
  folder: string,
  rootForNames: string,
): { problem?: BankProblem; errors: SchemaError[]; files: string[] } {
  const name = (f: string) => relative(rootForNames, join(dir, f));
  const errors: SchemaError[] = [];
  const files: string[] = [];
  const read = (f: string): string | undefined => {
    const path = join(dir, f);
    if (!existsSync(path)) {
      errors.push({ file: name(f), field: '(file)', message: 'missing' });
      return undefined;
    }
    files.push(path);
    return readFileSync(path, 'utf8');
  };
  const md = read('problem.md');
  const testsText = read('tests.json');
  const solution = read('solution.py');
  if (md === undefined || testsText === undefined || solution === undefined) return { errors, files };

  const m = FRONT_MATTER.exec(md);
  if (!m)
    return {
      errors: [
        {
          file: name('problem.md'),
          field: '(front matter)',
          message: 'the file must start with YAML front matter between --- lines',
        },
      ],
      files,
    };
  let front: unknown;
  try {
    front = parseYaml(m[1]!);
  } catch (err) {
    return {
      errors: [
        {
          file: name('problem.md'),
          field: '(front matter)',
          message: `invalid YAML: ${(err as Error).message.split('\n')[0]}`,
        },
      ],
      files,
    };
  }
  const statement = m[2]!.trim();
  if (statement === '')
    errors.push({
      file: name('problem.md'),
      field: '(statement)',
      message: 'the Markdown statement after the front matter is empty',
    });
  const { meta, errors: metaErrors } = validateMeta(name('problem.md'), folder, front);
  errors.push(...metaErrors);

  let tests: unknown;
  try {
    tests = JSON.parse(testsText);
  } catch (err) {
    errors.push({ file: name('tests.json'), field: '(file)', message: `invalid JSON: ${(err as Error).message}` });
  }
  if (!meta || tests === undefined) return { errors, files };
  const { cases, errors: caseErrors } = validateCases(name('tests.json'), tests, meta);
  errors.push(...caseErrors);

  const hasChecker = existsSync(join(dir, 'checker.py'));
  const checker = hasChecker ? read('checker.py') : undefined;
  if (meta.compare === 'checker' && !hasChecker)
    errors.push({ file: name('problem.md'), field: 'compare', message: '"checker" needs a checker.py beside it' });
  if (meta.compare !== 'checker' && hasChecker)
    errors.push({ file: name('checker.py'), field: '(file)', message: `present but compare is "${meta.compare}"` });

  const wrong: Record<string, string> = {};
  const wrongDir = join(dir, 'wrong');
  if (existsSync(wrongDir)) {
    for (const f of readdirSync(wrongDir)
      .filter((f) => f.endsWith('.py'))
      .sort()) {
      wrong[f] = readFileSync(join(wrongDir, f), 'utf8');
      files.push(join(wrongDir, f));
    }
  }
  const slow: Record<string, string> = {};
  const slowDir = join(dir, 'slow');
  if (existsSync(slowDir)) {
    for (const f of readdirSync(slowDir)
      .filter((f) => f.endsWith('.py'))
      .sort()) {
      slow[f] = readFileSync(join(slowDir, f), 'utf8');
      files.push(join(slowDir, f));
    }
  }
  if (Object.keys(slow).length > 0 && !cases?.some((c) => c.followup)) {
    errors.push({
      file: name('slow/'),
      field: '(file)',
      message: 'slow/*.py solutions need follow-up cases in tests.json to fail',
    });
  }
  if (Object.keys(wrong).length === 0)
    errors.push({
      file: name('wrong/'),
      field: '(file)',
      message: 'at least one known-wrong solution wrong/*.py is required',
    });
  if (errors.length > 0 || !cases) return { errors, files };
  return {
    errors,
    files,
    problem: {
      ...meta,
      statement,
      statementHtml: renderMarkdown(statement),
      cases,
      solution,
      ...(checker !== undefined ? { checker } : {}),
      wrong,
      slow,
    },
  };
}

/**
 * Loads every problem folder under `root` (default: the repository's problems/), or only the folders
 * named in `only` (a test that needs three problems need not read all of them).
 */
export function loadBank(root: string = PROBLEMS_DIR, only?: readonly string[]): LoadedBank {
  const problems: BankProblem[] = [];
  const errors: SchemaError[] = [];
  const files: string[] = [];
  const rootForNames = join(root, '..');
  for (const folder of readdirSync(root).sort()) {
    if (only && !only.includes(folder)) continue;
    const dir = join(root, folder);
    if (!statSync(dir).isDirectory()) continue;
    const one = loadOne(dir, folder, rootForNames);
    errors.push(...one.errors);
    files.push(...one.files);
    if (one.problem) problems.push(one.problem);
  }
  if (problems.length === 0 && errors.length === 0)
    errors.push({ file: relative(rootForNames, root), field: '(folder)', message: 'no problems found' });
  return { problems, errors, files };
}

/** Loads the bank or throws one error listing every fault. */
export function loadBankOrThrow(root?: string, only?: readonly string[]): BankProblem[] {
  const { problems, errors } = loadBank(root, only);
  if (errors.length > 0) {
    throw new Error(`The problem bank is invalid:\n${errors.map((e) => `  ${formatSchemaError(e)}`).join('\n')}`);
  }
  return problems;
}
