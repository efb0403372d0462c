// npm run bench: medians of repeated measurements, as JSON (bench-results/latest.json) and a table.
// Needs a production build (npm run build); starts vite preview itself if nothing is serving.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { coldStart, summarise, warmRun } from './browser.ts';
import { judgeRatio } from './judge-ratio.ts';

const BASE = process.env.BENCH_URL ?? 'http://127.0.0.1:4173/';
const COLD_SAMPLES = Number(process.env.BENCH_COLD ?? 5);
const RUN_SAMPLES = Number(process.env.BENCH_RUNS ?? 20);

async function serving(): Promise<boolean> {
  try {
    return (await fetch(BASE)).ok;
  } catch {
    return false;
  }
}

async function ensureServer(): Promise<(() => void) | null> {
  if (await serving()) return null;
  const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', '4173', '--strictPort'], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 100 && !(await serving()); i++) await new Promise((r) => setTimeout(r, 200));
  return () => process.kill(-child.pid!);
}

const stop = await ensureServer();
try {
  console.log('Judge time per case, Pyodide vs native python3 (same harness, same cases)…');
  const ratio = await judgeRatio(['two-sum', 'top-k-frequent-elements', 'valid-parentheses', 'maximum-depth-of-binary-tree', 'implement-trie']);
  console.log(`Cold start to "Python ready" (${COLD_SAMPLES} fresh browsers)…`);
  const cold = summarise(await coldStart(BASE, COLD_SAMPLES));
  console.log(`Warm Run latency on Two Sum (${RUN_SAMPLES} runs)…`);
  const { runMs, browser } = await warmRun(BASE, RUN_SAMPLES);
  await browser.close();
  const run = summarise(runMs);
  const result = { date: new Date().toISOString(), coldStartMs: cold, warmRunMs: run, judgeRatio: ratio };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', `${JSON.stringify(result, null, 2)}\n`);
  const f = (n: number) => n.toFixed(1);
  console.log('\n| measure | median | p90 | samples |\n|---|---|---|---|');
  console.log(`| cold start to "Python ready" (ms) | ${f(cold.median)} | ${f(cold.p90)} | ${cold.samples} |`);
  console.log(`| warm Run, click to verdict rendered (ms) | ${f(run.median)} | ${f(run.p90)} | ${run.samples} |`);
  console.log('\n| problem | cases | Pyodide ms (sum of per-case medians) | native ms | ratio |\n|---|---|---|---|---|');
  for (const r of ratio.rows) console.log(`| ${r.problem} | ${r.cases} | ${f(r.pyodideMs)} | ${f(r.nativeMs)} | ${r.ratio.toFixed(2)} |`);
  console.log(`| all | | | | ${ratio.overall.toFixed(2)} |`);
} finally {
  stop?.();
}
