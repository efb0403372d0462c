// Think-aloud recording with Chromium's fake microphone, fed by a WAV made by
// tests/fixtures/make-think-aloud-wav.sh (speech, 3 s of silence, speech; it loops).
import { fakeMicrophone } from './fake-microphone.ts';
import { expect, test, type Page } from '@playwright/test';
import { results, setCode, waitForPython } from './helpers.ts';

test.use(fakeMicrophone('think-aloud-short.wav'));

/** Opens Two Sum's setup, ticks Record my thinking aloud, and starts a 20-minute round. */
async function startRecordedRound(page: Page) {
  await page.goto('/problems/two-sum');
  const box = page.getByRole('checkbox', { name: 'Record my thinking aloud' });
  await expect(box).not.toBeChecked();
  await box.check();
  await expect(page.getByText('The audio never leaves this browser')).toBeVisible();
  await page.getByRole('radio', { name: '20 min' }).check();
  await page.getByRole('button', { name: 'Start round' }).click();
  // Generous: on a loaded machine the round page can take a while to open.
  await expect(page.getByRole('timer')).toBeVisible({ timeout: 45_000 });
}

/** Rows in the think-aloud tables of this origin's database. */
async function audioRows(page: Page): Promise<{ recordings: number; chunks: number }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('mockloop');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['recordings', 'audioChunks'], 'readonly');
          const a = tx.objectStore('recordings').count();
          const b = tx.objectStore('audioChunks').count();
          tx.oncomplete = () => {
            db.close();
            resolve({ recordings: a.result, chunks: b.result });
          };
        };
      }),
  );
}

/** When the (only) round and its recording started and ended, from this origin's database. */
async function storedTimes(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ roundStart: number; roundEnd: number; recordingStart: number; recordingEnd: number }>(
        (resolve, reject) => {
          const open = indexedDB.open('mockloop');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['rounds', 'recordings'], 'readonly');
            const rounds = tx.objectStore('rounds').getAll();
            const recordings = tx.objectStore('recordings').getAll();
            tx.oncomplete = () => {
              db.close();
              const [round] = rounds.result;
              const [recording] = recordings.result;
              resolve({
                roundStart: round.startedAt,
                roundEnd: round.endedAt,
                recordingStart: recording.startedAt,
                recordingEnd: recording.endedAt,
              });
            };
          };
        },
      ),
  );
}

const audioTime = (page: Page) => page.getByLabel('Think-aloud audio').evaluate((a: HTMLAudioElement) => a.currentTime);

test('records a round aloud, plays the audio in step with the replay, and deletes it with the round', async ({
  page,
}) => {
  // Real seconds of audio, and Python's first start on a busy machine.
  test.setTimeout(150_000);
  await startRecordedRound(page);
  const bar = page.getByRole('status', { name: 'Think-aloud recording' });
  await expect(bar).toContainText('Recording your voice');
  await expect(bar.getByRole('meter', { name: 'Microphone level' })).toBeVisible();
  // The fake microphone speaks: the meter moves.
  await expect
    .poll(() => bar.getByRole('meter').evaluate((m: HTMLMeterElement) => m.value), { timeout: 10_000 })
    .toBeGreaterThan(0.05);

  await waitForPython(page);
  await setCode(page, 'class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Run: Wrong answer');
  // Some seconds of real audio after the run (chunks arrive every 2 s).
  await expect(bar).toContainText(/[1-9]\d+ kB/, { timeout: 15_000 });
  await page.waitForTimeout(2_500);
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await expect(bar).toContainText('Recording stopped and saved');
  await page.getByRole('link', { name: 'Review this round' }).click();
  await expect(page).toHaveURL(/\/review\//);

  // The audio is as long as the round (the recorder starts once the microphone is granted).
  const audio = page.getByLabel('Think-aloud audio');
  await expect(page.getByRole('heading', { name: 'Your voice' })).toBeVisible();
  await expect(page.getByLabel('Audio length')).toHaveText(/\d\d:\d\d/);
  const duration = await audio.evaluate((a: HTMLAudioElement) => a.duration);
  const times = await storedTimes(page);
  // The recorder starts once the microphone is granted, a moment after the round, and stops with it.
  expect(times.recordingStart - times.roundStart).toBeGreaterThanOrEqual(0);
  expect(times.recordingStart - times.roundStart).toBeLessThan(5_000);
  expect(Math.abs(times.recordingEnd - times.roundEnd)).toBeLessThan(1_000);
  expect(Math.abs(duration * 1000 - (times.recordingEnd - times.recordingStart))).toBeLessThan(1_000);
  expect(duration).toBeGreaterThan(3);

  // A timeline event puts the audio at its moment, and the code at that moment.
  const runJump = page.getByRole('listitem').filter({ hasText: 'Run: wrong answer on' }).getByRole('button');
  const runAt = await runJump.textContent();
  const runSeconds = Number(runAt!.split(':')[1]) + 60 * Number(runAt!.split(':')[0]);
  await page.getByRole('slider', { name: 'Replay position' }).fill('0');
  await expect.poll(() => audioTime(page)).toBeLessThan(1);
  await runJump.click();
  await expect.poll(() => audioTime(page)).toBeGreaterThan(runSeconds - 2.5);
  expect(await audioTime(page)).toBeLessThan(runSeconds + 0.5);
  await expect(page.getByLabel('Code at this moment')).toContainText('return [0, 1]');

  // Seeking the audio to the start moves the code replay back to the starter code.
  await audio.evaluate((a: HTMLAudioElement) => (a.currentTime = 0));
  await expect(page.getByLabel('Code at this moment')).not.toContainText('return [0, 1]');

  // Deleting the round deletes its audio.
  expect(await audioRows(page)).toMatchObject({ recordings: 1 });
  await page.getByRole('button', { name: 'Delete this round' }).click();
  await page.getByRole('button', { name: 'Yes, delete the round' }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await audioRows(page)).toEqual({ recordings: 0, chunks: 0 });
});

for (const [name, error, words] of [
  ['refused', 'NotAllowedError', 'Microphone access was refused'],
  ['missing', 'NotFoundError', 'No microphone was found'],
] as const) {
  test(`a ${name} microphone leaves a working round with a message`, async ({ page }) => {
    await page.addInitScript((errorName) => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('test', errorName));
    }, error);
    await startRecordedRound(page);
    await expect(page.getByRole('alert').filter({ hasText: words })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: words })).toContainText('The round goes on');
    await setCode(page, 'x = 1\n');
    await page.getByRole('button', { name: 'End round' }).click();
    await page.getByRole('button', { name: 'End now' }).click();
    await page.getByRole('link', { name: 'Review this round' }).click();
    await expect(page.getByRole('heading', { name: 'Review: Two Sum' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your voice' })).toHaveCount(0);
    expect(await audioRows(page)).toEqual({ recordings: 0, chunks: 0 });
  });
}
