import { expect, test } from '@playwright/test';
import { editorText, expectEditorToContain, setCode, startRound, waitForPython } from './helpers.ts';

test('the round warns at 10 and 5 minutes, ends at 45:00, locks the editor and saves the attempt', async ({ page }) => {
  await page.clock.install();
  await startRound(page, 'Two Sum', 45);
  await waitForPython(page);
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText(/^(45:00|44:5\d)$/);
  await setCode(page, '# my attempt\nclass Solution:\n    pass\n');

  await page.clock.fastForward('35:00');
  await expect(page.getByRole('alert').filter({ hasText: 'minutes left' })).toHaveText(/10 minutes left/);
  await expect(timer).toHaveText(/^(10:00|09:5\d)$/);
  await page.clock.fastForward('05:00');
  await expect(page.getByRole('alert').filter({ hasText: 'minutes left' })).toHaveText(/5 minutes left/);
  await expect(page.getByRole('button', { name: 'Run' })).toBeEnabled();

  await page.clock.fastForward('05:00');
  await expect(timer).toHaveText('00:00');
  await expect(page.getByRole('status').filter({ hasText: 'Time is up' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Run' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Submit' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'End round' })).toHaveCount(0);

  // Read-only: typing changes nothing.
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.type('x = 1');
  expect(await editorText(page)).not.toContain('x = 1');

  // The attempt is saved: the review (from storage) has the code and the end.
  await page.getByRole('link', { name: 'Review this round' }).click();
  await expect(page.getByText('time ran out')).toBeVisible();
  await expect(page.getByLabel('Code at this moment')).toContainText('# my attempt');
  await expect(page.getByRole('list').filter({ hasText: 'Time is up' })).toContainText('45:00 Time is up');
});

test('a reload mid-round resumes with the right remaining time and the code', async ({ page }) => {
  await page.clock.install();
  await startRound(page, 'Two Sum', 30);
  await setCode(page, '# keep me\n');
  await page.clock.fastForward('12:00');
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText(/^1[78]:\d\d$/);
  await page.reload();
  await expect(timer).toHaveText(/^1[78]:\d\d$/);
  await expectEditorToContain(page, '# keep me');
  await page.clock.fastForward('18:00');
  await expect(page.getByRole('status').filter({ hasText: 'Time is up' })).toBeVisible();
});

test('ending early asks first, then stops the clock', async ({ page }) => {
  await startRound(page, 'Two Sum', 20);
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'Keep going' }).click();
  await expect(page.getByRole('button', { name: 'Run' })).toBeEnabled();
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Round ended' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Run' })).toBeDisabled();
});
