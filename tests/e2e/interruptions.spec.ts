import { expect, test } from '@playwright/test';
import { setCode, startRound } from './helpers.ts';

const ROUND_S = 10 * 60;

test('a 10-minute round with interruptions every 2 minutes asks exactly 5 questions on time, survives a reload, and records every answer', async ({
  page,
}) => {
  await page.clock.install();
  await startRound(page, 'Two Sum', 10, { interruptEvery: 2 });
  await setCode(page, '# thinking out loud\n');
  const dialog = page.getByRole('alertdialog', { name: 'Interviewer interruption' });
  const timer = page.getByRole('timer');
  const questions: string[] = [];

  // Real time also flows under page.clock: read the countdown and move the clock to exact moments.
  const elapsed = async () => {
    const [m, s] = (await timer.textContent())!.split(':').map(Number);
    return ROUND_S - (m! * 60 + s!);
  };
  const advanceTo = async (second: number) => {
    const now = await elapsed();
    if (second > now) await page.clock.fastForward((second - now) * 1000);
  };
  const answerNext = async (aloud = false) => {
    await expect(dialog).toBeVisible();
    questions.push((await dialog.locator('.question').textContent())!);
    if (aloud) {
      await dialog.getByRole('radio', { name: 'Partial' }).check();
      await dialog.getByRole('button', { name: 'Answered aloud' }).click();
    } else {
      await dialog.getByRole('textbox', { name: 'Your answer' }).fill(`answer ${questions.length}`);
      await dialog.getByRole('button', { name: 'Submit answer' }).click();
    }
    await expect(dialog).toBeHidden();
  };

  await advanceTo(117);
  await expect(dialog).toBeHidden();
  await advanceTo(121);
  await expect(timer).toHaveText(/^07:5\d$/);
  await answerNext();

  // The clock keeps running while a question is open.
  await advanceTo(241);
  await expect(dialog).toBeVisible();
  await page.clock.fastForward('00:05');
  await expect(timer).toHaveText(/^05:5\d$/);
  await answerNext(true);

  // Reload between interruptions: nothing is asked again, and the schedule holds.
  await advanceTo(300);
  await page.reload();
  await expect(timer).toHaveText(/^0[45]:\d\d$/);
  await expect(dialog).toBeHidden();
  await advanceTo(357);
  await expect(dialog).toBeHidden();
  await advanceTo(361);
  await answerNext();
  await advanceTo(481);
  await answerNext();
  // The fifth is the closing question, asked as time runs out; it can still be answered.
  await page.clock.fastForward('02:00');
  await expect(page.getByRole('status').filter({ hasText: 'Time is up' })).toBeVisible();
  await expect(timer).toHaveText('00:00');
  await answerNext();
  await page.clock.fastForward('05:00');
  await expect(dialog).toBeHidden();

  expect(new Set(questions).size).toBe(5);
  await page.getByRole('link', { name: 'Review this round' }).click();
  const timeline = page.getByRole('list').filter({ hasText: 'Interviewer asked' });
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Interviewer asked' })).toHaveCount(5);
  await expect(timeline.getByRole('listitem').filter({ hasText: /\d\d:\d\d Answered/ })).toHaveCount(5);
  await expect(timeline).toContainText('Answered in writing');
  await expect(timeline).toContainText('answer 1');
  await expect(timeline).toContainText('Answered aloud');
  await expect(timeline).toContainText('self-rating: partial');
  for (const q of questions) await expect(timeline).toContainText(q);
});
