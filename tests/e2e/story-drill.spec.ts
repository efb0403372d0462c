import { expect, test } from '@playwright/test';

test('a STAR story is drilled at 90 s, 30 s and 90 s under probes, with overrun and ratings recorded', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/stories');
  const form = page.getByRole('form', { name: 'Add a story' });
  await form.getByLabel('Title').fill('Recovering a degraded ranking model');
  await form.getByLabel(/^Situation/).fill('Search CTR fell 8% after a retrain.');
  await form.getByLabel(/^Action/).fill('I bisected the feature pipeline and found a join bug.');
  await form.getByLabel(/^Result/).fill('CTR recovered within two days; we added a skew check.');
  await form.getByRole('checkbox', { name: 'production incident' }).check();
  await form.getByRole('button', { name: 'Save story' }).click();
  await expect(page.getByText('Recovering a degraded ranking model')).toBeVisible();

  // Stories persist with the rest of the history.
  await page.reload();
  await page.getByRole('link', { name: 'Drill “Recovering a degraded ranking model”' }).click();
  const timer = page.getByRole('timer', { name: 'Story time remaining' });
  const stage = page.getByRole('main');

  // Stage 1: 90 seconds, overrun by 5.
  await expect(page.getByRole('heading', { name: 'Stage 1 of 3: 90-second version' })).toBeVisible();
  await expect(timer).toHaveText('01:30');
  await page.getByRole('button', { name: 'Start telling' }).click();
  await page.clock.fastForward('01:29');
  await expect(timer).toHaveText(/^00:0[01]$/);
  await page.clock.fastForward('00:06');
  await expect(timer).toHaveText(/^\+00:0[56] over$/);
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(stage.getByRole('status')).toHaveText(/Took 9[56] s — [56] s over the 90 s limit/);
  await page.getByRole('group', { name: 'Structure' }).getByRole('radio', { name: 'ok' }).check();
  await page.getByRole('group', { name: 'Specificity' }).getByRole('radio', { name: 'weak' }).check();
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // Stage 2: 30 seconds, finished in time.
  await expect(page.getByRole('heading', { name: 'Stage 2 of 3: 30-second version' })).toBeVisible();
  await expect(timer).toHaveText('00:30');
  await page.getByRole('button', { name: 'Start telling' }).click();
  await page.clock.fastForward('00:25');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(stage.getByRole('status')).toHaveText(/within 30 s/);
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // Stage 3: probes every 30 seconds.
  await expect(page.getByRole('heading', { name: 'Stage 3 of 3: 90 seconds under interruption' })).toBeVisible();
  await page.getByRole('button', { name: 'Start telling' }).click();
  await page.clock.fastForward('00:29');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.clock.fastForward('00:02');
  await expect(page.getByRole('alert')).toHaveCount(1);
  await expect(page.getByRole('alert').first()).toContainText('Interviewer:');
  await page.clock.fastForward('00:30');
  await expect(page.getByRole('alert')).toHaveCount(2);
  await page.clock.fastForward('00:20');
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(stage.getByRole('status')).toHaveText(/Drill complete/);

  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('90-second version');
  await expect(rows.nth(1)).toContainText(/[56] s/);
  await expect(rows.nth(1)).toContainText('weak');
  await expect(rows.nth(2)).toContainText('30-second version');
  await expect(rows.nth(2)).toContainText('—');
  await expect(rows.nth(3)).toContainText('90 seconds under interruption');
  await expect(rows.nth(3).getByRole('cell').nth(4)).toHaveText('2');
});
