// Diagnostic beside speed.ts: navigation → "Python ready" (taken as the bench takes it) for builds
// served side by side and the floors, interleaved visit by visit. Repeat visits (name:sw, one profile
// after a first visit that left the service worker and the snapshot), cold ones (name:cold, a fresh
// profile each, service workers blocked as in speed.ts), name:nosw (repeat, service workers blocked),
// floor (snapshot) and floorbare.
//   PROBE_SERVERS=after=4331/4332,before=4333/4334 PROBE_VARIANTS=after:sw,before:sw,floor \
//   BENCH_SAMPLES=5 npx tsx scripts/bench/boot-probe.ts      (name=upstream port/proxy port)
// PROBE_VERBOSE=1 also prints the last sample's navigation timing, marks and resource timings.
import type { BrowserContext } from '@playwright/test';
import { loadavg } from 'node:os';
import { launch, readyAt, watchReady } from './browser.ts';
import { startProxy } from './proxy.ts';
import { median } from './stats.ts';

const servers = (process.env.PROBE_SERVERS ?? 'a=4331/4332').split(',').map((s) => s.split(/[=/]/));
const proxies = await Promise.all(servers.map(([, up, px]) => startProxy(`http://127.0.0.1:${up}/`, Number(px))));
const baseOf = Object.fromEntries(servers.map(([name], i) => [name, proxies[i]!.url]));
const base = proxies[0]!.url;
const samples = Number(process.env.BENCH_SAMPLES ?? 5);
const variants = (process.env.PROBE_VARIANTS ?? 'a:sw,a:nosw,floor').split(',');

type Entry = { name: string; start: number; end: number; size: number; workerStart?: number; rs?: number };
const ENTRIES = `(() => ({ origin: performance.timeOrigin, entries: performance.getEntriesByType('resource').map((e) => ({
  name: e.name.replace(location.origin, ''), start: e.startTime, end: e.responseEnd, size: e.transferSize,
  workerStart: e.workerStart, rs: e.responseStart })), marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]) }))()`;

async function visit(context: BrowserContext, url: string, verbose: boolean): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  const ready = await readyAt(page);
  if (verbose) {
    const main = (await page.evaluate(ENTRIES)) as { origin: number; entries: Entry[]; marks: [string, number][] };
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { ws: n.workerStart, rs: n.responseStart, re: n.responseEnd, dcl: n.domContentLoadedEventEnd };
    });
    console.log(`  nav`, JSON.stringify(nav), 'marks', JSON.stringify(main.marks));
    for (const e of main.entries)
      console.log(
        `  page ${e.start.toFixed(0).padStart(5)} → ${e.end.toFixed(0).padStart(5)} ws=${(e.workerStart ?? 0).toFixed(0)} ${e.size} ${e.name}`,
      );
  }
  await page.close();
  return ready;
}

const browser = await launch();
const out: Record<string, number[]> = {};
const contexts: Record<string, BrowserContext> = {};
const urls: Record<string, string> = Object.fromEntries(
  variants.map((v) => [
    v,
    v === 'floor'
      ? `${base}__floor/?mode=snapshot`
      : v === 'floorbare'
        ? `${base}__floor/?mode=bare`
        : baseOf[v.split(':')[0]!]!,
  ]),
);
const cold = (v: string) => v === 'floorbare' || v.endsWith(':cold');
for (const v of variants) {
  out[v] = [];
  if (cold(v)) continue;
  const context = await browser.newContext({ serviceWorkers: v.endsWith(':sw') ? 'allow' : 'block' });
  await watchReady(context);
  const first = await context.newPage();
  await first.goto(urls[v]!);
  await readyAt(first);
  if (v.endsWith(':sw'))
    await first
      .getByRole('status')
      .filter({ hasText: 'Available offline' })
      .waitFor({ timeout: 180_000 })
      .catch(() => undefined);
  await first.waitForTimeout(3000);
  await first.close();
  contexts[v] = context;
}
const load = [loadavg()[0]!];
for (let i = 0; i < samples; i++)
  for (const v of variants) {
    const verbose = process.env.PROBE_VERBOSE === '1' && i === samples - 1;
    if (verbose) console.log(`--- ${v}`);
    if (cold(v)) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      await watchReady(context);
      out[v]!.push(await visit(context, urls[v]!, verbose));
      await context.close();
    } else out[v]!.push(await visit(contexts[v]!, urls[v]!, verbose));
  }
load.push(loadavg()[0]!);
await browser.close();
for (const p of proxies) await p.close();
for (const v of variants)
  console.log(v.padEnd(6), 'median', median(out[v]!).toFixed(0), out[v]!.map((x) => x.toFixed(0)).join(' '));
console.log('load', load.map((x) => x.toFixed(2)).join(' → '));
