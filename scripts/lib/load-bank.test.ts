import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBank, loadBankOrThrow, PROBLEMS_DIR } from './load-bank.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
let dirs: string[] = [];

/** A copy of one real problem in a scratch bank, to break on purpose. */
function scratchBank(): string {
  const root = mkdtempSync(join(tmpdir(), 'bank-'));
  dirs.push(root);
  const bank = join(root, 'problems');
  cpSync(join(PROBLEMS_DIR, 'two-sum'), join(bank, 'two-sum'), { recursive: true });
  return bank;
}

afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

describe('loadBank', () => {
  it('loads the real bank without faults', () => {
    const { problems, errors } = loadBank();
    expect(errors).toEqual([]);
    expect(problems.map((p) => p.id)).toContain('two-sum');
  });

  it('renders each statement to HTML at load, showing raw HTML in a statement as text', () => {
    const bank = scratchBank();
    const md = join(bank, 'two-sum/problem.md');
    writeFileSync(md, `${readFileSync(md, 'utf8')}\n<img src=x onerror="alert(1)"> and **bold**\n`);
    const [problem] = loadBankOrThrow(bank);
    expect(problem?.statementHtml).toContain('<strong>bold</strong>');
    expect(problem?.statementHtml).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(problem?.statementHtml).not.toContain('<img');
  });

  it('names file and field for a malformed front matter, bad JSON and a missing solution', () => {
    const bank = scratchBank();
    const md = join(bank, 'two-sum/problem.md');
    writeFileSync(md, readFileSync(md, 'utf8').replace('difficulty: easy', 'difficulty: trivial'));
    writeFileSync(join(bank, 'two-sum/tests.json'), '{"cases": [');
    expect(() => loadBankOrThrow(bank)).toThrow(
      'problems/two-sum/problem.md: field "difficulty": expected one of easy | medium | hard, got "trivial"',
    );
    expect(() => loadBankOrThrow(bank)).toThrow(/problems\/two-sum\/tests\.json: field "\(file\)": invalid JSON/);
    rmSync(join(bank, 'two-sum/solution.py'));
    expect(loadBank(bank).errors).toContainEqual({
      file: 'problems/two-sum/solution.py',
      field: '(file)',
      message: 'missing',
    });
  });

  it('stops the production build with the file and field named', async () => {
    const bank = scratchBank();
    const md = join(bank, 'two-sum/problem.md');
    writeFileSync(md, readFileSync(md, 'utf8').replace('time_limit_ms: 2000', 'time_limit_ms: fast'));
    const outDir = join(bank, '..', 'dist');
    const build = run('npx', ['vite', 'build', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...process.env, MOCKLOOP_PROBLEMS_DIR: bank },
    });
    const failure = await build.then(
      () => null,
      (err: { code: number; stderr: string; stdout: string }) => err,
    );
    expect(failure).not.toBeNull();
    expect(`${failure!.stdout}${failure!.stderr}`).toContain(
      'problems/two-sum/problem.md: field "time_limit_ms": expected an integer from 100 to 30000, got "fast"',
    );
  }, 120_000);
});
