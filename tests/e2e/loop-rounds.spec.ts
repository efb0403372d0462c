// The rounds beyond coding, driven as a candidate would: an ML fundamentals round and an ML system
// design round from the Practice page to their reviews and the home page's history.
import { expect, test, type Page } from '@playwright/test';

const STEPS = ['Clarify requirements', 'ML objective', 'Data', 'Features and model', 'Serving', 'Monitoring'];

function main(page: Page) {
  return page.getByRole('main');
}

/** Opens the home page's history entry `label` by its Review link. */
async function openFromHistory(page: Page, label: string): Promise<void> {
  await page.goto('/');
  const entry = page.getByRole('region', { name: 'Recent rounds' }).getByRole('listitem').filter({ hasText: label });
  await expect(entry).toHaveCount(1);
  await entry.getByRole('link', { name: 'Review' }).click();
}

test('a three-question ML fundamentals round: typed and aloud answers, model answers, self-grades, an overrun, review and history', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/practice');
  const setup = page.getByRole('form', { name: 'ML fundamentals' });
  await setup.getByLabel('Questions').fill('3');
  await setup.getByLabel('Minutes').fill('3');
  await expect(setup).toContainText('01:00 per question');
  await setup.getByRole('button', { name: 'Start round' }).click();

  await expect(page.getByRole('heading', { name: 'ML fundamentals', level: 1 })).toBeVisible();
  const questionClock = page.getByRole('timer', { name: 'Question time left' });
  await expect(questionClock).toHaveText(/^(01:00|00:59)$/);
  await expect(page.getByRole('timer', { name: 'Time remaining' })).toHaveText(/^0[23]:\d\d$/);

  // Question 1: typed, then the model answer and the deeper follow-up behind its own reveal.
  await expect(main(page)).toContainText('Question 1 of 3');
  await page
    .getByLabel('Your answer')
    .fill('High variance: the fit changes a lot with the sample; regularise or add data.');
  await page.getByRole('button', { name: 'Show model answer' }).click();
  await expect(page.getByRole('heading', { name: 'Model answer' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'One level deeper' })).toBeVisible();
  await page.getByRole('button', { name: 'Show the deeper answer' }).click();
  await expect(page.getByRole('button', { name: 'Show the deeper answer' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Next question' })).toBeDisabled();
  await page.getByRole('radio', { name: 'Mechanism', exact: true }).check();
  await page.getByRole('button', { name: 'Next question' }).click();

  // Question 2: answered aloud, after its minute ran out: the overrun shows and is recorded.
  await expect(main(page)).toContainText('Question 2 of 3');
  await page.getByRole('checkbox', { name: 'Answered aloud' }).check();
  await page.clock.fastForward('01:05');
  await expect(questionClock).toHaveText(/^\+00:0[5-7] over$/);
  await expect(main(page)).toContainText('Over the limit');
  await page.getByRole('button', { name: 'Show model answer' }).click();
  await expect(main(page).getByRole('status')).toContainText('over the limit');
  await page.getByRole('radio', { name: 'Definition only' }).check();
  await page.getByRole('button', { name: 'Next question' }).click();

  // Question 3: typed, graded, then Finish.
  await expect(main(page)).toContainText('Question 3 of 3');
  await expect(questionClock).toHaveText(/^(01:00|00:5\d)$/);
  await page
    .getByLabel('Your answer')
    .fill('Leakage: a feature computed with information from after the prediction time.');
  await page.getByRole('button', { name: 'Show model answer' }).click();
  await page.getByRole('radio', { name: 'Mechanism plus own example' }).check();
  await expect(page.getByRole('button', { name: 'Next question' })).toHaveCount(0);
  // The last question ends with Finish, and the review says the round was finished, not ended early.
  await page.getByRole('button', { name: 'Finish' }).click();

  const review = async () => {
    await expect(page.getByRole('heading', { name: 'Review: ML fundamentals' })).toBeVisible();
    await expect(main(page)).toContainText(/ · finished/);
    await expect(main(page)).not.toContainText('ended early');
    const summary = page.getByRole('region', { name: 'Summary' });
    await expect(summary).toContainText(/Questions answered\s*3 of 3/);
    await expect(summary).toContainText(/Definition only\s*1/);
    await expect(summary).toContainText(/Mechanism\s*1/);
    await expect(summary).toContainText(/Mechanism plus own example\s*1/);
    await expect(summary).toContainText(/Over the time limit\s*1/);
    const q = (n: number) => page.getByRole('article', { name: `Question ${n}` });
    await expect(q(1)).toContainText('High variance: the fit changes a lot');
    await expect(q(1)).toContainText(/Grade\s*Mechanism(?! plus)/);
    await expect(q(2)).toContainText('Answered aloud');
    await expect(q(2)).toContainText('over the limit');
    await expect(q(2)).toContainText(/Grade\s*Definition only/);
    await expect(q(3)).toContainText(/Grade\s*Mechanism plus own example/);
    await expect(q(3)).not.toContainText('over the limit');
  };
  await review();

  // The review is stored, not held in memory: it survives a reload and is reachable from history.
  await page.reload();
  await review();
  await openFromHistory(page, 'ML fundamentals · 3 questions');
  await review();

  // The "definition only" answer is a gap entry whose link opens this review, not a round's.
  await page.goto('/gaps');
  const entry = page.getByRole('listitem').filter({ hasText: 'Answered aloud' });
  await entry.getByRole('link', { name: /^round at / }).click();
  await review();
});

test('an ML system design round through all six steps, with a reload mid-round, then review and history', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/practice');
  const setup = page.getByRole('form', { name: 'ML system design' });
  await setup.getByLabel('Prompt').selectOption({ label: 'Fraud detection for card transactions' });
  await setup.getByRole('button', { name: 'Start round' }).click();

  await expect(
    page.getByRole('heading', { name: 'ML system design: Fraud detection for card transactions' }),
  ).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Prompt' })).toContainText('card');
  const stepClock = page.getByRole('timer', { name: 'Step time left' });
  await expect(stepClock).toHaveText(/^(05:00|04:5\d)$/);
  // Steps ahead have no notes yet: the framework is walked in order.
  await expect(page.getByLabel('ML objective notes')).toHaveCount(0);

  const notes = (step: string) => `${step}: our notes on fraud for this step`;
  await page
    .getByLabel('Clarify requirements notes')
    .fill(
      `${notes('Clarify requirements')}. How many transactions per second, what share is fraud, and how late do chargebacks arrive?`,
    );
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(stepClock).toHaveText(/^(08:00|07:5\d)$/);
  await page.getByLabel('ML objective notes').fill(notes('ML objective'));

  // A reload mid-round keeps the notes typed so far and the step reached.
  await page.clock.runFor(1000);
  await page.reload();
  await expect(page.getByLabel('Clarify requirements notes')).toHaveValue(/How many transactions per second/);
  await expect(page.getByLabel('ML objective notes')).toHaveValue(notes('ML objective'));
  await expect(
    page.getByRole('region', { name: '2. ML objective' }).getByRole('timer', { name: 'Step time left' }),
  ).toBeVisible();

  const checklist = page.getByRole('form', { name: 'Numbers checklist' });
  await checklist.getByLabel('Storage').fill('2 TB of transaction history, 40 GB online features');
  await checklist.getByLabel('QPS').fill('3k payments per second at peak');
  await checklist.getByLabel('Latency budget').fill('under 50 ms at p99');

  for (const step of STEPS.slice(1)) {
    if (step !== 'ML objective') await page.getByLabel(`${step} notes`, { exact: true }).fill(notes(step));
    if (step === 'Monitoring') break;
    await page.getByRole('button', { name: 'Next step' }).click();
  }
  // The monitoring step separates the two drifts and asks for alerting and rollback.
  const prompts = page.getByRole('list', { name: 'Monitoring prompts' });
  await expect(prompts).toContainText('Data drift');
  await expect(prompts).toContainText('Concept drift');
  await expect(prompts).toContainText('Alerting');
  await expect(prompts).toContainText('Rollback');
  await expect(page.getByRole('button', { name: 'Next step' })).toHaveCount(0);
  // Finish is offered on the last step; End round still ends it early.
  await expect(page.getByRole('button', { name: 'Finish' })).toBeVisible();
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await expect(page.getByRole('main')).toContainText(' · ended early');

  const review = async () => {
    await expect(
      page.getByRole('heading', { name: 'Review: ML system design: Fraud detection for card transactions' }),
    ).toBeVisible();
    for (const step of STEPS) {
      const section = page.getByRole('region', { name: step, exact: true });
      await expect(section).toContainText(notes(step));
      await expect(section.getByRole('heading', { name: 'Key points' })).toBeVisible();
      await expect(section.getByRole('listitem').first()).toBeVisible();
      await expect(section).toContainText(/Coverage: \d+ of \d+ key points/);
    }
    const numbers = page.getByRole('region', { name: 'Numbers checklist' });
    await expect(numbers).toContainText('Missing: Refresh frequency.');
    await expect(numbers.getByRole('row', { name: /QPS/ })).toContainText('3k payments per second at peak');
    await expect(numbers.getByRole('row', { name: /Refresh frequency/ })).toContainText('Missing');
  };
  await review();
  await openFromHistory(page, 'ML system design · Fraud detection for card transactions');
  await review();
});

test('a behavioral round tells a story from the inventory against a 90 s clock and ends itself when time is up', async ({
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

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' }).click();
  const setup = page.getByRole('form', { name: 'Behavioral' });
  await setup.getByLabel('Questions').fill('2');
  await setup.getByLabel('Minutes').fill('5');
  await setup.getByRole('button', { name: 'Start round' }).click();

  // The first question matches the story's tag, so the story is offered with the shared tag.
  await expect(main(page)).toContainText('Question 1 of 2');
  const story = page.getByLabel('Story you are telling');
  await expect(
    story.getByRole('option', { name: 'Recovering a degraded ranking model (production incident)' }),
  ).toBeAttached();
  await story.selectOption({ label: 'Recovering a degraded ranking model (production incident)' });
  await page.getByLabel('Answer notes').fill('S: CTR fell 8%. A: bisected the pipeline. R: recovered in two days.');
  await page.getByRole('group', { name: 'Structure' }).getByRole('radio', { name: 'strong' }).check();
  await expect(page.getByRole('region', { name: 'Follow-ups' }).getByRole('listitem').first()).toBeVisible();
  const answerClock = page.getByRole('timer', { name: 'Answer time left' });
  await page.clock.fastForward('01:35');
  await expect(answerClock).toHaveText(/^\+00:0[5-7] over$/);
  await page.getByRole('button', { name: 'Next question' }).click();

  await expect(main(page)).toContainText('Question 2 of 2');
  await page.getByLabel('Answer notes').fill('Notes typed just before the clock ran out');
  // The round's clock keeps going; at zero the round ends on its own and the review opens.
  await page.clock.fastForward('04:00');
  await expect(page.getByRole('heading', { name: 'Review: Behavioral' })).toBeVisible();
  await expect(main(page)).toContainText('ended when time was up');
  const first = page.getByRole('article', { name: 'Question 1' });
  await expect(first).toContainText('Recovering a degraded ranking model');
  await expect(first).toContainText('R: recovered in two days.');
  await expect(first).toContainText(/Structure\s*strong/);
  await expect(first).toContainText('over 01:30');
  await expect(page.getByRole('article', { name: 'Question 2' })).toContainText(
    'Notes typed just before the clock ran out',
  );
  await openFromHistory(page, 'Behavioral · 2 questions');
  await expect(page.getByRole('heading', { name: 'Review: Behavioral' })).toBeVisible();
});
