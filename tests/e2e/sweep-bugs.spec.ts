// Bugs the screenshot sweep found, each held by a test: answers graded "definition only" reach the
// gap log, whose entries keep apart when the window narrows; the review's replay follows a dark
// setting; a story list and a paired round do not scroll sideways on a phone.
import { expect, test, type Page } from '@playwright/test';
import { startRound } from './helpers.ts';

const PAIR_URL = process.env.E2E_PAIR_URL!;

async function scrollsSideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test('fundamentals answers graded "definition only" are in the gap log, and its entries keep apart at 390 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/practice');
  const setup = page.getByRole('form', { name: 'ML fundamentals' });
  await setup.getByLabel('Questions').fill('2');
  await setup.getByLabel('Minutes').fill('4');
  await setup.getByRole('button', { name: 'Start round' }).click();
  await page.getByLabel('Your answer').fill('It is when the model memorises the training data.');
  await page.getByRole('button', { name: 'Show model answer' }).click();
  await page.getByRole('radio', { name: 'Definition only' }).check();
  await page.getByRole('button', { name: 'Next question' }).click();
  await page.getByRole('checkbox', { name: 'Answered aloud' }).check();
  await page.getByRole('button', { name: 'Show model answer' }).click();
  await page.getByRole('radio', { name: 'Definition only' }).check();
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('are in the gap log');

  await page.getByRole('region', { name: 'Summary' }).getByRole('link', { name: 'gap log' }).click();
  const entries = page.getByRole('list', { name: 'Gap entries' }).getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText('Definition without mechanism');
  await expect(entries.first()).toContainText('ML fundamentals · ');
  await expect(page.getByRole('list', { name: 'Gap entries' })).toContainText(
    'It is when the model memorises the training data.',
  );
  await expect(page.getByRole('list', { name: 'Gap entries' })).toContainText('Answered aloud: ');

  // Narrowed after the rows were measured: they grow taller and must move apart, not overlap.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect
    .poll(async () => {
      const [a, b] = [await entries.nth(0).boundingBox(), await entries.nth(1).boundingBox()];
      return a && b ? b.y - (a.y + a.height) : -1;
    })
    .toBeGreaterThanOrEqual(-0.5);

  // The entry's round link opens the fundamentals round's own review.
  await entries
    .first()
    .getByRole('link', { name: /round at/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Review: ML fundamentals' })).toBeVisible();
});

test('under a dark setting the review replays the code in a dark editor', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await startRound(page, 'Two Sum', 20);
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await page.getByRole('link', { name: 'Review this round' }).click();
  const replay = page.getByLabel('Code at this moment').locator('.monaco-editor');
  await expect(replay).toBeVisible();
  await expect(replay).toHaveClass(/vs-dark/);
});

test('on a phone, a story list and a paired round do not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/stories');
  const form = page.getByRole('form', { name: 'Add a story' });
  await form.getByLabel('Title').fill('Recovering a degraded ranking model after a retrain');
  await form.getByLabel(/^Situation/).fill('Search CTR fell 8% after a retrain.');
  await form.getByLabel(/^Action/).fill('I bisected the feature pipeline.');
  await form.getByLabel(/^Result/).fill('CTR recovered within two days.');
  await form.getByRole('button', { name: 'Save story' }).click();
  await expect(page.getByRole('link', { name: /^Drill “Recovering/ })).toBeVisible();
  expect(await scrollsSideways(page)).toBeLessThanOrEqual(0);

  await page.goto('/problems/two-sum');
  await page.getByRole('checkbox', { name: 'Paired mock (a partner interviews you)' }).check();
  await page.getByRole('textbox', { name: 'Pairing server' }).fill(PAIR_URL);
  await page.getByRole('button', { name: 'Start round' }).click();
  await expect(page.getByRole('textbox', { name: 'Join link for your interviewer' })).toBeVisible();
  expect(await scrollsSideways(page)).toBeLessThanOrEqual(0);
});
