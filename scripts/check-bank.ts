// The bank's golden test (run in CI): every reference solution passes every case, and every
// known-wrong solution is rejected. One Pyodide for the whole bank.
import { formatSchemaError } from '../src/domain/problem-schema.ts';
import { BankJudge } from './lib/bank-judge.ts';
import { loadBank } from './lib/load-bank.ts';
import { formatReport } from './lib/print-report.ts';

const { problems, errors } = loadBank();
if (errors.length > 0) {
  console.error(`The problem bank is invalid:\n${errors.map((e) => `  ${formatSchemaError(e)}`).join('\n')}`);
  process.exit(1);
}
const bank = new BankJudge();
const failures: string[] = [];
let checks = 0;
const started = performance.now();
for (const p of problems) {
  const ref = await bank.judge(p, p.solution);
  checks++;
  if (ref.status !== 'accepted') failures.push(`${p.id}/solution.py must pass:\n${formatReport(ref)}`);
  for (const [name, code] of Object.entries(p.wrong)) {
    const r = await bank.judge(p, code);
    checks++;
    if (r.status === 'accepted') failures.push(`${p.id}/wrong/${name} must be rejected but passed all ${r.total} cases`);
  }
  console.log(`${failures.length ? '…' : 'ok'} ${p.id}: reference ${ref.passed}/${ref.total}, ${Object.keys(p.wrong).length} wrong solution(s) checked`);
}
bank.dispose();
console.log(`\n${checks} judgements over ${problems.length} problems in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (failures.length > 0) {
  console.error(`\n${failures.length} bank check(s) failed:\n\n${failures.join('\n\n')}`);
  process.exit(1);
}
console.log(`${checks} passed, 0 failed`);
process.exit(0);
