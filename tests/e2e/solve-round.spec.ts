import { expect, test } from '@playwright/test';
import { expectEditorToContain, results, setCode, startRound, TWO_SUM, waitForPython } from './helpers.ts';

test('a candidate solves Two Sum: Run passes the examples, Submit passes the hidden tests', async ({ page }) => {
  await startRound(page, 'Two Sum');
  await waitForPython(page);
  await setCode(page, TWO_SUM);
  await expectEditorToContain(page, 'seen[x] = i');

  await page.getByRole('button', { name: 'Run' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Run: Accepted');
  await expect(results(page)).toContainText('3/3 examples passed');

  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Submit: Accepted', { timeout: 30_000 });
  await expect(results(page)).toContainText('8/8 tests passed');
});

test('a wrong answer shows expected, got and the difference; a runtime error points at the line', async ({ page }) => {
  await startRound(page, 'Two Sum');
  await waitForPython(page);
  await setCode(page, 'class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Run: Wrong answer');
  await expect(results(page)).toContainText('2/3 examples passed');
  const failing = results(page).getByRole('listitem').filter({ hasText: 'example 2' });
  await expect(failing).toContainText('[1, 2]');
  await expect(failing).toContainText('[0, 1]');
  await expect(failing).toContainText('in any order');

  await setCode(page, 'class Solution:\n    def twoSum(self, nums, target):\n        x = 1\n        return nums[10]\n');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(results(page).getByRole('heading')).toHaveText('Run: Runtime error');
  await expect(results(page)).toContainText('File "solution.py", line 4, in twoSum');
  await expect(results(page)).toContainText('IndexError: list index out of range');
  // Internal harness frames are trimmed away.
  await expect(results(page)).not.toContainText('harness');
});

test('Ctrl+Shift+Enter submits from the editor', async ({ page }) => {
  await startRound(page, 'Two Sum');
  await waitForPython(page);
  await setCode(page, TWO_SUM);
  await page.keyboard.press('ControlOrMeta+Shift+Enter');
  await expect(results(page).getByRole('heading')).toHaveText('Submit: Accepted', { timeout: 30_000 });
});
