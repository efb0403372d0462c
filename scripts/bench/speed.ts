// What users feel, beside the floor (bare Pyodide from the same files, floor/) in the same run, with
// app and floor samples interleaved so a loaded machine weighs on both alike:
// - cold and repeat visit to "Python ready" (floor: bare boot; with a snapshot),
// - the first Run of a round after ready against later Runs, and warm Run / Submit against the
//   floor running the same program and cases in one message,
// - renderer + worker memory (measureUserAgentSpecificMemory, cross-origin isolated),
// - bytes on the wire for a first visit, service worker precache included (counting proxy).
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { clickUntil, launch, openRound, paste, readyAt, TWO_SUM, watchReady } from './browser.ts';
import type { Proxy } from './proxy.ts';
import { median } from './stats.ts';

/** Time a candidate spends reading the problem before the first Run (the shortest plausible). */
const READ_MS = Number(process.env.BENCH_READ_MS ?? 3000);
const LATER_RUNS = 5;
const ML_TASK = {
  id: 'precision-recall-f1-averaged',
  title: 'Multi-Class Precision, Recall and F1 with Averaging',
  entry: 'precision_recall_f1_averaged',
};

interface Cases {
  visible: unknown[][];
  all: unknown[][];
}

function cases(id: string): Cases {
  const tests = JSON.parse(readFileSync(`problems/${id}/tests.json`, 'utf8')) as {
    cases: { hidden: boolean; args: unknown[] }[];
  };
  return { visible: tests.cases.filter((c) => !c.hidden).map((c) => c.args), all: tests.cases.map((c) => c.args) };
}

async function floorPage(
  context: BrowserContext,
  base: string,
  mode: 'bare' | 'snapshot',
): Promise<{ page: Page; ready: number }> {
  const page = await context.newPage();
  await page.goto(`${base}__floor/?mode=${mode}`);
  return { page, ready: await readyAt(page) };
}

type FloorCall = { code: string; entry: string; cases: unknown[][] };
type FloorWindow = Record<'__call' | '__callShown', (m: FloorCall) => Promise<{ ms: number }>>;
/** The floor's call, posting to the answer; `shown`: to the answer in the page and the next frame. */
const floorCall = (page: Page, message: FloorCall, shown = false) =>
  page
    .evaluate(({ m, shown }) => (window as unknown as FloorWindow)[shown ? '__callShown' : '__call'](m), {
      m: message,
      shown,
    })
    .then((r) => r.ms);

/** Renderer + workers of the page's agent (bytes), or null where the browser does not measure. */
async function memory(page: Page): Promise<number | null> {
  return page.evaluate(async () => {
    const perf = performance as unknown as { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }> };
    if (!crossOriginIsolated || !perf.measureUserAgentSpecificMemory) return null;
    return (await perf.measureUserAgentSpecificMemory()).bytes;
  });
}

export interface SpeedFigures {
  loadAverage: number[];
  coldReady: { app: number[]; floor: number[] };
  repeatReady: { app: number[]; floor: number[] };
  firstRun: number[];
  laterRun: number[];
  floorRun: number[];
  /** The floor's call shown as a page shows a verdict: the answer in the DOM, then the next frame. */
  floorRunShown: number[];
  submit: number[];
  floorSubmit: number[];
  memory: { app: number[]; floor: number[] };
  wire: { appBytes: number; appWasmFetches: number; floorBytes: number; fetchedTwice: string[] };
}

/** A first visit through the proxy, precache included: bytes, and files fetched more than once. */
async function firstVisitBytes(browser: Browser, proxy: Proxy): Promise<SpeedFigures['wire']> {
  proxy.reset();
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  await watchReady(context);
  const page = await context.newPage();
  await page.goto(proxy.url);
  await readyAt(page);
  await page
    .getByRole('status')
    .filter({ hasText: 'Available offline' })
    .waitFor({ timeout: 180_000 })
    .catch(() => undefined);
  await page.waitForTimeout(2000);
  const appBytes = proxy.wire.bytes;
  const fetchedTwice = [...proxy.wire.fetches].filter(([, n]) => n > 1).map(([p, n]) => `${p} ×${n}`);
  const appWasmFetches = proxy.wire.fetches.get('/pyodide/pyodide.asm.wasm') ?? 0;
  await context.close();
  proxy.reset();
  const floorContext = await browser.newContext();
  await watchReady(floorContext);
  await floorPage(floorContext, proxy.url, 'bare');
  const floorBytes = proxy.wire.bytes;
  await floorContext.close();
  return { appBytes, appWasmFetches, floorBytes, fetchedTwice };
}

export async function speedFigures(proxy: Proxy, samples: number): Promise<SpeedFigures> {
  const { loadavg } = await import('node:os');
  const load: number[] = [loadavg()[0]!];
  const browser = await launch();
  const base = proxy.url;
  const two = cases('two-sum');
  const ml = cases(ML_TASK.id);
  const mlSolution = readFileSync(`problems/${ML_TASK.id}/solution.py`, 'utf8');
  const out: SpeedFigures = {
    loadAverage: load,
    coldReady: { app: [], floor: [] },
    repeatReady: { app: [], floor: [] },
    firstRun: [],
    laterRun: [],
    floorRun: [],
    floorRunShown: [],
    submit: [],
    floorSubmit: [],
    memory: { app: [], floor: [] },
    wire: await firstVisitBytes(browser, proxy),
  };
  // Cold: an empty profile each time.
  for (let i = 0; i < samples; i++) {
    const app = await browser.newContext({ serviceWorkers: 'block' });
    await watchReady(app);
    const page = await app.newPage();
    await page.goto(base);
    out.coldReady.app.push(await readyAt(page));
    await app.close();
    const floor = await browser.newContext();
    await watchReady(floor);
    out.coldReady.floor.push((await floorPage(floor, base, 'bare')).ready);
    await floor.close();
  }
  // Repeat: one profile each, after a first visit that left the service worker and the snapshot.
  const appProfile = await browser.newContext({ serviceWorkers: 'allow' });
  await watchReady(appProfile);
  const first = await appProfile.newPage();
  await first.goto(base);
  await readyAt(first);
  await first
    .getByRole('status')
    .filter({ hasText: 'Available offline' })
    .waitFor({ timeout: 180_000 })
    .catch(() => undefined);
  await first.close();
  const floorProfile = await browser.newContext();
  await watchReady(floorProfile);
  await (await floorPage(floorProfile, base, 'snapshot')).page.close();
  for (let i = 0; i < samples; i++) {
    const page = await appProfile.newPage();
    await page.goto(base);
    out.repeatReady.app.push(await readyAt(page));
    await page.close();
    const floor = await floorPage(floorProfile, base, 'snapshot');
    out.repeatReady.floor.push(floor.ready);
    await floor.page.close();
  }
  // Runs: a new tab per sample; the first Run comes READ_MS after "Python ready".
  for (let i = 0; i < samples; i++) {
    const page = await openRound(appProfile, base, 'Two Sum');
    await paste(page, TWO_SUM);
    await page.waitForTimeout(READ_MS);
    out.firstRun.push(await clickUntil(page, 'Run', 'Run: Accepted'));
    for (let r = 0; r < LATER_RUNS; r++) {
      await page.waitForTimeout(300);
      out.laterRun.push(await clickUntil(page, 'Run', 'Run: Accepted'));
    }
    await page.waitForTimeout(5000); // the spare, if any, is warm: memory as a candidate's tab holds it
    const bytes = await memory(page);
    if (bytes !== null) out.memory.app.push(bytes);
    await page.close();
    const floor = await floorPage(floorProfile, base, 'snapshot');
    await floor.page.waitForTimeout(READ_MS);
    const twoSum = { code: TWO_SUM, entry: 'Solution.twoSum', cases: two.visible };
    for (let r = 0; r < LATER_RUNS + 1; r++) {
      const ms = await floorCall(floor.page, twoSum);
      if (r > 0) out.floorRun.push(ms);
      await floor.page.waitForTimeout(300);
      const shownMs = await floorCall(floor.page, twoSum, true);
      if (r > 0) out.floorRunShown.push(shownMs);
      await floor.page.waitForTimeout(300);
    }
    const floorBytes = await memory(floor.page);
    if (floorBytes !== null) out.memory.floor.push(floorBytes);
    await floor.page.close();
  }
  // Submit on an ML task (50 cases) against the floor running the same 50 cases in one message.
  const page = await openRound(appProfile, base, ML_TASK.title);
  await paste(page, mlSolution);
  const floor = await floorPage(floorProfile, base, 'snapshot');
  for (let i = 0; i < samples + 1; i++) {
    await page.waitForTimeout(4000); // a candidate's pause between Submits (the spare restarts behind each)
    const ms = await clickUntil(page, 'Submit', 'Submit: Accepted');
    const floorMs = await floorCall(floor.page, { code: mlSolution, entry: ML_TASK.entry, cases: ml.all });
    if (i > 0) {
      out.submit.push(ms);
      out.floorSubmit.push(floorMs);
    }
  }
  await browser.close();
  load.push(loadavg()[0]!);
  return out;
}

const f = (n: number) => n.toFixed(1);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function speedTable(s: SpeedFigures): string {
  const m = (xs: number[]) => (xs.length ? median(xs) : NaN);
  const rows: [string, number, number | null, string][] = [
    ['cold visit → "Python ready" (ms)', m(s.coldReady.app), m(s.coldReady.floor), 'floor: bare Pyodide'],
    [
      'repeat visit → "Python ready" (ms)',
      m(s.repeatReady.app),
      m(s.repeatReady.floor),
      'floor: Pyodide from a snapshot',
    ],
    [
      'first Run of a round, click → verdict (ms)',
      m(s.firstRun),
      m(s.laterRun),
      `vs later Runs (${READ_MS} ms after ready); target ≤ 1.5`,
    ],
    ['later Run, click → verdict (ms)', m(s.laterRun), m(s.floorRun), 'floor: the 3 visible cases in one message'],
    [
      'later Run, click → verdict (ms)',
      m(s.laterRun),
      m(s.floorRunShown ?? []),
      'floor as a page shows it: the same call, its answer in the DOM, then the next frame; target ≤ 2',
    ],
    [`Submit ${ML_TASK.id}, 50 cases (ms)`, m(s.submit), m(s.floorSubmit), 'floor: the 50 cases in one message'],
    [
      'memory, tab with Python (MB)',
      m(s.memory.app) / 2 ** 20,
      m(s.memory.floor) / 2 ** 20,
      'measureUserAgentSpecificMemory; floor: one interpreter',
    ],
  ];
  const lines = ['| measure | app (median) | floor / reference (median) | ratio | note |', '|---|---|---|---|---|'];
  for (const [name, app, floor, note] of rows)
    lines.push(
      `| ${name} | ${f(app)} | ${floor === null ? '' : f(floor)} | ${floor ? (app / floor).toFixed(2) : ''} | ${note} |`,
    );
  lines.push(
    `| first visit on the wire | ${mb(s.wire.appBytes)} | ${mb(s.wire.floorBytes)} | ${(s.wire.appBytes / s.wire.floorBytes).toFixed(2)} | Pyodide's wasm fetched ${s.wire.appWasmFetches}×; fetched more than once: ${s.wire.fetchedTwice.length} files |`,
  );
  lines.push(`\nLoad average (1 min) at start and end: ${s.loadAverage.map((x) => x.toFixed(2)).join(' → ')}`);
  return lines.join('\n');
}
