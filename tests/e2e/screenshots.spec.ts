// Screenshots of every page in both themes at 390 px and 1440 px, for looking at, not for
// asserting: `SCREENSHOTS=<dir> npx playwright test tests/e2e/screenshots.spec.ts` writes them to
// <dir> (docs/screenshots keeps the set). playwright.config.ts leaves this file out unless SCREENSHOTS
// is set, so `npm test` stays fast and lists no skipped test. Each shot also checks that the page
// does not scroll sideways at that width.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { results, setCode, startRound, waitForPython } from './helpers.ts';

const DIR = process.env.SCREENSHOTS ?? 'test-results/screenshots';
const ONLY = process.env.SCREENSHOT_PAGES?.split(',');
const PAIR_URL = process.env.E2E_PAIR_URL!;

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

/** Both themes at both widths; `fullPage` for pages read by scrolling. */
async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  if (ONLY && !ONLY.some((o) => name.startsWith(o))) return;
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    for (const w of WIDTHS) {
      await page.setViewportSize({ width: w.width, height: w.height });
      await page.waitForTimeout(300);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect.soft(sideways, `${name} scrolls sideways at ${w.name} px`).toBeLessThanOrEqual(0);
      // A long page is kept to its first 2,400 px: enough to judge it, small enough to keep in the repo.
      const height = fullPage
        ? Math.min(2400, await page.evaluate(() => document.documentElement.scrollHeight))
        : w.height;
      await page.screenshot({
        path: `${DIR}/${name}-${theme}-${w.name}.png`,
        fullPage,
        clip: { x: 0, y: 0, width: w.width, height },
      });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1440, height: 900 });
}

test.describe.configure({ timeout: 600_000 });

test('problems, a round with results, an interruption, End the round?, the review, home with history', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Two Sum', exact: true })).toBeVisible();
  await shoot(page, 'home-empty');
  await page.goto('/gaps');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shoot(page, 'gaps-empty');
  await page.goto('/problems/two-sum');
  await expect(page.getByRole('button', { name: 'Start round' })).toBeVisible();
  await shoot(page, 'problem', true);

  await page.clock.install();
  await startRound(page, 'Two Sum', 45, { interruptEvery: 5 });
  await waitForPython(page);
  await setCode(page, HALF_RIGHT);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(results(page).getByRole('heading')).toBeVisible({ timeout: 60_000 });
  await shoot(page, 'round');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('tab', { name: 'Code' }).click();
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${DIR}/round-code-${theme}-390.png` });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.clock.fastForward('05:05');
  const cutIn = page.getByRole('alertdialog', { name: 'Interviewer interruption' });
  await expect(cutIn).toBeVisible();
  await shoot(page, 'interruption');
  await cutIn.getByRole('button', { name: 'Answered aloud' }).click();
  await expect(cutIn).toBeHidden();
  await page.getByRole('button', { name: 'End round' }).click();
  await shoot(page, 'end-round-dialog');
  await page.getByRole('button', { name: 'End now' }).click();
  await page.getByRole('link', { name: 'Review this round' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.locator('.monaco-editor').first().waitFor();
  await shoot(page, 'review', true);
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Recent rounds' })).toBeVisible();
  await shoot(page, 'home');
});

test('practice rounds: fundamentals (and its gaps), system design, behavioral; their reviews', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/practice');
  await expect(page.getByRole('form', { name: 'ML fundamentals' })).toBeVisible();
  await shoot(page, 'practice', true);

  const fundamentals = page.getByRole('form', { name: 'ML fundamentals' });
  await fundamentals.getByLabel('Questions').fill('2');
  await fundamentals.getByLabel('Minutes').fill('4');
  await fundamentals.getByRole('button', { name: 'Start round' }).click();
  await page.getByLabel('Your answer').fill('Variance: how much the fit changes with the sample.');
  await shoot(page, 'fundamentals');
  await page.getByRole('button', { name: 'Show model answer' }).click();
  await page.getByRole('radio', { name: 'Definition only' }).check();
  await shoot(page, 'fundamentals-answer', true);
  await page.getByRole('button', { name: 'Next question' }).click();
  await page.getByRole('checkbox', { name: 'Answered aloud' }).check();
  await page.getByRole('button', { name: 'Show model answer' }).click();
  await page.getByRole('radio', { name: 'Definition only' }).check();
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('heading', { name: 'Review: ML fundamentals' })).toBeVisible();
  await shoot(page, 'fundamentals-review', true);
  await page.goto('/gaps');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Definition without mechanism').first()).toBeVisible();
  await shoot(page, 'gaps', true);

  await page.goto('/practice');
  await page.getByRole('form', { name: 'ML system design' }).getByRole('button', { name: 'Start round' }).click();
  await expect(page.getByRole('timer').first()).toBeVisible();
  await page.getByLabel('Clarify requirements notes').fill('Who are the users? How fresh must results be?');
  await shoot(page, 'design-round');
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await expect(page.getByRole('heading', { name: /^Review: ML system design/ })).toBeVisible();
  await shoot(page, 'design-review', true);

  await page.goto('/practice');
  await page.getByRole('form', { name: 'Behavioral' }).getByRole('button', { name: 'Start round' }).click();
  await expect(page.getByRole('timer').first()).toBeVisible();
  await shoot(page, 'behavioral-round');
});

test('stories and a story drill, plan, rounds and a full loop, your data', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/stories');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shoot(page, 'stories-empty');
  const form = page.getByRole('form', { name: 'Add a story' });
  await form.getByLabel('Title').fill('Recovering a degraded ranking model');
  await form.getByLabel(/^Situation/).fill('Search CTR fell 8% after a retrain.');
  await form.getByLabel(/^Action/).fill('I bisected the feature pipeline and found a join bug.');
  await form.getByLabel(/^Result/).fill('CTR recovered within two days; we added a skew check.');
  await form.getByRole('checkbox', { name: 'production incident' }).check();
  await form.getByRole('button', { name: 'Save story' }).click();
  await expect(page.getByText('Recovering a degraded ranking model').first()).toBeVisible();
  await shoot(page, 'stories', true);
  await page.getByRole('link', { name: 'Drill “Recovering a degraded ranking model”' }).click();
  await expect(page.getByRole('timer', { name: 'Story time remaining' })).toBeVisible();
  await shoot(page, 'story-drill');

  await page.goto('/plan');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shoot(page, 'plan', true);
  await page.goto('/rounds');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shoot(page, 'rounds', true);
  await page
    .getByRole('article', { name: 'Full loop', exact: true })
    .getByRole('button', { name: 'Start round' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Full loop' })).toBeVisible();
  await shoot(page, 'loop', true);
  await page.goto('/data');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shoot(page, 'data', true);
});

async function interviewerPage(browser: Browser, link: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('status').filter({ hasText: 'Candidate connected' })).toBeVisible();
  return page;
}

test('a paired mock: the candidate side and the interviewer console', async ({ page, browser }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/pair');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shoot(page, 'pair-join');
  await page.goto('/');
  await page.getByRole('link', { name: 'Two Sum', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Paired mock (a partner interviews you)' }).check();
  await page.getByRole('textbox', { name: 'Pairing server' }).fill(PAIR_URL);
  await page.getByRole('button', { name: 'Start round' }).click();
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
  const link = await page.getByRole('textbox', { name: 'Join link for your interviewer' }).inputValue();
  const interviewer = await interviewerPage(browser, link);
  await waitForPython(page);
  await setCode(page, HALF_RIGHT);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(results(page).getByRole('heading')).toBeVisible({ timeout: 60_000 });
  await shoot(page, 'pair-candidate');
  await interviewer.setViewportSize({ width: 1440, height: 900 });
  await expect(interviewer.getByRole('list', { name: 'Round timeline' })).toContainText('Ran the examples');
  await shoot(interviewer, 'pair-interviewer');
  await interviewer.getByRole('tab', { name: 'Interrupt', exact: true }).click();
  await shoot(interviewer, 'pair-interviewer-interrupt');
  await interviewer.getByRole('tab', { name: 'Scorecard', exact: true }).click();
  await shoot(interviewer, 'pair-interviewer-scorecard', true);
  await interviewer.context().close();
});

test('no pairing server: both sides say so', async ({ page, browser }) => {
  const t0 = new Date('2026-12-03T09:00:00Z');
  await page.clock.install({ time: t0 });
  await page.goto('/');
  await page.getByRole('link', { name: 'Two Sum', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Paired mock (a partner interviews you)' }).check();
  await page.getByRole('textbox', { name: 'Pairing server' }).fill('ws://127.0.0.1:9');
  await page.getByRole('button', { name: 'Start round' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await page.clock.fastForward(6_000);
  await expect(page.getByRole('alert').filter({ hasText: 'No pairing server answers' })).toBeVisible();
  await shoot(page, 'pair-no-server-candidate');
  const context = await browser.newContext();
  const interviewer = await context.newPage();
  await interviewer.clock.install({ time: t0 });
  await interviewer.goto('/pair');
  await interviewer.getByRole('textbox', { name: 'Code' }).fill('ABCD-EFGH-JKMN-PQRS');
  await interviewer.getByRole('textbox', { name: 'Pairing server' }).fill('ws://127.0.0.1:9');
  await interviewer.getByRole('button', { name: 'Join' }).click();
  await expect(interviewer.getByRole('status')).toHaveText('Connecting to the pairing server…');
  await interviewer.clock.fastForward(6_000);
  await expect(interviewer.getByRole('alert').filter({ hasText: 'No pairing server answers' })).toBeVisible();
  await shoot(interviewer, 'pair-no-server-interviewer');
  await context.close();
});
