// Addresses that lead nowhere get a page that says so and a way on, never a blank screen.
import { expect, test } from '@playwright/test';

const CASES: [string, string, string][] = [
  ['/no/such/page', 'Page not found', 'Back to the problems'],
  ['/problems/no-such-problem', 'Unknown problem', 'Browse the problems'],
  ['/round/no-such-round', 'Round not found', 'Start a new round'],
  ['/review/no-such-round', 'Round not found', 'Back to the problems'],
];

for (const [path, heading, way] of CASES) {
  test(`${path} says "${heading}" and links on`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: way }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rehearse the round, not just the problem');
  });
}
