// What a person reads in the results panel and the review: values as Python prints them, every
// differing position with the tolerance, and words, never the app's internal codes.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { results, setCode, startRound, waitForPython } from './helpers.ts';

/** Internal codes that must never reach a person. */
const CODES =
  /\b(wrong-answer|runtime-error|time-limit|output-limit|not-run|ended-early|time-up|no-hire|storyDrills|re-drill\(s\)|day\(s\))\b/;

const SHOTS = process.env.WORDS_SHOTS === '1';

/** Screenshots at 390 and 1440 px, of the page or of one part of it (WORDS_SHOTS=1 only). */
async function shot(page: Page, name: string, part?: Locator) {
  if (!SHOTS) return;
  for (const width of [390, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    if (part) await part.screenshot({ path: `docs/screenshots/${name}-${width}.png` });
    else await page.screenshot({ path: `docs/screenshots/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a wrong float answer prints 1.0 as Python does, lists every differing position with the tolerance, and the review reads in words', async ({
  page,
}) => {
  await startRound(page, 'Linear Regression by Batch Gradient Descent', 20);
  await waitForPython(page);
  // Off in both places for example 1, and a syntax-free but wrong answer for the others.
  await setCode(
    page,
    'def linear_regression_gd(X, y, lr, epochs):\n    print("epochs", epochs)\n    return [2.5, 0] + [0.0] * (len(X[0]) - 1)\n',
  );
  await page.getByRole('button', { name: 'Run' }).click();
  const panel = results(page);
  await expect(panel.getByRole('heading')).toHaveText('Run: Wrong answer');
  const first = panel.getByRole('listitem').filter({ hasText: 'example 1' });
  // The expected value as the statement prints it: 1.0, not 1.
  await expect(first).toContainText('[2.2666666666666666, 1.0]');
  await expect(first).toContainText('[2.5, 0.0]');
  await expect(first).toContainText('2 positions differ; numbers count as equal within');
  await expect(first.getByRole('table')).toContainText('[1]');
  await expect(first).toContainText('epochs 1'); // the case's own output
  await expect(panel).not.toContainText(CODES);
  await shot(page, 'results-wrong-floats', panel);

  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await page.getByRole('link', { name: 'Review this round' }).click();
  await expect(page.getByRole('heading', { name: /^Review: / })).toBeVisible();
  const review = page.getByRole('article');
  // One line per run, with its verdict and counts, and the problem title not repeated on it.
  const runLine = page.getByRole('listitem').filter({ hasText: 'Run: wrong answer on example 1' });
  await expect(runLine).toHaveCount(1);
  await expect(runLine).toContainText(/0 of 3 examples passed/);
  await expect(runLine).not.toContainText('Linear Regression');
  await expect(review).toContainText('You ended the round early');
  await expect(review).not.toContainText(CODES);
  // The code is shown once, coloured, in the read-only replay editor.
  await expect(page.getByLabel('Code at this moment')).toContainText('def linear_regression_gd');
  await expect(page.locator('.code-view')).toHaveCount(0);
  await expect(page.getByLabel('Code at this moment').locator('.mtk1, .mtk6, .mtk8').first()).toBeVisible();
  await shot(page, 'review');

  await page.goto('/');
  const recent = page.getByRole('region', { name: 'Recent rounds' });
  await expect(recent).toContainText('Not accepted · ended early');
  await expect(recent).not.toContainText(CODES);
  await shot(page, 'home-recent-rounds', recent);
});

test('a paired round with no pairing server says so within 5 seconds, with the command to start one', async ({
  page,
}) => {
  // The page's clock stands still unless the test moves it, however slow the machine.
  const t0 = new Date('2026-12-03T09:00:00Z');
  await page.clock.install({ time: t0 });
  await page.clock.pauseAt(new Date(t0.getTime() + 1_000));
  await page.goto('/');
  await page.getByRole('link', { name: 'Two Sum', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Paired mock (a partner interviews you)' }).check();
  // Nothing listens on the discard port.
  await page.getByRole('textbox', { name: 'Pairing server' }).fill('ws://127.0.0.1:9');
  await page.getByRole('button', { name: 'Start round' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  const panel = page.getByRole('region', { name: 'Paired mock' });
  await expect(panel.getByRole('status')).toHaveText('Connecting to the pairing server…');
  const hint = panel.getByRole('alert').filter({ hasText: 'No pairing server answers' });
  await page.clock.fastForward(4_000);
  await expect(hint).toHaveCount(0);
  await page.clock.fastForward(1_500);
  await expect(hint).toContainText('ws://127.0.0.1:9');
  await expect(hint).toContainText('npm run pair-server');
});

test('the interviewer console with no pairing server says so within 5 seconds too, with the command', async ({
  page,
}) => {
  const t0 = new Date('2026-12-03T09:00:00Z');
  await page.clock.install({ time: t0 });
  await page.clock.pauseAt(new Date(t0.getTime() + 1_000));
  await page.goto('/pair');
  await page.getByRole('textbox', { name: 'Code' }).fill('ABCD-EFGH-JKMN-PQRS');
  // Nothing listens on the discard port.
  await page.getByRole('textbox', { name: 'Pairing server' }).fill('ws://127.0.0.1:9');
  await page.getByRole('button', { name: 'Join' }).click();
  const console = page.getByRole('main', { name: 'Interviewer console' });
  await expect(console.getByRole('status')).toHaveText('Connecting to the pairing server…');
  const hint = console.getByRole('alert').filter({ hasText: 'No pairing server answers' });
  await page.clock.fastForward(4_000);
  await expect(hint).toHaveCount(0);
  await page.clock.fastForward(1_500);
  await expect(hint).toContainText('ws://127.0.0.1:9');
  await expect(hint).toContainText('npm run pair-server');
  await expect(hint).toContainText('Ask the candidate to start one');
});
