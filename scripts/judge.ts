// CLI judge: npm run judge -- <problem-id> <solution.py> [--quiet]
// Runs every case (visible and hidden) through the app's harness in Pyodide; exit 0 only if all pass.
import { readFileSync } from 'node:fs';
import { loadBankOrThrow } from './lib/load-bank.ts';
import { BankJudge } from './lib/bank-judge.ts';
import { formatReport } from './lib/print-report.ts';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const [id, file] = args.filter((a) => !a.startsWith('--'));
if (!id || !file) {
  console.error('usage: npm run judge -- <problem-id> <solution.py> [--quiet]');
  process.exit(2);
}
const problems = loadBankOrThrow();
const problem = problems.find((p) => p.id === id);
if (!problem) {
  console.error(`unknown problem "${id}". Known: ${problems.map((p) => p.id).join(', ')}`);
  process.exit(2);
}
let code: string;
try {
  code = readFileSync(file, 'utf8');
} catch (err) {
  console.error(`cannot read ${file}: ${(err as Error).message}`);
  process.exit(2);
}
const bank = new BankJudge();
const report = await bank.judge(problem, code);
console.log(`${problem.id} (${problem.title}) <- ${file}`);
console.log(formatReport(report, !quiet));
bank.dispose();
process.exit(report.status === 'accepted' ? 0 : 1);
