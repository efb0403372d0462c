import { expect, test } from '@playwright/test';
import { results, setCode, startRound, TWO_SUM, waitForPython } from './helpers.ts';

const LOOP = 'class Solution:\n    def twoSum(self, nums, target):\n        while True:\n            pass\n';

test('Stop ends a running loop in words, keeps Python, and the next Run works', async ({ page }) => {
  await page.clock.install();
  await startRound(page, 'Two Sum');
  await waitForPython(page);
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toHaveCount(0);
  await setCode(page, LOOP);
  // The page's clock stands still from here: the 2 s time limit cannot fire, however slow the
  // machine, so what ends the loop is Stop and nothing else.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(results(page)).toContainText('Running the examples…');
  const stop = page.getByRole('button', { name: 'Stop', exact: true });
  await expect(page.getByRole('button', { name: 'Run' })).toBeDisabled();
  // Reached and pressed from the keyboard.
  await stop.focus();
  await page.keyboard.press('Enter');
  await expect(results(page).getByRole('heading')).toHaveText('Run: Stopped by you');
  await expect(results(page)).toContainText('You stopped the run before it finished.');
  await expect(results(page)).not.toContainText('timed out');
  await expect(stop).toHaveCount(0);
  // The soft interrupt landed: the same interpreter, never restarted (the kill's timer never ran).
  await expect(page.getByRole('status').filter({ hasText: 'Python ready' })).toBeVisible();

  await page.clock.resume();
  await setCode(page, TWO_SUM);
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Run: Accepted');
});
