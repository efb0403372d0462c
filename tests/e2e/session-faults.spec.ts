// Practice rounds (system design, fundamentals, behavioral) under the same faults and clocks as
// coding rounds: a tab closed straight after typing keeps the notes, and the 10- and 5-minute
// warnings come once each, even across a reload.
import { expect, test, type Page } from '@playwright/test';

/** Starts a system design round on the fraud prompt from the Practice page. */
async function startDesign(page: Page, minutes: number): Promise<void> {
  await page.goto('/practice');
  const setup = page.getByRole('form', { name: 'ML system design' });
  await setup.getByLabel('Prompt').selectOption({ label: 'Fraud detection for card transactions' });
  await setup.getByLabel('Minutes').fill(String(minutes));
  await setup.getByRole('button', { name: 'Start round' }).click();
  await expect(page.getByRole('heading', { name: 'ML system design: Fraud detection for card transactions' })).toBeVisible();
}

test('closing the tab straight after typing design notes keeps the last keystrokes', async ({ page, context }) => {
  await startDesign(page, 60);
  const sessionUrl = page.url();
  const notes = page.getByLabel('Clarify requirements notes');
  await notes.fill('How many transactions per second?');
  await notes.press('End');
  // Typed, then the tab closes at once: well inside the autosave's 300 ms delay.
  await page.keyboard.type(' Chargebacks arrive late');
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto(sessionUrl);
  await expect(again.getByLabel('Clarify requirements notes')).toHaveValue('How many transactions per second? Chargebacks arrive late');
  // Stored, not only shown: a reload (journal cleared) still has it.
  await again.reload();
  await expect(again.getByLabel('Clarify requirements notes')).toHaveValue('How many transactions per second? Chargebacks arrive late');
});

test('a practice round warns at 10 and 5 minutes left, once each, even across a reload', async ({ page }) => {
  await page.clock.install();
  await startDesign(page, 20);
  const timer = page.getByRole('timer', { name: 'Time remaining' });
  const warning = page.getByRole('alert').filter({ hasText: 'minutes left' });
  await expect(timer).toHaveText(/^(20:00|19:5\d)$/);
  await expect(warning).toHaveCount(0);

  await page.clock.fastForward('10:00');
  await expect(warning).toHaveText(/10 minutes left/);
  await warning.getByRole('button', { name: 'Dismiss' }).click();
  await expect(warning).toHaveCount(0);
  // Given once: a reload does not repeat it.
  await page.reload();
  await expect(timer).toHaveText(/^(10:00|09:5\d)$/);
  await page.clock.runFor(2000);
  await expect(warning).toHaveCount(0);

  await page.clock.fastForward('05:00');
  await expect(warning).toHaveText(/5 minutes left/);
  await page.reload();
  await expect(timer).toHaveText(/^0[45]:\d\d$/);
  await page.clock.runFor(2000);
  await expect(warning).toHaveCount(0);
});
