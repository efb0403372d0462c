// The design system as a candidate meets it: a dark system setting gives a dark page and editor, the
// Theme control overrides it and is remembered; every route has its own title, one h1 and a skip
// link; and from 360 px up no page scrolls sideways, the navigation sits behind Menu, and a round
// can be started and played on a phone.
import { expect, test, type Page } from '@playwright/test';
import { results, setCode, startRound, TWO_SUM, waitForPython } from './helpers.ts';

interface Route {
  path: string;
  title: string;
}

/** Makes one of everything (a round and its review, a practice round and its review, a loop, a story). */
async function everyRoute(page: Page): Promise<Route[]> {
  await startRound(page, 'Two Sum', 20);
  const round = new URL(page.url()).pathname;
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await expect(page.getByRole('link', { name: 'Review this round' })).toBeVisible();
  const review = round.replace('/round/', '/review/');

  await page.goto('/practice');
  const setup = page.getByRole('form', { name: 'ML system design' });
  await setup.getByRole('button', { name: 'Start round' }).click();
  await expect(page.getByRole('timer').first()).toBeVisible();
  const session = new URL(page.url()).pathname;

  await page.goto('/rounds');
  await page
    .getByRole('article', { name: 'Full loop', exact: true })
    .getByRole('button', { name: 'Start round' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Full loop' })).toBeVisible();
  const loop = new URL(page.url()).pathname;

  await page.goto('/stories');
  const form = page.getByRole('form', { name: 'Add a story' });
  await form.getByLabel('Title').fill('A model that drifted');
  await form.getByLabel(/^Situation/).fill('Precision fell after a holiday.');
  await form.getByLabel(/^Action/).fill('I added a drift monitor.');
  await form.getByLabel(/^Result/).fill('Alerts came a week earlier.');
  await form.getByRole('button', { name: 'Save story' }).click();
  await page.getByRole('link', { name: 'Drill “A model that drifted”' }).click();
  await expect(page.getByRole('timer', { name: 'Story time remaining' })).toBeVisible();
  const drill = new URL(page.url()).pathname;

  return [
    { path: '/', title: 'Problems · Mockloop' },
    { path: '/problems/two-sum', title: 'Two Sum · Mockloop' },
    { path: round, title: 'Two Sum · Round · Mockloop' },
    { path: review, title: 'Two Sum · Review · Mockloop' },
    { path: '/rounds', title: 'Rounds · Mockloop' },
    { path: loop, title: 'Full loop · Mockloop' },
    { path: '/plan', title: 'Plan · Mockloop' },
    { path: '/gaps', title: 'Gap log · Mockloop' },
    { path: '/practice', title: 'Practice · Mockloop' },
    { path: session, title: 'ML system design · Practice round · Mockloop' },
    { path: '/stories', title: 'Stories · Mockloop' },
    { path: drill, title: 'A model that drifted · Story drill · Mockloop' },
    { path: '/data', title: 'Your data · Mockloop' },
    { path: '/pair', title: 'Interviewer · Mockloop' },
    { path: '/no/such/page', title: 'Page not found · Mockloop' },
  ];
}

async function settle(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.locator('h1')).toHaveCount(1);
}

test('every route has its own title, one h1 and a skip link, and none scrolls sideways at 360 or 390 px', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const routes = await everyRoute(page);
  for (const width of [390, 360]) {
    await page.setViewportSize({ width, height: 800 });
    for (const route of routes) {
      await settle(page, route.path);
      await expect(page, route.path).toHaveTitle(route.title);
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll, `${route.path} at ${width} px`).toBeLessThanOrEqual(widths.client);
    }
  }
  // The skip link is the first stop of the keyboard and lands on the page's content.
  await page.goto('/gaps');
  // The page itself, not the loading placeholder (which has no links yet), takes the first Tab.
  await expect(page.getByRole('heading', { level: 1, name: 'Gap log' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#content')).toBeFocused();
});

test('under a dark system setting the page and the editor are dark; the Theme control overrides it and is remembered', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await startRound(page, 'Two Sum', 30);
  const background = () => page.evaluate(() => getComputedStyle(document.body.parentElement!).backgroundColor);
  expect(await background()).toBe('rgb(15, 18, 22)');
  await expect(page.locator('.monaco-editor').first()).toHaveClass(/vs-dark/);

  await page.getByLabel('Theme').selectOption('Light');
  expect(await background()).toBe('rgb(246, 247, 249)');
  await expect(page.locator('.monaco-editor').first()).not.toHaveClass(/vs-dark/);
  await page.reload();
  await expect(page.getByLabel('Theme')).toHaveValue('light');
  expect(await background()).toBe('rgb(246, 247, 249)');

  // System follows the system again, live.
  await page.getByLabel('Theme').selectOption('System');
  expect(await background()).toBe('rgb(15, 18, 22)');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(background).toBe('rgb(246, 247, 249)');
});

test('on a phone the navigation is behind Menu, and a round is started and played with Statement and Code tabs', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeHidden();
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
  await nav.getByRole('link', { name: 'Gap log' }).click();
  await expect(page).toHaveURL(/\/gaps$/);
  await expect(nav).toBeHidden();

  await page.goto('/problems/two-sum');
  await page.getByRole('radio', { name: '20 min' }).check();
  // Clicked where a finger would: nothing may cover it.
  await page.getByRole('button', { name: 'Start round' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Statement' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Two Sum' }).last()).toBeVisible();
  await page.getByRole('tab', { name: 'Code' }).click();
  const box = await page.locator('.editor-frame').boundingBox();
  expect(box!.width).toBeGreaterThan(390 - 40);
  await waitForPython(page);
  await setCode(page, TWO_SUM);
  for (const name of ['Run', 'Submit', 'End round']) {
    const button = page.getByRole('button', { name, exact: true });
    await expect(button).toBeInViewport();
    expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(40);
  }
  await expect(page.getByRole('timer')).toBeInViewport();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(
    results(page)
      .getByText(/Passed|Accepted/)
      .first(),
  ).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(results(page).getByText('Accepted').first()).toBeVisible({ timeout: 60_000 });
});
