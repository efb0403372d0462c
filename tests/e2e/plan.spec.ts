import { expect, test } from '@playwright/test';

test('routing answers give a starting phase; a 2-week plan shows today and keeps its last day for review', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-12-01T10:00:00') });
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Readiness and study plan' })).toBeVisible();

  const result = page
    .getByRole('status')
    .filter({ hasText: 'Start with' })
    .or(page.getByRole('status').filter({ hasText: 'Answer all four' }));
  await expect(result).toHaveText('Answer all four questions to see where to start.');
  const answer = (question: RegExp, yes: boolean) =>
    page
      .getByRole('group', { name: question })
      .getByRole('radio', { name: yes ? 'Yes' : 'No' })
      .check();
  await answer(/bias-variance/, true);
  await answer(/shipped a model/, true);
  await answer(/six steps/, false);
  await answer(/mock interview/, true);
  await expect(result).toHaveText('Start with: Coding');
  await answer(/six steps/, true);
  await expect(result).toHaveText('Start with: Mock interviews');

  // Checklists from an empty history: nothing met yet, each with a drill.
  const checklists = page.getByRole('region', { name: 'Readiness checklists' });
  await expect(checklists.getByRole('heading', { name: /ML system design \(0 of 2 met\)/ })).toBeVisible();
  await expect(checklists.getByRole('link', { name: /Drill: your stories/ })).toHaveAttribute('href', '/stories');

  const form = page.getByRole('form', { name: 'Create a study plan' });
  await form.getByRole('radio', { name: '2 weeks (compressed)' }).check();
  await form.getByLabel('Interview date').fill('2026-12-15');
  await form.getByRole('button', { name: 'Create plan' }).click();

  await expect(page.getByText('0 of 14 days done · on track')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Today, day 1:/ })).toBeVisible();
  const today = page.getByRole('list', { name: 'Today’s activities' }).getByRole('listitem');
  await expect(today).toHaveCount(4);
  await expect(today.nth(0).getByRole('link', { name: 'Open the problem' })).toHaveAttribute('href', /^\/problems\//);
  await expect(today.nth(1).getByRole('button', { name: 'Start a 45-minute fundamentals round' })).toBeVisible();
  await expect(today.nth(2).getByRole('button', { name: 'Start this design' })).toBeVisible();

  // Ticking today by hand counts it.
  // The box follows storage, so it turns checked once the tick is saved.
  await page.getByRole('checkbox', { name: 'Today is done' }).click();
  await expect(page.getByRole('checkbox', { name: 'Today is done' })).toBeChecked();
  await expect(page.getByText('1 of 14 days done · on track')).toBeVisible();

  // The day before the interview: review only. Days 2 to 13 were missed.
  await page.clock.setSystemTime(new Date('2026-12-14T08:00:00'));
  await page.reload();
  await expect(page.getByRole('heading', { name: /^Today, day 14:/ })).toBeVisible();
  await expect(page.getByText('Review only — no new material.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Today’s activities' })).not.toContainText('Coding:');
  await expect(page.getByRole('link', { name: 'Open the problem' })).toHaveCount(0);
  await expect(page.getByText('1 of 14 days done · behind by 12 days')).toBeVisible();
  // The answers were kept with the plan.
  await expect(result).toHaveText('Start with: Mock interviews');
});
