import { expect, test, type Page } from '@playwright/test';
import { results, setCode, startRound, TWO_SUM, waitForPython } from './helpers.ts';

async function finishRoundWithHistory(page: Page) {
  await startRound(page, 'Two Sum', 20);
  await waitForPython(page);
  await setCode(page, 'class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Run: Wrong answer');
  await setCode(page, TWO_SUM);
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Submit: Accepted', { timeout: 30_000 });
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await page.getByRole('link', { name: 'Review this round' }).click();
  // The address changes only once the review's code has loaded: wait for it before reading it.
  await expect(page).toHaveURL(/\/review\//);
}

async function fillGap(page: Page, category: string, quote: string, fix: string) {
  const form = page.getByRole('form', { name: 'Add a gap entry' });
  await form.getByRole('checkbox', { name: category }).check();
  await form.getByLabel('The exact sentence or line that weakened it').fill(quote);
  await form.getByLabel('The fix').fill(fix);
  return form.getByRole('button', { name: 'Add to gap log' });
}

async function addGap(page: Page, category: string, quote: string, fix: string) {
  await (await fillGap(page, category, quote, fix)).click();
}

test('the review replays the code, jumps to events, diffs the reference, and files gap entries that survive a reload', async ({
  page,
}) => {
  await finishRoundWithHistory(page);
  await expect(page.getByRole('heading', { name: 'Review: Two Sum' })).toBeVisible();

  // Replay: the scrubber walks from the starter code to the final code.
  const scrubber = page.getByRole('slider', { name: 'Replay position' });
  const codeNow = page.getByLabel('Code at this moment');
  await expect(codeNow).toContainText('seen[x] = i');
  await scrubber.fill('0');
  await expect(codeNow).not.toContainText('seen');
  await expect(codeNow).toContainText('def twoSum');
  // Jump to the first Run: the code shown is the attempt that failed.
  const runItem = page.getByRole('listitem').filter({ hasText: 'Run: wrong answer on' });
  await runItem.getByRole('button', { name: /Jump to/ }).click();
  await expect(codeNow).toContainText('return [0, 1]');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(codeNow).toContainText('seen[x] = i', { timeout: 10_000 });

  // The reference, as a diff against the final code.
  await expect(page.getByLabel('Reference solution compared with your code')).toContainText('return []');

  await addGap(
    page,
    'Edge cases',
    'I said “duplicates cannot happen” without checking.',
    'Ask about duplicates before coding.',
  );
  const moment = page.getByLabel('The moment you lost control');
  const runOption = await moment.locator('option', { hasText: 'Run: wrong answer on' }).textContent();
  await moment.selectOption({ label: runOption! });
  await addGap(page, 'Testing', 'return [0, 1]', 'Run a case by hand before pressing Run.');
  const entries = page.getByRole('list', { name: 'Gap entries for this round' }).getByRole('listitem');
  await expect(entries).toHaveCount(2);

  await page.reload();
  await expect(entries).toHaveCount(2);
  await page.getByRole('link', { name: 'Gap log' }).click();
  const log = page.getByRole('list', { name: 'Gap entries' }).getByRole('listitem');
  await expect(log).toHaveCount(2);
  await expect(log.filter({ hasText: 'Testing' })).toContainText('Re-drill due');
  await expect(page.getByRole('region', { name: 'What to drill next' })).toContainText(/Edge cases|Testing/);
  await page
    .getByRole('form', { name: 'Filter gap entries' })
    .getByLabel('Category')
    .selectOption({ label: 'Testing' });
  await expect(log).toHaveCount(1);

  // A re-drill that went well pushes the next one out.
  await log.first().getByRole('button', { name: 'Re-drilled: went well' }).click();
  await expect(log.first()).toContainText('1 re-drill so far, every 3 days');
  await expect(page.getByRole('figure', { name: 'Gap entries per category' })).toBeVisible();
});

test('the 24-hour rule: a new gap entry is due on the home page the next day', async ({ page }) => {
  await page.clock.install();
  await finishRoundWithHistory(page);
  await addGap(page, 'Time management', 'I spent ten minutes on the hash map.', 'Say the plan, then code.');
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Due re-drills' })).toContainText(
    'Nothing due now; 1 due within a day.',
  );
  // One due within a day can be started early.
  await expect(
    page.getByRole('list', { name: 'Due within a day' }).getByRole('link', { name: /^Start a re-drill on / }),
  ).toBeVisible();
  await page.clock.fastForward('24:00:01');
  await page.reload();
  const due = page.getByRole('region', { name: 'Due re-drills' });
  await expect(due).toContainText('I spent ten minutes on the hash map.');
  await expect(due.getByRole('link', { name: /^Start a re-drill on / })).toBeVisible();
});

test('two tabs adding gap entries at the same time keep both', async ({ page, context }) => {
  await finishRoundWithHistory(page);
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole('heading', { name: 'Review: Two Sum' })).toBeVisible();
  // Both forms filled, then both saved at the same moment.
  const save = [
    await fillGap(page, 'Coding speed', 'tab one', 'fix one'),
    await fillGap(other, 'Rambling answer', 'tab two', 'fix two'),
  ];
  await Promise.all(save.map((button) => button.click()));
  for (const p of [page, other]) {
    await expect(p.getByRole('list', { name: 'Gap entries for this round' }).getByRole('listitem')).toHaveCount(2);
  }
});
