// The bank's golden test (run in CI): every reference solution passes every case with room under
// each time limit, every known-wrong solution is rejected, and so is every trivial answer.
// One Pyodide for the whole bank.
import { formatSchemaError } from '../src/domain/problem-schema.ts';
import { BankJudge } from './lib/bank-judge.ts';
import { loadBank } from './lib/load-bank.ts';
import { formatReport } from './lib/print-report.ts';
import { trivialAnswers } from './lib/trivial-answers.ts';

/** The slowest reference case must fit this many times into the limit, or the limit is flaky. */
const MIN_HEADROOM = 3;

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const { problems: all, errors } = loadBank();
if (errors.length > 0) {
  console.error(`The problem bank is invalid:\n${errors.map((e) => `  ${formatSchemaError(e)}`).join('\n')}`);
  process.exit(1);
}
const problems = only.length ? all.filter((p) => only.includes(p.id)) : all;
// Two interpreters side by side (the machines have two cores); each problem stays on one.
const PARALLEL = Math.max(1, Number(process.env.BANK_CHECK_PARALLEL ?? 2));
const failures: string[] = [];
let checks = 0;
const started = performance.now();

async function checkProblem(bank: BankJudge, p: (typeof problems)[number]): Promise<void> {
  // Counted per problem: the other lane's failures land in the same list meanwhile.
  const mine = (f: string) => f.startsWith(`${p.id}:`) || f.startsWith(`${p.id}/`);
  const before = failures.filter(mine).length;
  const ref = await bank.judge(p, p.solution);
  checks++;
  if (ref.status !== 'accepted') failures.push(`${p.id}/solution.py must pass:\n${formatReport(ref)}`);
  else if (ref.followup !== undefined && !ref.followup.startsWith('passed'))
    failures.push(`${p.id}/solution.py must pass its follow-up cases too: ${ref.followup}`);
  let slowest = Math.max(...ref.verdicts.map((v) => v.ms));
  if (ref.status === 'accepted' && p.timeLimitMs / Math.max(slowest, 1) < MIN_HEADROOM) {
    // A busy machine can slow one run: time the reference again and keep each case's faster time.
    const again = await bank.judge(p, p.solution);
    slowest = Math.max(...ref.verdicts.map((v, i) => Math.min(v.ms, again.verdicts[i]?.ms ?? v.ms)));
  }
  const headroom = p.timeLimitMs / Math.max(slowest, 1);
  checks++;
  if (ref.status === 'accepted' && headroom < MIN_HEADROOM) {
    failures.push(
      `${p.id}: the reference takes ${slowest.toFixed(0)} ms on its slowest case, under ${MIN_HEADROOM}x inside time_limit_ms ${p.timeLimitMs}: raise the limit or shrink the case`,
    );
  }
  for (const [name, code] of Object.entries(p.wrong)) {
    const r = await bank.judge(p, code, p.cases, { untilRejected: true });
    checks++;
    if (r.status === 'accepted')
      failures.push(`${p.id}/wrong/${name} must be rejected but passed all ${r.total} cases`);
  }
  for (const [name, code] of Object.entries(p.slow)) {
    const r = await bank.judge(p, code);
    checks++;
    if (r.status !== 'accepted')
      failures.push(
        `${p.id}/slow/${name} is a solution LeetCode accepts, so it must be accepted here:\n${formatReport(r)}`,
      );
    else if (r.followup === undefined || r.followup.startsWith('passed'))
      failures.push(`${p.id}/slow/${name} must fail a follow-up case, but ${r.followup ?? 'none ran'}`);
  }
  const trivial = trivialAnswers(p.entry);
  for (const [label, code] of Object.entries(trivial)) {
    const r = await bank.judge(p, code, p.cases, { untilRejected: true });
    checks++;
    if (r.status === 'accepted')
      failures.push(`${p.id}: the trivial answer "${label}" passes every case; add cases that reject it`);
  }
  const mark = failures.filter(mine).length === before ? 'ok' : 'FAIL';
  console.log(
    `${mark} ${p.id}: reference ${ref.passed}/${ref.total} (slowest case ${slowest.toFixed(0)} ms, limit ${p.timeLimitMs} ms), ${Object.keys(p.wrong).length} wrong and ${Object.keys(trivial).length} trivial solutions rejected${Object.keys(p.slow).length ? `, ${Object.keys(p.slow).length} slow accepted below the follow-up bar` : ''}`,
  );
}

const queue = [...problems];
await Promise.all(
  Array.from({ length: Math.min(PARALLEL, queue.length) }, async () => {
    const bank = new BankJudge();
    for (let p = queue.shift(); p; p = queue.shift()) await checkProblem(bank, p);
    bank.dispose();
  }),
);
console.log(
  `\n${checks} checks over ${problems.length} problems in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
if (failures.length > 0) {
  console.error(`\n${failures.length} bank check(s) failed:\n\n${failures.join('\n\n')}`);
  process.exit(1);
}
console.log(`${checks} passed, 0 failed`);
process.exit(0);
