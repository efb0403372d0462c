import { expect, test } from '@playwright/test';
import { results, setCode, startRound, TWO_SUM, waitForPython } from './helpers.ts';

const body = (lines: string) => `class Solution:\n    def twoSum(self, nums, target):\n${lines}\n`;

test.beforeEach(async ({ page }) => {
  await startRound(page, 'Two Sum');
  await waitForPython(page);
});

test('an infinite loop is stopped at the time limit, the page stays live, and the next run passes', async ({
  page,
}) => {
  await setCode(page, body('        while True:\n            pass'));
  await page.getByRole('button', { name: 'Run' }).click();
  // The main thread stays responsive while Python spins: the countdown keeps moving.
  const timer = page.getByRole('timer');
  const before = await timer.textContent();
  await expect(timer).not.toHaveText(before!, { timeout: 5_000 });
  await expect(results(page).getByRole('heading')).toHaveText('Run: Time limit exceeded', { timeout: 15_000 });
  await expect(results(page)).toContainText('timed out after 2.0 s');

  await setCode(page, TWO_SUM);
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Run: Accepted');
});

test('a sleep the interrupt cannot reach is killed, Python restarts, and the next run passes', async ({ page }) => {
  await setCode(page, body('        import time\n        time.sleep(1000)'));
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Run: Time limit exceeded', { timeout: 15_000 });
  await expect(results(page)).toContainText('Python was restarted');

  await setCode(page, TWO_SUM);
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Run: Accepted', { timeout: 60_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Python ready' })).toBeVisible();
});

test('a print flood is cut off with a clear verdict and the page stays responsive', async ({ page }) => {
  await setCode(page, body('        while True:\n            print("spam spam spam")'));
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Run: Output limit exceeded', { timeout: 15_000 });
  await expect(results(page)).toContainText('output truncated');

  // Without newlines too.
  await setCode(page, body('        while True:\n            print("x", end="")'));
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Run: Output limit exceeded', { timeout: 15_000 });

  // The page is still interactive: the End round dialog opens at once.
  await page.getByRole('button', { name: 'End round' }).click();
  await expect(page.getByRole('dialog', { name: 'End the round?' })).toBeVisible();
  await page.getByRole('button', { name: 'Keep going' }).click();
});

test('a recursion bomb gives a clear, short error', async ({ page }) => {
  await setCode(page, body('        return self.twoSum(nums, target)'));
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Run: Runtime error');
  const first = results(page).getByRole('listitem').first();
  await expect(first).toContainText('RecursionError: maximum recursion depth exceeded');
  await expect(first).toContainText(/Previous line repeated \d+ more times/);
  await expect(first).toContainText('File "solution.py", line 3, in twoSum');
});
