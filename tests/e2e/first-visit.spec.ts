import { expect, test, type Page, type Request } from '@playwright/test';
import { waitForPython } from './helpers.ts';

// A first visit downloads Pyodide once: the page fetches it to start Python, and the service
// worker's install, which precaches the same files, revalidates the browser's copy (a 304) instead
// of downloading 12 MB a second time. Requests from the page and from the service worker both count.
test.use({ serviceWorkers: 'allow' });

test('a cold first visit downloads Pyodide once, compressed, stays under 20 MB and precaches nothing a visitor may never need', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const finished: Request[] = [];
  context.on('requestfinished', (req) => void finished.push(req));
  await page.goto('/');
  await waitForPython(page);
  await expect(page.getByRole('status').filter({ hasText: 'Available offline' })).toBeVisible({ timeout: 120_000 });

  let total = 0;
  for (const req of finished) total += (await req.sizes()).responseBodySize;
  console.log(
    `first visit: ${finished.length} requests, ${(total / 1e6).toFixed(2)} MB of response bodies on the wire`,
  );
  const downloads = async (file: string) => {
    const rows = [];
    for (const req of finished.filter((r) => new URL(r.url()).pathname === `/pyodide/${file}`)) {
      const response = await req.response();
      rows.push({ status: response?.status(), bytes: (await req.sizes()).responseBodySize });
      console.log(
        `${file}: ${response?.status()} ${(await req.sizes()).responseBodySize} B${req.serviceWorker() ? ' (service worker)' : ''}`,
      );
    }
    return rows;
  };
  const wasm = await downloads('pyodide.asm.wasm');
  // The service worker's install did ask for it (so it was precached)...
  expect(wasm.length).toBeGreaterThanOrEqual(2);
  // ...but only one request carried the 9.6 MB file over the wire, gzip-compressed to about 3.6 MB;
  // the others were answered by the browser's copy (revalidated with a 304 that carries no body).
  const carried = wasm.filter((r) => r.bytes > 0);
  expect(carried).toHaveLength(1);
  expect(carried[0]!.bytes).toBeGreaterThan(3_000_000);
  expect(carried[0]!.bytes).toBeLessThan(4_000_000);
  const runtime = (await downloads('pyodide.asm.mjs')).filter((r) => r.bytes > 0);
  expect(runtime).toHaveLength(1);
  expect(runtime[0]!.bytes).toBeLessThan(400_000);

  expect(total).toBeLessThan(20_000_000);

  const biggest = await Promise.all(
    finished.map(async (r) => ({ path: new URL(r.url()).pathname, bytes: (await r.sizes()).responseBodySize })),
  );
  biggest.sort((a, b) => b.bytes - a.bytes);
  console.log(
    `biggest on the wire:\n${biggest
      .slice(0, 15)
      .map((r) => `  ${r.bytes} B ${r.path}`)
      .join('\n')}`,
  );

  // Nothing a visitor may never need was fetched or precached: the practice banks (loaded when a
  // practice round needs them), Monaco's editor worker (no task of an interview editor starts it),
  // the fallback storage and the whiteboard.
  const onDemand = /^\/assets\/(bank-|editor\.worker-|fallback-storage-|board-)/;
  expect(finished.map((r) => new URL(r.url()).pathname).filter((p) => onDemand.test(p))).toEqual([]);
  const cached = await cachedPaths(page);
  expect(cached).toContain('/pyodide/pyodide.asm.wasm');
  expect(cached.filter((p) => onDemand.test(p))).toEqual([]);
  // The build lists them as on demand, so the service worker keeps each one the first time it loads.
  const manifest = await precacheManifest(page);
  const listed = (pattern: RegExp) => manifest.filter((e) => pattern.test(e.url));
  expect(listed(/^assets\/bank-/).map((e) => e.url.replace(/-[\w-]{8}\.js$/, ''))).toEqual(
    expect.arrayContaining(['assets/bank-fundamentals-bank', 'assets/bank-design-bank', 'assets/bank-behavioral-bank']),
  );
  expect(listed(/^assets\/editor\.worker-/)).toHaveLength(1);
  for (const entry of listed(/^assets\/(bank-|editor\.worker-)/)) expect(entry).toMatchObject({ onDemand: true });
});

/** Every URL path in the origin's Cache Storage (the precache, and files kept on demand). */
function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    return paths;
  });
}

/** The manifest the build wrote into the service worker: every file, with `onDemand` on those not precached. */
async function precacheManifest(page: Page): Promise<Array<{ url: string; onDemand?: boolean }>> {
  const script = await (await page.request.get('/service-worker.js')).text();
  const start = script.indexOf('[{"');
  let depth = 0;
  for (let i = start; i < script.length; i++) {
    if (script[i] === '[') depth++;
    else if (script[i] === ']' && --depth === 0) return JSON.parse(script.slice(start, i + 1));
  }
  throw new Error('no manifest in the service worker');
}
