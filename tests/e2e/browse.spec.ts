import { expect, test } from '@playwright/test';

test('the problem list filters by family, category and search, and keeps filters in the address', async ({ page }) => {
  await page.goto('/');
  const list = page.getByRole('list').filter({ has: page.getByRole('link', { name: 'Two Sum', exact: true }) });
  await page.getByLabel('Family').selectOption({ label: 'ML from scratch' });
  await expect(page.getByRole('link', { name: 'Two Sum', exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'K-Fold Cross-Validation Indices' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('family')).toBe('ml');

  await page.goto('/?category=linked-lists');
  await expect(page.getByLabel('Category')).toHaveValue('linked-lists');
  await expect(page.getByRole('link', { name: 'Merge Two Sorted Lists' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Two Sum', exact: true })).toHaveCount(0);

  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search' }).fill('parenth');
  await expect(page.getByRole('link', { name: 'Valid Parentheses' })).toBeVisible();
  await expect(list).toHaveCount(0);
});

test('difficulty can be hidden, as in a real interview, and stays hidden after a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.problem-list .badge.difficulty-easy').first()).toBeVisible();
  await page.getByLabel('Hide difficulty').check();
  await expect(page.locator('.problem-list [class*="difficulty-"]')).toHaveCount(0);
  await expect(page.getByLabel('Difficulty', { exact: true })).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Hide difficulty')).toBeChecked();
  await expect(page.locator('.problem-list [class*="difficulty-"]')).toHaveCount(0);
  await page.getByRole('link', { name: 'Two Sum', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Two Sum' })).toBeVisible();
  await expect(page.locator('.statement [class*="difficulty-"]')).toHaveCount(0);
});

test('"Random unsolved problem" opens a problem from the filtered list', async ({ page }) => {
  // Two Sum II is Medium: the filter leaves Two Sum alone.
  await page.goto('/?query=two%20sum&difficulty=easy');
  await page.getByRole('button', { name: 'Random unsolved problem' }).click();
  await expect(page).toHaveURL(/\/problems\/two-sum$/);
  await page.goto('/problems/no-such-problem');
  await expect(page.getByRole('heading', { name: 'Unknown problem' })).toBeVisible();
});

test('the list filters by NeetCode group and shows progress per group', async ({ page }) => {
  await page.goto('/');
  const progress = page.getByRole('list', { name: 'Progress by NeetCode group' });
  await expect(progress.getByRole('button', { name: /^Trees 0\/\d+ solved$/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'NeetCode group' }).selectOption({ label: 'Trees' });
  expect(new URL(page.url()).searchParams.get('group')).toBe('trees');
  await expect(page.getByRole('link', { name: 'Invert Binary Tree' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Two Sum', exact: true })).toHaveCount(0);
  await progress.getByRole('button', { name: /^Linked List / }).click();
  await expect(page.getByRole('combobox', { name: 'NeetCode group' })).toHaveValue('linked-list');
  await expect(page.getByRole('link', { name: 'Reorder List' })).toBeVisible();
  await page.setViewportSize({ width: 1440, height: 900 });
  await progress.screenshot({ path: test.info().outputPath('groups-1440.png') });
  await page.setViewportSize({ width: 390, height: 900 });
  await progress.screenshot({ path: test.info().outputPath('groups-390.png') });
});
