// npm run bench: medians of repeated measurements, as JSON (bench-results/latest.json) and a table.
// Needs a production build (npm run build); starts vite preview itself if nothing is serving.
// BENCH_URL points it at another server (e.g. an older build, for before/after figures).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { coldStart, launch, mlSubmit, recovery, repeatVisit, summarise, transfer, warmRun } from './browser.ts';
import { historyAtScale, historyTable } from './history.ts';
import { judgeRatio } from './judge-ratio.ts';
import { startProxy } from './proxy.ts';
import { speedFigures, speedTable } from './speed.ts';

const BASE = process.env.BENCH_URL ?? 'http://127.0.0.1:4173/';
const DIST = process.env.BENCH_DIST ?? 'dist';
const COLD_SAMPLES = Number(process.env.BENCH_COLD ?? 5);
const REPEAT_SAMPLES = Number(process.env.BENCH_REPEAT ?? 7);
const RUN_SAMPLES = Number(process.env.BENCH_RUNS ?? 20);
const SUBMIT_SAMPLES = Number(process.env.BENCH_SUBMITS ?? 7);
const RECOVERY_SAMPLES = Number(process.env.BENCH_RECOVERY ?? 5);
const HISTORY_SAMPLES = Number(process.env.BENCH_HISTORY ?? 3);
const SPEED_SAMPLES = Number(process.env.BENCH_SAMPLES ?? 5);
const PROXY_PORT = Number(process.env.BENCH_PROXY_PORT ?? 4174);
const ML_TASK = { id: 'precision-recall-f1-averaged', title: 'Multi-Class Precision, Recall and F1 with Averaging' };

async function serving(): Promise<boolean> {
  try {
    return (await fetch(BASE)).ok;
  } catch {
    return false;
  }
}

async function ensureServer(): Promise<(() => void) | null> {
  if (await serving()) return null;
  const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', '4173', '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 100 && !(await serving()); i++) await new Promise((r) => setTimeout(r, 200));
  return () => process.kill(-child.pid!);
}

type Summary = ReturnType<typeof summarise>;
const f = (n: number) => n.toFixed(1);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const stop = await ensureServer();
try {
  console.log(
    `What users feel beside the Pyodide floor, through a counting proxy (${SPEED_SAMPLES} samples each, interleaved)…`,
  );
  const proxy = await startProxy(BASE, PROXY_PORT);
  const speed = await speedFigures(proxy, SPEED_SAMPLES).finally(() => proxy.close());
  console.log('Judge time per case, Pyodide vs native python3 (same harness, same cases)…');
  const ratio = await judgeRatio([
    'two-sum',
    'top-k-frequent-elements',
    'valid-parentheses',
    'maximum-depth-of-binary-tree',
    'implement-trie',
  ]);
  console.log('Sizes: JavaScript before the editor, and a first visit in all…');
  const sizes = await transfer(BASE, DIST);
  console.log(`Cold first visit to "Python ready" (${COLD_SAMPLES} empty profiles)…`);
  const cold = summarise(await coldStart(BASE, COLD_SAMPLES));
  console.log(`Repeat visit to "Python ready" (${REPEAT_SAMPLES} new tabs after one visit)…`);
  const repeat = summarise(await repeatVisit(BASE, REPEAT_SAMPLES));
  const browser = await launch();
  console.log(`Warm Run on Two Sum (${RUN_SAMPLES} runs)…`);
  const run = summarise(await warmRun(browser, BASE, RUN_SAMPLES));
  console.log(`Submit on ${ML_TASK.id}, 50 cases (${SUBMIT_SAMPLES} submits)…`);
  const solution = readFileSync(`problems/${ML_TASK.id}/solution.py`, 'utf8');
  const submit = summarise(await mlSubmit(browser, BASE, ML_TASK.title, solution, SUBMIT_SAMPLES));
  console.log(`Recovery after an infinite loop and after an unstoppable sleep (${RECOVERY_SAMPLES} each)…`);
  const loop = await recovery(browser, BASE, 'loop', RECOVERY_SAMPLES);
  const sleep = await recovery(browser, BASE, 'sleep', RECOVERY_SAMPLES);
  console.log(`History at scale: 1,000 rounds and 10,000 gap entries (${HISTORY_SAMPLES} passes)…`);
  const history = await historyAtScale(browser, BASE, HISTORY_SAMPLES);
  await browser.close();
  const loopRecovery = summarise(loop.recoveryMs);
  const sleepRecovery = summarise(sleep.recoveryMs);

  const result = {
    date: new Date().toISOString(),
    url: BASE,
    coldStartMs: cold,
    repeatVisitMs: repeat,
    warmRunMs: run,
    mlSubmitMs: { problem: ML_TASK.id, cases: 50, ...submit },
    recoveryAfterLoopMs: { ...loopRecovery, nextRun: summarise(loop.nextRunMs) },
    recoveryAfterSleepMs: { ...sleepRecovery, nextRun: summarise(sleep.nextRunMs) },
    judgeRatio: ratio,
    speed,
    transfer: sizes,
    history,
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', `${JSON.stringify(result, null, 2)}\n`);

  const row = (name: string, s: Summary, target: string, met: boolean | null) =>
    console.log(
      `| ${name} | ${f(s.median)} | ${f(s.p90)} | ${s.samples} | ${target} | ${met === null ? '' : met ? 'met' : 'NOT met'} |`,
    );
  console.log('\n| measure (ms) | median | p90 | samples | target | |\n|---|---|---|---|---|---|');
  row('cold first visit → "Python ready"', cold, '', null);
  row('repeat visit → "Python ready"', repeat, '≤ 1500', repeat.median <= 1500);
  row('warm Run, Two Sum, click → verdict', run, 'p50 ≤ 100', run.median <= 100);
  row(`Submit, ${ML_TASK.id} (50 cases), click → verdict`, submit, '', null);
  row('infinite loop: limit shown → next passing verdict', loopRecovery, '≤ 1500', loopRecovery.median <= 1500);
  row(
    'unstoppable sleep (worker killed): limit shown → next passing verdict',
    sleepRecovery,
    '≤ 1500',
    sleepRecovery.median <= 1500,
  );
  console.log('\n| size | value | target | |\n|---|---|---|---|');
  console.log(
    `| JavaScript before the editor (gzip, ${sizes.initialJsFiles.length} files) | ${kb(sizes.initialJsGzip)} | ≤ 250 kB | ${sizes.initialJsGzip <= 250 * 1024 ? 'met' : 'NOT met'} |`,
  );
  console.log(
    `| first visit in all, incl. offline precache (raw / gzip) | ${mb(sizes.firstVisitRaw)} / ${mb(sizes.firstVisitGzip)} | | |`,
  );
  console.log(
    '\n| problem | cases | Pyodide ms (sum of per-case medians) | native ms | ratio |\n|---|---|---|---|---|',
  );
  for (const r of ratio.rows)
    console.log(`| ${r.problem} | ${r.cases} | ${f(r.pyodideMs)} | ${f(r.nativeMs)} | ${r.ratio.toFixed(2)} |`);
  console.log(
    `| all | | | | ${ratio.overall.toFixed(2)} (target ≤ 2.5: ${ratio.overall <= 2.5 ? 'met' : 'NOT met'}) |`,
  );
  console.log(historyTable(history));
  console.log(`\n${speedTable(speed)}`);
} finally {
  stop?.();
}
