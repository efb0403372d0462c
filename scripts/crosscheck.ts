// Cross-checks the bank's expected values against independent implementations: every problem with
// an oracle.py (a brute force or second algorithm for algorithm problems, numpy / scikit-learn for
// ML tasks, run natively by Debian's /usr/bin/python3) has each case recomputed and compared with
// tests.json using the problem's own comparison and tolerance. Ends by naming the problems without one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareValues } from '../src/domain/compare.ts';
import { isDesignCase } from '../src/domain/problem-schema.ts';
import { loadBankOrThrow, PROBLEMS_DIR } from './lib/load-bank.ts';

const PYTHON = process.env.CROSSCHECK_PYTHON ?? '/usr/bin/python3';
const RUNNER = fileURLToPath(new URL('./crosscheck_oracles.py', import.meta.url));

const probe = spawnSync(PYTHON, ['-c', 'import numpy, sklearn; print(numpy.__version__, sklearn.__version__)'], {
  encoding: 'utf8',
});
if (probe.status !== 0) {
  console.error(
    `The cross-check needs numpy and scikit-learn for ${PYTHON}.\nOn Debian: apt-get install python3-numpy python3-sklearn (.ci/run does this).\n${probe.stderr}`,
  );
  process.exit(1);
}
const [numpyVersion, sklearnVersion] = probe.stdout.trim().split(' ');

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const bank = loadBankOrThrow().filter((p) => only.length === 0 || only.includes(p.id));
const jobs = bank
  .filter((p) => existsSync(join(PROBLEMS_DIR, p.id, 'oracle.py')))
  .map((p) => ({ problem: p, oracle: join(PROBLEMS_DIR, p.id, 'oracle.py') }));
const run = spawnSync(PYTHON, [RUNNER], {
  input: JSON.stringify(
    jobs.map(({ problem, oracle }) => ({
      id: problem.id,
      oracle,
      cases: problem.cases.map((c) => (isDesignCase(c) ? [c.ops, c.args] : c.args)),
    })),
  ),
  encoding: 'utf8',
  maxBuffer: 256 << 20,
});
if (run.status !== 0) {
  console.error(`An oracle failed:\n${run.stderr}`);
  process.exit(1);
}
const values = JSON.parse(run.stdout) as Record<string, unknown[]>;
const failures: string[] = [];
let checked = 0;
for (const { problem } of jobs) {
  const got = values[problem.id] ?? [];
  const mode = problem.compare === 'checker' ? 'exact' : problem.compare;
  problem.cases.forEach((c, i) => {
    checked++;
    const cmp = compareValues(c.expected, got[i], { mode, tolerance: problem.tolerance }, problem.unorderedDepth);
    if (!cmp.equal) failures.push(`${problem.id} / ${c.name}: tests.json disagrees with oracle.py: ${cmp.diff}`);
  });
  console.log(`ok ${problem.id}: ${problem.cases.length} case(s) recomputed`);
}
const without = (family: string) =>
  bank.filter((p) => p.family === family && !jobs.some((j) => j.problem.id === p.id)).map((p) => p.id);
console.log(
  `\nnumpy ${numpyVersion}, scikit-learn ${sklearnVersion}: ${checked} cases in ${jobs.length} problems cross-checked.`,
);
const mlWithout = without('ml');
const algorithmWithout = without('algorithm');
if (mlWithout.length) console.log(`ML problems without an oracle (no library equivalent): ${mlWithout.join(', ')}`);
if (algorithmWithout.length)
  console.log(
    `Algorithm problems still without an oracle.py (${algorithmWithout.length}): ${algorithmWithout.join(', ')}`,
  );
if (failures.length) {
  console.error(`\n${failures.length} disagreement(s):\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`${checked} passed, 0 failed`);
