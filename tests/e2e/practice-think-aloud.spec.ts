// Practice rounds record too: a behavioral round with Chromium's fake microphone (the short
// fixture: speech, 3 s of silence, speech, looped), its review's audio with a jump point per
// answer, and the coach's figures over time on the gap log's trends.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { fakeMicrophone } from './fake-microphone.ts';
import { readTables } from './idb.ts';

test.use(fakeMicrophone('think-aloud-short.wav'));

/** Four screenshots to look at (both themes, 390 px and 1440 px), in the test's output folder. */
async function look(page: Page, name: string, part?: Locator): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    for (const width of [390, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      // Charts redraw on a new width or theme.
      await page.waitForTimeout(300);
      const path = test.info().outputPath(`${name}-${theme}-${width}.png`);
      if (part) await part.screenshot({ path });
      else await page.screenshot({ path, fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 720 });
}

interface StoredSession {
  startedAt: number;
  endedAt: number;
  items: { shownAt: number }[];
}

/** The (only) session and recording in this origin's database. */
async function stored(page: Page) {
  const rows = await readTables(page, ['sessions', 'recordings']);
  return {
    session: rows.sessions[0] as StoredSession,
    recording: rows.recordings[0] as { startedAt: number; endedAt: number },
  };
}

const audioTime = (page: Page) => page.getByLabel('Think-aloud audio').evaluate((a: HTMLAudioElement) => a.currentTime);

test('a recorded behavioral round: audio as long as the round, a jump point per answer, spoken time per answer', async ({
  page,
}) => {
  // Real seconds of audio (the recorder's clock is the microphone's, not a fake one).
  test.setTimeout(150_000);
  await page.goto('/practice');
  const box = page.getByRole('checkbox', { name: 'Record my thinking aloud' });
  await expect(box).not.toBeChecked();
  await box.check();
  await expect(page.getByText('The audio never leaves this browser')).toBeVisible();
  await look(page, 'practice-think-aloud-option');
  const form = page.getByRole('form', { name: 'Behavioral' });
  await form.getByLabel('Questions').fill('2');
  await form.getByRole('button', { name: 'Start round' }).click();

  const bar = page.getByRole('status', { name: 'Think-aloud recording' });
  await expect(bar).toContainText('Recording your voice', { timeout: 30_000 });
  await expect(bar.getByRole('meter', { name: 'Microphone level' })).toBeVisible();
  await expect(bar).toContainText(/[1-9]\d* kB/, { timeout: 15_000 });
  await look(page, 'behavioral-recording');
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByText('Question 2 of 2')).toBeVisible();
  await page.waitForTimeout(4_000);
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page).toHaveURL(/\/session\/[^/]+\/review$/);

  // The audio is as long as the round.
  await expect(page.getByRole('heading', { name: 'Your voice' })).toBeVisible();
  await expect(page.getByLabel('Audio length')).toHaveText(/\d\d:\d\d/);
  const { session, recording } = await stored(page);
  expect(recording.endedAt).toBeGreaterThan(recording.startedAt);
  expect(recording.startedAt - session.startedAt).toBeGreaterThanOrEqual(0);
  expect(recording.startedAt - session.startedAt).toBeLessThan(5_000);
  // It stops with the round: at its end, give or take the seconds a loaded machine takes to store the end.
  expect(recording.endedAt).toBeGreaterThanOrEqual(session.endedAt - 500);
  expect(recording.endedAt - session.endedAt).toBeLessThan(8_000);
  // The review may open before the last chunk is stored: the player takes it up when it lands.
  const span = recording.endedAt - recording.startedAt;
  await expect
    .poll(async () => {
      const length = await page.getByLabel('Audio length').textContent();
      const [m, s] = (length ?? '').split(':').map(Number);
      return Math.abs((m! * 60 + s!) * 1000 - span);
    })
    .toBeLessThanOrEqual(1_500);
  const duration = await page.getByLabel('Think-aloud audio').evaluate((a: HTMLAudioElement) => a.duration);
  expect(Math.abs(duration * 1000 - span)).toBeLessThan(1_000);
  expect(duration).toBeGreaterThan(4);

  // One jump point per answer; each puts the audio at its question's moment.
  const points = page.getByRole('list', { name: 'Jump points' }).getByRole('button');
  await expect(points).toHaveCount(2);
  const second = (session.items[1]!.shownAt - recording.startedAt) / 1000;
  expect(second).toBeGreaterThan(1);
  await points.filter({ hasText: 'Question 2' }).click();
  await expect.poll(() => audioTime(page)).toBeGreaterThan(second - 0.3);
  expect(await audioTime(page)).toBeLessThan(second + 0.3);
  await points.filter({ hasText: 'Question 1' }).click();
  await expect.poll(() => audioTime(page)).toBeLessThan(0.3);

  // The coach listens and gives each answer its spoken time (the fixture speaks in both).
  const perAnswer = page.getByRole('list', { name: 'Spoken per answer' });
  await expect(perAnswer.getByRole('listitem')).toHaveCount(2, { timeout: 60_000 });
  await expect(perAnswer.getByRole('listitem').first()).toContainText(/Question 1: [1-9]\d* s spoken/);
  await expect(page.getByRole('list', { name: 'Narration figures' })).toContainText(/Spoken: [1-9]\d*%/);
  await look(page, 'behavioral-review-audio');

  // Your data counts it, named after the round, linked to its review.
  await page.goto('/data');
  await expect(
    page.getByRole('list', { name: 'Recorded rounds' }).getByRole('link', { name: /^Behavioral, / }),
  ).toBeVisible();
});

test('the gap log trends show share spoken and longest silence per recording, ignoring forged readings', async ({
  page,
}) => {
  const now = new Date('2026-12-03T12:00:00Z').getTime();
  await page.clock.install({ time: now });
  await page.goto('/gaps');
  await expect(page.getByRole('heading', { name: 'Gap log' })).toBeVisible();
  // Nothing about thinking aloud before anything was recorded.
  await expect(page.getByRole('heading', { name: /Trends/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Thinking aloud' })).toHaveCount(0);

  await page.evaluate(async (now) => {
    const DAY = 86_400_000;
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('mockloop');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction(['rounds', 'recordings'], 'readwrite');
        const round = (id: string, startedAt: number) => ({
          id,
          problemIds: ['two-sum'],
          startedAt,
          durationMs: 600_000,
          assists: 'off',
          endedAt: startedAt + 600_000,
          endReason: 'time-up',
        });
        const recording = (id: string, startedAt: number, narration: unknown) => ({
          roundId: id,
          mimeType: 'audio/webm;codecs=opus',
          startedAt,
          endedAt: startedAt + 600_000,
          bytes: 1000,
          chunks: 1,
          narration,
        });
        // 30 % spoken, 7:00 silent at the end; then 70 % spoken, 1:30 silent.
        const early = now - 3 * DAY;
        const late = now - DAY;
        tx.objectStore('rounds').put(round('early', early));
        tx.objectStore('rounds').put(round('late', late));
        tx.objectStore('recordings').put(
          recording('early', early, { speech: [{ startMs: 0, endMs: 180_000 }], recordedMs: 600_000, analysedAt: 0 }),
        );
        tx.objectStore('recordings').put(
          recording('late', late, {
            speech: [
              { startMs: 0, endMs: 300_000 },
              { startMs: 390_000, endMs: 510_000 },
            ],
            recordedMs: 600_000,
            analysedAt: 0,
          }),
        );
        // Forged readings: no length, a string for the speech. Left out, the page stays up.
        tx.objectStore('recordings').put(recording('forged-1', late, { speech: [], recordedMs: 0 }));
        tx.objectStore('recordings').put(recording('forged-2', late, { speech: 'x', recordedMs: 600_000 }));
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
      };
    });
  }, now);
  await page.reload();

  const trend = page.getByRole('region', { name: 'Thinking aloud' });
  await expect(trend).toBeVisible();
  await expect(trend.getByLabel('Thinking aloud summary')).toHaveText(
    '2 recordings: a median of 50% spoken, longest silence 4:15 (median). Latest, a coding round: 70% spoken, longest silence 1:30, 40 points more spoken than the median before it.',
  );
  const spoken = trend.getByRole('figure', { name: 'Share of the recording spoken' });
  await spoken.getByText('Figures').click();
  await expect(spoken.getByRole('row')).toHaveCount(3);
  await expect(spoken.getByRole('row').nth(1)).toContainText('30');
  await expect(spoken.getByRole('row').nth(2)).toContainText('70');
  const silence = trend.getByRole('figure', { name: 'Longest silence per recording' });
  await silence.getByText('Figures').click();
  await expect(silence.getByRole('row').nth(1)).toContainText('420');
  await expect(silence.getByRole('row').nth(2)).toContainText('90');
  await expect(trend.getByRole('img', { name: /Share of the recording spoken/ })).toBeVisible();
  await look(page, 'gap-log-thinking-aloud', trend);
});
