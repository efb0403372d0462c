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

// The practice banks are not precached: each loads the first time a practice round needs it, and
// the service worker keeps it, so a round used once online works offline afterwards.
test('a practice round used once online works offline; one whose questions never loaded says so and recovers', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  /** Starts a practice round of the form named `form` and returns its page and its question. */
  const start = async (form: string) => {
    await page.goto('/practice');
    await page.getByRole('form', { name: form }).getByRole('button', { name: 'Start round' }).click();
    await expect(page.locator('#question-text')).toBeVisible();
    return { url: page.url(), question: (await page.locator('#question-text').textContent())! };
  };
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Available offline' })).toBeVisible({ timeout: 120_000 });
  // Each bank loads through the service worker, which keeps it.
  const fundamentals = await start('ML fundamentals');
  const behavioral = await start('Behavioral');

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('#question-text')).toHaveText(behavioral.question);
  await page.goto(fundamentals.url);
  await expect(page.locator('#question-text')).toHaveText(fundamentals.question);
  // The plan page needs only the banks' topics and titles, which are precached.
  await page.goto('/plan');
  await expect(page.getByRole('heading', { name: 'Readiness and study plan' })).toBeVisible();
  // A system design round offline, its prompts never loaded on this device: the setup says why.
  await page.goto('/practice');
  await page.getByRole('form', { name: 'ML system design' }).getByRole('button', { name: 'Start round' }).click();
  await expect(page.getByRole('form', { name: 'ML system design' }).getByRole('alert')).toHaveText(
    'The system design prompts are not on this device yet: they download the first time a round needs them. Connect to the internet and try again.',
  );
  await expect(page).toHaveURL(/\/practice$/);

  // A round whose bank the device no longer holds (e.g. dropped when a new version replaced it):
  // offline, its page says so instead of hanging; back online, Try again loads it in place.
  await page.evaluate(async () => {
    const cache = await caches.open('mockloop-on-demand');
    for (const request of await cache.keys()) if (/\/assets\/bank-/.test(request.url)) await cache.delete(request);
  });
  await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
  await page.goto(fundamentals.url);
  await expect(page.getByRole('alert')).toContainText('The ML fundamentals questions are not on this device yet');
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('#question-text')).toHaveText(fundamentals.question);
});
