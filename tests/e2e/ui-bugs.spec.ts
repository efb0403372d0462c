// Bugs found trying the app as a new user: a short round's clock that starts orange, the design
// prompt trailing down the page, blank charts on an empty gap log, and 0.4 of a gap entry.
import { expect, test } from '@playwright/test';
import { startRound } from './helpers.ts';

test('the clock of a 7-minute round is not orange from the start, and turns red at 5 minutes', async ({ page }) => {
  await page.clock.install();
  await startRound(page, 'Two Sum', 7);
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText(/^0[67]:\d\d$/);
  await expect(timer).not.toHaveClass(/warn|danger/);
  await page.clock.fastForward('02:05');
  await expect(timer).toHaveText(/^04:\d\d$/);
  await expect(timer).toHaveClass(/danger/);
});

test('the design round keeps its prompt within the window however far the expanded steps go', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/practice');
  await page.getByRole('form', { name: 'ML system design' }).getByRole('button', { name: 'Start round' }).click();
  const prompt = page.getByRole('complementary', { name: 'Prompt' });
  await expect(prompt).toBeVisible();
  for (let i = 0; i < 4; i += 1) await page.getByRole('button', { name: 'Next step' }).click();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const box = (await prompt.boundingBox())!;
  // The whole panel (and the numbers checklist at its end) is on screen, pinned near the top.
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeLessThan(120);
  expect(box.y + box.height).toBeLessThanOrEqual(900);
  await prompt.getByLabel('Latency budget').scrollIntoViewIfNeeded();
  await expect(prompt.getByLabel('Latency budget')).toBeInViewport();
});

test('an empty gap log says so instead of drawing four blank charts', async ({ page }) => {
  await page.goto('/gaps');
  const trends = page.getByRole('region', { name: /Trends/ });
  await expect(trends).toContainText('No trends yet');
  await expect(trends.locator('canvas')).toHaveCount(0);
  await expect(trends.getByRole('figure')).toHaveCount(0);
});

test('the entry-count chart has whole-number ticks only', async ({ page }) => {
  await startRound(page, 'Two Sum', 20);
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await page.getByRole('link', { name: 'Review this round' }).click();
  const form = page.getByRole('form', { name: 'Add a gap entry' });
  await form.getByRole('checkbox', { name: 'Edge cases' }).check();
  await form.getByLabel('The exact sentence or line that weakened it').fill('I never asked about an empty list.');
  await form.getByLabel('The fix').fill('Ask about empty input first.');
  await form.getByRole('button', { name: 'Add to gap log' }).click();
  await page.goto('/gaps');
  const chart = page.getByRole('figure', { name: 'Gap entries per category' });
  await expect(chart.locator('canvas')).toBeVisible();
  await expect(chart).toHaveAttribute('data-y-ticks', /\d/);
  const ticks = (await chart.getAttribute('data-y-ticks'))!.split(' ').map(Number);
  expect(ticks.length).toBeGreaterThanOrEqual(2);
  for (const t of ticks) expect(Number.isInteger(t), `tick ${t}`).toBe(true);
});
