import { expect, test, type Page } from '@playwright/test';

/** Ends the round on screen early, as a candidate does with End round. */
async function endRoundEarly(page: Page): Promise<void> {
  await expect(page.getByRole('timer', { name: 'Time remaining' })).toBeVisible();
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Round ended' })).toBeVisible();
}

test('the full loop chains its rounds with a timed break, links each review and survives a reload', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-12-01T09:00:00') });
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rounds' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rounds' })).toBeVisible();
  await page
    .getByRole('article', { name: 'Full loop', exact: true })
    .getByRole('button', { name: 'Start round' })
    .click();

  await expect(page.getByRole('heading', { level: 1, name: 'Full loop' })).toBeVisible();
  const stages = page.getByRole('list', { name: 'Stages' }).getByRole('listitem');
  await expect(stages).toHaveCount(7);
  await expect(stages.nth(0)).toContainText('Coding · 45 min — not started');

  // Stage 1: a 45-minute coding round, ended early.
  await page.getByRole('button', { name: 'Next round: Coding · 45 min' }).click();
  await expect(page).toHaveURL(/\/round\//);
  const firstRound = page.url().split('/round/')[1]!;
  await expect(page.getByRole('timer', { name: 'Time remaining' })).toHaveText(/^(45:00|44:5\d)$/);
  await endRoundEarly(page);

  // One click back to the loop, which names what comes next; the break runs from the round's end.
  await page.getByRole('link', { name: 'Back to the loop — next: a 10-minute break, then ML coding' }).click();
  const breakTimer = page.getByRole('timer', { name: 'Break time left' });
  await expect(breakTimer).toHaveText(/^(10:00|09:[45]\d)$/);
  await expect(page.getByRole('button', { name: /^Next round/ })).toHaveCount(0);
  await page.clock.fastForward('05:00');
  await expect(breakTimer).toHaveText(/^0[45]:\d\d$/);
  await page.reload();
  await expect(breakTimer).toHaveText(/^0[45]:\d\d$/);
  await page.clock.fastForward('05:01');
  await expect(breakTimer).toHaveCount(0);

  // Stage 2: the ML coding round.
  await page.getByRole('button', { name: 'Next round: ML coding · 45 min' }).click();
  await expect(page).toHaveURL(/\/round\//);
  const secondRound = page.url().split('/round/')[1]!;
  expect(secondRound).not.toBe(firstRound);
  await endRoundEarly(page);
  await page.getByRole('link', { name: 'Back to the loop — next: a 10-minute break, then ML system design' }).click();

  // The second break can be skipped.
  await expect(breakTimer).toBeVisible();
  await page.getByRole('button', { name: 'Skip break' }).click();
  await expect(breakTimer).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Next round: ML system design · 45 min' })).toBeVisible();

  // Both finished rounds link to their own review, after a reload too.
  await page.reload();
  await expect(stages.nth(0).getByRole('link', { name: 'Review: Coding' })).toHaveAttribute(
    'href',
    `/review/${firstRound}`,
  );
  await expect(stages.nth(2).getByRole('link', { name: 'Review: ML coding' })).toHaveAttribute(
    'href',
    `/review/${secondRound}`,
  );
  await stages.nth(2).getByRole('link', { name: 'Review: ML coding' }).click();
  await expect(page).toHaveURL(new RegExp(`/review/${secondRound}$`));
  // The review's timeline ends with this round's own early end.
  await expect(page.getByRole('listitem').filter({ hasText: /You ended the round early$/ })).toBeVisible();
});

test('a phone screen is a coding round then ML basics, with no break, and ends with a loop summary', async ({
  page,
}) => {
  await page.goto('/rounds');
  await page
    .getByRole('article', { name: 'Phone screen', exact: true })
    .getByRole('button', { name: 'Start round' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Phone screen' })).toBeVisible();
  await page.getByRole('button', { name: 'Next round: Coding · 35 min' }).click();
  await endRoundEarly(page);
  await page.getByRole('link', { name: 'Back to the loop — next: ML fundamentals' }).click();

  // No break between the two halves: the fundamentals block is up at once, as a session of the loop.
  await expect(page.getByRole('timer', { name: 'Break time left' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Next round: ML fundamentals · 15 min' }).click();
  await expect(page).toHaveURL(/\/session\//);
  const session = page.url().split('/session/')[1]!;
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await expect(page).toHaveURL(new RegExp(`/session/${session}/review$`));
  await page.getByRole('link', { name: 'Back to the loop — next: the loop summary' }).click();

  const summary = page.getByRole('region', { name: 'Loop summary' });
  await expect(summary.getByRole('row')).toHaveCount(3);
  await expect(summary.getByRole('link', { name: 'Review: ML fundamentals' })).toHaveAttribute(
    'href',
    `/session/${session}/review`,
  );
  await expect(summary.getByRole('link', { name: 'Review: Coding' })).toHaveAttribute('href', /^\/review\//);
  await expect(page.getByRole('button', { name: /^Next round/ })).toHaveCount(0);
});

test('a saved round template is validated, survives a reload, and can be deleted', async ({ page }) => {
  await page.goto('/rounds');
  const form = page.getByRole('form', { name: 'New round template' });
  await form.getByLabel('Template name').fill('Two ML tasks, then a design');
  await form.getByLabel('Kind of round').selectOption('Full loop');
  const section = (n: number) => form.getByRole('group', { name: new RegExp(`^Section ${n}:`) });
  await section(1).getByLabel('Minutes').fill('30');
  await section(1).getByLabel('Problems').fill('2');
  await section(1).getByLabel('Family').selectOption('ML from scratch');
  await form.getByRole('button', { name: 'Add section' }).click();
  await section(2).getByLabel('Kind').selectOption('Break');
  await section(2).getByLabel('Minutes').fill('5');

  // A break cannot end a template: the form says so and nothing is saved.
  await form.getByRole('button', { name: 'Save template' }).click();
  await expect(form.getByRole('alert')).toContainText('a break must sit between two rounds');
  await expect(page.getByRole('article', { name: 'Two ML tasks, then a design' })).toHaveCount(0);

  await form.getByRole('button', { name: 'Add section' }).click();
  await section(3).getByLabel('Kind').selectOption('ML system design');
  await section(3).getByLabel('Minutes').fill('40');
  await expect(form).toContainText('Total: 75 min');
  await form.getByRole('button', { name: 'Save template' }).click();

  const card = page.getByRole('article', { name: 'Two ML tasks, then a design' });
  await expect(card).toContainText('75 min · 2 rounds');
  await page.reload();
  await expect(card.getByRole('listitem')).toHaveText([
    'ML coding · 2 ML tasks · 30 min',
    'Break · 5 min',
    'ML system design · 40 min',
  ]);
  await expect(card.getByRole('button', { name: 'Start round' })).toBeVisible();
  await card.getByRole('button', { name: 'Delete Two ML tasks, then a design' }).click();
  await expect(card).toHaveCount(0);
});

test('a single-round template opens its round at once: chosen problems for coding, a session for system design', async ({
  page,
}) => {
  await page.goto('/rounds');
  const coding = page.getByRole('article', { name: 'Coding', exact: true });
  await coding.getByText('Choose problems').click();
  await coding.getByLabel('Problem 1').selectOption({ label: 'Two Sum' });
  // Problem 2 stays random: it is filled with another algorithm problem.
  await coding.getByRole('button', { name: 'Start round' }).click();
  await expect(page).toHaveURL(/\/round\//);
  const tabs = page.getByRole('tablist', { name: 'Problems in this round' }).getByRole('tab');
  await expect(tabs).toHaveCount(2);
  await expect(tabs.first()).toHaveText('1. Two Sum');
  await expect(page.getByRole('timer', { name: 'Time remaining' })).toHaveText(/^(45:00|44:5\d)$/);

  await page.goto('/rounds');
  await page
    .getByRole('article', { name: 'ML system design', exact: true })
    .getByRole('button', { name: 'Start round' })
    .click();
  await expect(page).toHaveURL(/\/session\/[^/]+$/);
  await expect(page.getByRole('timer', { name: 'Time remaining' })).toHaveText(/^(1:00:00|59:5\d)$/);
});
