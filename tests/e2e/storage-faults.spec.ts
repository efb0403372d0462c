// Faults around the candidate's work: storage the browser refuses, storage that fills up mid-round,
// and a page that fails to load. Each time the round carries on and nothing typed is lost.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { results, setCode, startRound, TWO_SUM, waitForPython } from './helpers.ts';

async function exportedBackup(page: Page): Promise<string> {
  // Client-side navigation: a reload would drop a tab that lives in memory.
  await page.getByRole('alert').getByRole('link', { name: 'export a backup' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export backup (JSON)' }).click(),
  ]);
  return readFileSync((await download.path())!, 'utf8');
}

async function runAndEnd(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Run: Accepted');
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await expect(page.getByRole('link', { name: /Review/ }).first()).toBeVisible();
}

test('storage the browser refuses (private browsing): the round runs in memory, the user is told, export works', async ({
  page,
}) => {
  // What a browser with site data blocked does: opening any database fails.
  await page.addInitScript(`IDBFactory.prototype.open = function () {
    throw new DOMException('The user denied permission to access the database.', 'SecurityError');
  };`);
  await startRound(page, 'Two Sum');
  const warning = page.getByRole('alert').filter({ hasText: 'will not let Mockloop store anything' });
  await expect(warning).toBeVisible();
  await waitForPython(page);
  await setCode(page, `${TWO_SUM}# kept in memory\n`);
  await runAndEnd(page);

  const backup = JSON.parse(await exportedBackup(page));
  expect(backup.rounds).toHaveLength(1);
  expect(backup.drafts[0].code).toContain('# kept in memory');
  expect(backup.events.map((e: { type: string }) => e.type)).toEqual(
    expect.arrayContaining(['round-started', 'run', 'verdict', 'round-ended']),
  );
});

test('storage that is full: the round carries on in memory, the user is told, and export has every keystroke', async ({
  page,
}) => {
  // The origin's quota drops below what it already uses, so writes fail with QuotaExceededError.
  // (Chromium applies an override to connections opened after it; copying what was stored before
  // the disk filled is covered in src/storage/storage-health.test.ts.)
  await page.goto('/data');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: 1 });
  await startRound(page, 'Two Sum');
  await expect(page.getByRole('alert').filter({ hasText: 'storage for Mockloop is full' })).toBeVisible();
  await waitForPython(page);
  await setCode(page, `${TWO_SUM}# typed on a full disk\n`);
  await runAndEnd(page);

  const backup = JSON.parse(await exportedBackup(page));
  expect(backup.rounds).toHaveLength(1);
  expect(backup.drafts[0].code).toContain('# typed on a full disk');
  expect(backup.events.map((e: { type: string }) => e.type)).toEqual(
    expect.arrayContaining(['round-started', 'run', 'verdict', 'round-ended']),
  );
});

test('a page that fails to load shows what happened and recovers with Try again; code typed before is kept', async ({
  page,
}) => {
  await startRound(page, 'Two Sum');
  await setCode(page, `${TWO_SUM}# before the failure\n`);
  const roundUrl = page.url();
  // The review page's code cannot be fetched (offline, or a deploy replaced it).
  let block = true;
  await page.route(/\/assets\/review-route-[^/]+\.js$/, (route) => (block ? route.abort() : route.continue()));
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await page
    .getByRole('link', { name: /Review/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Something went wrong on this page' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mockloop home' })).toBeVisible(); // the header stays

  block = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: /Review/ }).first()).toBeVisible();
  await page.goto(roundUrl);
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('# before the failure');
});

test('closing the tab straight after typing keeps the last keystrokes', async ({ page, context }) => {
  await startRound(page, 'Two Sum');
  await setCode(page, TWO_SUM);
  const roundUrl = page.url();
  await page.keyboard.press('ControlOrMeta+End');
  // Typed, then the tab closes at once: well inside the autosave's 300 ms delay.
  await page.keyboard.type('# last words');
  // With runBeforeUnload, close() returns before the page is gone: wait until it is, so the next
  // page reads what the closing one saved on its way out (not a race with it).
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;

  const again = await context.newPage();
  await again.goto(roundUrl);
  await expect(again.locator('.monaco-editor .view-lines')).toContainText('# last words');
});
