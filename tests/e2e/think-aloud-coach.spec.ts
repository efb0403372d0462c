// The narration coach on a real recording: Chromium's fake microphone plays
// tests/fixtures/think-aloud-long.wav (speech, 60 s of silence, speech) while the candidate types.
// The recording's length is real time, so this test takes about two minutes.
import { fakeMicrophone } from './fake-microphone.ts';
import { expect, test } from '@playwright/test';
import { setCode } from './helpers.ts';

test.use(fakeMicrophone('think-aloud-long.wav'));

const seconds = (clock: string) => clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);

test('the coach flags the silence while typing, not the speech, from a model served by this origin', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const elsewhere: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith('blob:') && !r.url().startsWith('data:'))
      elsewhere.push(r.url());
  });
  const vadFiles: string[] = [];
  context.on('request', (r) => {
    if (/\.(onnx|wasm)$/.test(new URL(r.url()).pathname) && !r.url().includes('pyodide')) vadFiles.push(r.url());
  });

  await page.goto('/problems/two-sum');
  await page.getByRole('checkbox', { name: 'Record my thinking aloud' }).check();
  await page.getByRole('radio', { name: '20 min' }).check();
  await page.getByRole('button', { name: 'Start round' }).click();
  await expect(page.getByRole('status', { name: 'Think-aloud recording' })).toContainText('Recording your voice', {
    timeout: 45_000,
  });
  // Recording before the review: no voice model is loaded.
  expect(vadFiles).toEqual([]);

  // The fixture speaks for 6 s, is silent for 60 s, then speaks again: type during the silence.
  // Real time, not Playwright's clock: the recording's length is the fixture's.
  await page.waitForTimeout(20_000);
  await setCode(page, 'class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n');
  await page.waitForTimeout(20_000);
  await setCode(
    page,
    'class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n        for i, x in enumerate(nums):\n',
  );
  await page.waitForTimeout(36_000);
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await page.getByRole('link', { name: 'Review this round' }).click();

  const silences = page.getByRole('list', { name: 'Long silences' });
  await expect(silences.getByRole('listitem')).toHaveCount(1, { timeout: 90_000 });
  const line = (await silences.getByRole('listitem').textContent())!;
  expect(line).toContain('silent while writing code');
  const [, from, to] = /(\d\d:\d\d)–(\d\d:\d\d)/.exec(line)!;
  // Silent from about 6 s to about 66 s of the recording (which starts a moment after the round).
  expect(seconds(from!)).toBeGreaterThanOrEqual(5);
  expect(seconds(from!)).toBeLessThanOrEqual(11);
  expect(seconds(to!)).toBeGreaterThanOrEqual(64);
  expect(seconds(to!)).toBeLessThanOrEqual(72);
  const figures = page.getByRole('list', { name: 'Narration figures' });
  await expect(figures).toContainText('Spoken:');
  await expect(figures).toContainText(/Longest silence: 1:0\d/);

  // Play from the silence: the audio goes there.
  await silences.getByRole('button', { name: /Play from/ }).click();
  await expect
    .poll(() => page.getByLabel('Think-aloud audio').evaluate((a: HTMLAudioElement) => a.currentTime))
    .toBeGreaterThan(3);

  // Filed as a gap entry.
  await silences.getByRole('button', { name: 'File as a gap entry' }).click();
  await expect(silences).toContainText('Filed in the gap log');

  // Your data lists the audio with its size; Delete audio keeps the round.
  const review = page.url();
  await page.getByRole('link', { name: 'Your data' }).click();
  const recorded = page.getByRole('list', { name: 'Recorded rounds' });
  await expect(recorded.getByRole('listitem')).toHaveCount(1);
  await expect(recorded).toContainText(/Two Sum.* · 1:\d\d · [\d.]+ [kM]B/);
  await recorded.getByRole('button', { name: /Delete audio of Two Sum/ }).click();
  await expect(page.getByText('No recorded rounds.')).toBeVisible();
  await page.goto(review);
  await expect(page.getByRole('heading', { name: 'Review: Two Sum' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your voice' })).toHaveCount(0);

  expect(vadFiles.length).toBeGreaterThan(0);
  expect(elsewhere).toEqual([]);
});
