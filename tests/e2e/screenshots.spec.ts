// Screenshots of every main page in both themes at 390 px and 1440 px, for looking at, not for
// asserting: `SCREENSHOTS=<dir> npx playwright test tests/e2e/screenshots.spec.ts` writes them to
// <dir> (docs/screenshots keeps a few). playwright.config.ts leaves this file out unless SCREENSHOTS is set,
// so `npm test` stays fast and lists no skipped test.
import { expect, test, type Page } from '@playwright/test';
import { results, setCode, startRound, waitForPython } from './helpers.ts';

const DIR = process.env.SCREENSHOTS ?? 'test-results/screenshots';
const ONLY = process.env.SCREENSHOT_PAGES?.split(',');

const WIDTHS = [
  { name: '1440', width: 1440, height: 900 },
  { name: '390', width: 390, height: 844 },
];

const HALF_RIGHT = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if x in seen:
                return [seen[x], i]
            seen[target - x] = x
`;

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  if (ONLY && !ONLY.some((o) => name.startsWith(o))) return;
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    for (const w of WIDTHS) {
      await page.setViewportSize({ width: w.width, height: w.height });
      await page.waitForTimeout(250);
      await page.screenshot({ path: `${DIR}/${name}-${theme}-${w.name}.png`, fullPage });
    }
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('screenshots of every page, light and dark, 390 and 1440 px', async ({ page }) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Two Sum', exact: true })).toBeVisible();
  await shoot(page, 'home');
  await page.goto('/gaps');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shoot(page, 'gaps-empty');
  await page.goto('/problems/two-sum');
  await expect(page.getByRole('button', { name: 'Start round' })).toBeVisible();
  await shoot(page, 'problem');

  await startRound(page, 'Two Sum', 45);
  await waitForPython(page);
  await setCode(page, HALF_RIGHT);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(results(page).getByRole('heading')).toBeVisible({ timeout: 60_000 });
  await shoot(page, 'round');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('tab', { name: 'Code' }).click();
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.waitForTimeout(250);
    await page.screenshot({ path: `${DIR}/round-code-${theme}-390.png` });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: 'End round' }).click();
  await shoot(page, 'end-round-dialog');
  await page.getByRole('button', { name: 'End now' }).click();
  await page.getByRole('link', { name: 'Review this round' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shoot(page, 'review', true);

  await page.goto('/practice');
  await page.getByRole('form', { name: 'ML system design' }).getByRole('button', { name: 'Start round' }).click();
  await expect(page.getByRole('timer').first()).toBeVisible();
  await shoot(page, 'design-round');
  await page.goto('/plan');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shoot(page, 'plan');
  await page.goto('/rounds');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shoot(page, 'rounds');
});
