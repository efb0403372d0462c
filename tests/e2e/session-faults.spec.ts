// Practice rounds (system design, fundamentals, behavioral) under the same faults and clocks as
// coding rounds: a tab closed straight after typing keeps the notes, and the 10- and 5-minute
// warnings come once each, even across a reload; and what was typed reaches the report as text.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/** Starts a system design round on the fraud prompt from the Practice page. */
async function startDesign(page: Page, minutes: number): Promise<void> {
  await page.goto('/practice');
  const setup = page.getByRole('form', { name: 'ML system design' });
  await setup.getByLabel('Prompt').selectOption({ label: 'Fraud detection for card transactions' });
  await setup.getByLabel('Minutes').fill(String(minutes));
  await setup.getByRole('button', { name: 'Start round' }).click();
  await expect(
    page.getByRole('heading', { name: 'ML system design: Fraud detection for card transactions' }),
  ).toBeVisible();
}

test('closing the tab straight after typing design notes keeps the last keystrokes', async ({ page, context }) => {
  await startDesign(page, 60);
  const sessionUrl = page.url();
  const notes = page.getByLabel('Clarify requirements notes');
  await notes.fill('How many transactions per second?');
  await notes.press('End');
  // Typed, then the tab closes at once: well inside the autosave's 300 ms delay.
  await page.keyboard.type(' Chargebacks arrive late');
  // With runBeforeUnload, close() returns before the page is gone: wait until it is, so the next
  // page reads what the closing one saved on its way out (not a race with it).
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;

  const again = await context.newPage();
  await again.goto(sessionUrl);
  await expect(again.getByLabel('Clarify requirements notes')).toHaveValue(
    'How many transactions per second? Chargebacks arrive late',
  );
  // Stored, not only shown: a reload (journal cleared) still has it.
  await again.reload();
  await expect(again.getByLabel('Clarify requirements notes')).toHaveValue(
    'How many transactions per second? Chargebacks arrive late',
  );
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

test('the exported report has the practice round, with hostile notes kept as text', async ({ page }) => {
  await startDesign(page, 60);
  await page
    .getByLabel('Clarify requirements notes')
    .fill('# heading\n<script>alert(1)</script>\n[link](javascript:alert(1)) | `x`');
  await page.getByRole('form', { name: 'Numbers checklist' }).getByLabel('Storage').fill('2 TB | <b>bold</b>');
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await expect(page).toHaveURL(/\/review$/);

  await page.getByRole('link', { name: 'Your data' }).click();
  const [report] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export report (Markdown)' }).click(),
  ]);
  const md = readFileSync((await report.path())!, 'utf8');
  expect(md).toContain('- Practice rounds: 1 (0 ML fundamentals, 1 ML system design, 0 Behavioral)');
  expect(md).toMatch(/### \d{4}-\d\d-\d\d \d\d:\d\d · ML system design: Fraud detection for card transactions/);
  expect(md).toMatch(/- Coverage: \d+ of \d+ key points/); // the prompt's key points came from the bank
  expect(md).toContain('- Numbers given: Storage: 2 TB \\| \\<b\\>bold\\</b\\>');
  expect(md).toContain(
    '   > \\# heading\n   > \\<script\\>alert(1)\\</script\\>\n   > \\[link\\](javascript:alert(1)) \\| \\`x\\`',
  );
  expect(md).not.toContain('<script>');
  expect(md).not.toContain('<b>');
});
