import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { results, setCode, startRound, waitForPython } from './helpers.ts';

async function roundWithGap(page: Page) {
  await startRound(page, 'Two Sum', 20);
  await waitForPython(page);
  await setCode(page, 'class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]  # my attempt\n');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Run: Wrong answer');
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await page.getByRole('link', { name: 'Review this round' }).click();
  const form = page.getByRole('form', { name: 'Add a gap entry' });
  await form.getByRole('checkbox', { name: 'Edge cases' }).check();
  await form
    .getByLabel('The exact sentence or line that weakened it')
    .fill('<b>I assumed</b> the pair was unique **always**');
  await form.getByLabel('The fix').fill('Ask first.');
  await form.getByRole('button', { name: 'Add to gap log' }).click();
  await expect(page.getByRole('list', { name: 'Gap entries for this round' }).getByRole('listitem')).toHaveCount(1);
}

async function importText(page: Page, name: string, text: string) {
  await page
    .getByLabel('Backup file to import')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('export, wipe, import: the history comes back identical; corrupt or foreign files are refused whole', async ({
  page,
  browser,
}) => {
  await roundWithGap(page);
  await page.getByRole('link', { name: 'Your data' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export backup (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^mockloop-backup-\d{4}-\d\d-\d\d\.json$/);
  const backup = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(backup)).toMatchObject({ app: 'mockloop', formatVersion: 1 });

  // The Markdown report escapes what the candidate wrote.
  const [report] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export report (Markdown)' }).click(),
  ]);
  const md = readFileSync((await report.path())!, 'utf8');
  expect(md).toContain('Two Sum');
  expect(md).toContain('\\<b\\>I assumed\\</b\\>');
  expect(md).not.toContain('<b>');

  await importText(page, 'half.json', backup.slice(0, Math.floor(backup.length / 2)));
  await expect(page.getByRole('alert').filter({ hasText: 'Import' })).toHaveText(
    'Import refused: the file is not valid JSON (it may be truncated). Nothing was changed.',
  );
  await importText(page, 'other.json', JSON.stringify({ app: 'notes-app', formatVersion: 1 }));
  await expect(page.getByRole('alert').filter({ hasText: 'Import' })).toContainText('not Mockloop');
  const future = JSON.parse(backup);
  future.formatVersion = 99;
  await importText(page, 'future.json', JSON.stringify(future));
  await expect(page.getByRole('alert').filter({ hasText: 'Import' })).toContainText('newer Mockloop');
  await page.getByRole('link', { name: 'Gap log' }).click();
  await expect(page.getByRole('list', { name: 'Gap entries' }).getByRole('listitem')).toHaveCount(1);

  // A wiped browser (a fresh profile) gets everything back from the file.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/data');
  await importText(other, 'backup.json', backup);
  await expect(other.getByRole('status').filter({ hasText: 'Imported' })).toContainText('1 round,');
  await importText(other, 'backup.json', backup);
  await expect(other.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Imported nothing new');
  await other.getByRole('link', { name: 'Gap log' }).click();
  const entry = other.getByRole('list', { name: 'Gap entries' }).getByRole('listitem');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('<b>I assumed</b> the pair was unique **always**');
  await entry.getByRole('link', { name: /round at/ }).click();
  await expect(other.getByLabel('Code at this moment')).toContainText('# my attempt');
  await expect(other.getByRole('listitem').filter({ hasText: 'Run: wrong answer on' })).toBeVisible();
  await fresh.close();
});
