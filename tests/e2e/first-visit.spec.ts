import { expect, test, type Request } from '@playwright/test';
import { waitForPython } from './helpers.ts';

// A first visit downloads Pyodide once: the page fetches it to start Python, and the service
// worker's install, which precaches the same files, revalidates the browser's copy (a 304) instead
// of downloading 12 MB a second time. Requests from the page and from the service worker both count.
test.use({ serviceWorkers: 'allow' });

test('a cold first visit downloads Pyodide once, compressed, and the whole visit stays under 20 MB', async ({
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
});
