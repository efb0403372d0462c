import { expect, test } from '@playwright/test';
import { results, setCode, startRound, TWO_SUM, waitForPython } from './helpers.ts';

// The rest of the suite blocks service workers (each test is a fresh browser profile, and precaching
// 40 MB per test would only slow it down); here they are the point.
test.use({ serviceWorkers: 'allow' });

test('after one visit the app starts, runs a round and passes Submit with the network off', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await waitForPython(page);
  await expect(page.getByRole('status').filter({ hasText: 'Available offline' })).toBeVisible({ timeout: 120_000 });

  await context.setOffline(true);
  // A deep link, not just the home page: every client-side route must come from the cache.
  await page.goto('/problems/two-sum');
  await expect(page.getByRole('heading', { name: 'Two Sum' })).toBeVisible();
  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(true);
  await startRound(page, 'Two Sum');
  await waitForPython(page);
  await setCode(page, TWO_SUM);
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Run: Accepted');
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Submit: Accepted', { timeout: 30_000 });
  // Interrupts still work from the cache: the page is isolated, so a loop is stopped in place.
  await setCode(page, 'class Solution:\n    def twoSum(self, nums, target):\n        while True:\n            pass\n');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Run: Time limit exceeded', { timeout: 30_000 });
});

test('the app is installable: a manifest with icons, served from the origin', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(href!)).json();
  expect(manifest.name).toBe('Mockloop');
  expect(manifest.display).toBe('standalone');
  const sizes = (manifest.icons as Array<{ sizes: string; src: string }>).map((i) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons as Array<{ src: string }>) {
    const res = await request.get(icon.src);
    expect(res.headers()['content-type']).toBe('image/png');
  }
});
