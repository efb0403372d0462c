// Think-aloud audio after the round: the self-critique's "Play this moment", gap entries that keep it,
// the audio in the JSON backup, and a recording cut short by a reload. Chromium's fake microphone
// plays tests/fixtures/think-aloud-short.wav (speech, 3 s of silence, speech; it loops).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { fakeMicrophone } from './fake-microphone.ts';
import { expectEditorToContain, setCode } from './helpers.ts';

test.use(fakeMicrophone('think-aloud-short.wav'));

declare global {
  interface Window {
    __seeks?: { label: string | null; t: number }[];
  }
}

/** Every seek of an audio element on the page, with where it landed (media events do not bubble: capture). */
async function recordSeeks(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener(
      'seeked',
      (e) => {
        const a = e.target as HTMLAudioElement;
        (window.__seeks ??= []).push({ label: a.getAttribute('aria-label'), t: a.currentTime });
      },
      true,
    );
  });
}

/** The last seek of the audio element named `label`. */
async function lastSeek(page: Page, label: string): Promise<number | undefined> {
  return page.evaluate((l) => window.__seeks?.filter((s) => s.label === l).at(-1)?.t, label);
}

/** Reads this origin's database: the only round, its recording and its gap entries. */
async function stored(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{
        roundStart: number;
        recordingStart?: number;
        recordingEnd?: number;
        chunks: number;
        gaps: { momentMs: number }[];
      }>((resolve, reject) => {
        const open = indexedDB.open('mockloop');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['rounds', 'recordings', 'audioChunks', 'gaps'], 'readonly');
          const rounds = tx.objectStore('rounds').getAll();
          const recordings = tx.objectStore('recordings').getAll();
          const chunks = tx.objectStore('audioChunks').count();
          const gaps = tx.objectStore('gaps').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({
              roundStart: rounds.result[0].startedAt,
              recordingStart: recordings.result[0]?.startedAt,
              recordingEnd: recordings.result[0]?.endedAt,
              chunks: chunks.result,
              gaps: gaps.result,
            });
          };
        };
      }),
  );
}

/** Records a Two Sum round of some seconds with a code change in the middle, ends it, opens its review. */
async function recordRound(page: Page) {
  await page.goto('/problems/two-sum');
  await page.getByRole('checkbox', { name: 'Record my thinking aloud' }).check();
  await page.getByRole('radio', { name: '20 min' }).check();
  await page.getByRole('button', { name: 'Start round' }).click();
  const bar = page.getByRole('status', { name: 'Think-aloud recording' });
  await expect(bar).toContainText('Recording your voice', { timeout: 45_000 });
  // The editor first (it can take a while on a busy machine), then some seconds before the change.
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 45_000 });
  await page.waitForTimeout(3_000);
  await setCode(page, 'class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n');
  await expectEditorToContain(page, 'seen = {}');
  await expect(bar).toContainText(/[1-9]\d+ kB/, { timeout: 15_000 });
  // Enough audio after the change to hear it play.
  await page.waitForTimeout(6_000);
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await expect(bar).toContainText('Recording stopped and saved');
  await page.getByRole('link', { name: 'Review this round' }).click();
  await expect(page.getByLabel('Audio length')).toHaveText(/\d\d:\d\d/, { timeout: 15_000 });
}

/** Clicks Export backup (JSON) and reads the file it downloads. */
async function exported(page: Page) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup (JSON)' }).click();
  return JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
}

const audioDuration = (page: Page) =>
  page.getByLabel('Think-aloud audio').evaluate((a: HTMLAudioElement) => a.duration);

test('Play this moment plays the recording from the self-critique’s moment and from the gap log; the backup carries the audio only when asked', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await recordSeeks(page);
  await recordRound(page);
  const review = page.url();

  // The moment: the replay at the code change.
  const critique = page.getByRole('region', { name: 'Self-critique' });
  const slider = page.getByRole('slider', { name: 'Replay position' });
  // The replay's second frame: the code as the change began, in the middle of the recording.
  await slider.fill('1');
  await critique.getByRole('checkbox', { name: 'Invariant not stated' }).check();
  await critique.getByLabel('The exact sentence or line that weakened it').fill('I typed the map without saying why.');
  await critique.getByLabel('The fix').fill('Say the invariant first.');
  await critique.getByRole('button', { name: 'Add to gap log' }).click();
  const entries = critique.getByRole('list', { name: 'Gap entries for this round' });
  await expect(entries.getByRole('listitem')).toHaveCount(1);
  const { roundStart, recordingStart, gaps } = await stored(page);
  const expected = (roundStart + gaps[0]!.momentMs - recordingStart!) / 1000;
  expect(expected).toBeGreaterThan(1);
  expect(expected).toBeLessThan((await audioDuration(page)) - 2);

  await slider.fill('0');
  await entries.getByRole('button', { name: /Play this moment/ }).click();
  await expect.poll(() => lastSeek(page, 'Think-aloud audio')).toBeGreaterThan(expected - 0.5);
  expect(await lastSeek(page, 'Think-aloud audio')).toBeLessThan(expected + 0.5);
  // It plays, and the replay is at the moment too.
  await expect
    .poll(() => page.getByLabel('Think-aloud audio').evaluate((a: HTMLAudioElement) => a.currentTime))
    .toBeGreaterThan(expected + 0.5);
  await expect(slider).toHaveValue('1');
  await page.getByLabel('Think-aloud audio').evaluate((a: HTMLAudioElement) => a.pause());

  // The form's own button plays the chosen moment (here the replay position).
  await slider.fill('1');
  await critique.getByRole('button', { name: /^Play this moment .* from your recording$/ }).click();
  await expect.poll(() => lastSeek(page, 'Think-aloud audio')).toBeGreaterThan(expected - 0.5);
  await page.getByLabel('Think-aloud audio').evaluate((a: HTMLAudioElement) => a.pause());

  // The gap log keeps it, and plays it in place.
  await page.getByRole('link', { name: 'Gap log' }).click();
  const entry = page.getByRole('list', { name: 'Gap entries' }).getByRole('listitem').first();
  await expect(entry).toContainText('I typed the map without saying why.');
  await entry.getByRole('button', { name: /Play this moment/ }).click();
  const player = entry.locator('audio');
  await expect(player).toHaveCount(1);
  const atLabel = (await player.getAttribute('aria-label'))!;
  await expect.poll(() => lastSeek(page, atLabel)).toBeGreaterThan(expected - 0.5);
  expect(await lastSeek(page, atLabel)).toBeLessThan(expected + 0.5);
  await expect.poll(() => player.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(expected + 0.5);
  await player.evaluate((a: HTMLAudioElement) => a.pause());

  // The backup: no audio unless asked for; with it, a wiped browser gets the same audio back.
  const length = await (async () => {
    await page.goto(review);
    await expect(page.getByLabel('Audio length')).toHaveText(/\d\d:\d\d/);
    return audioDuration(page);
  })();
  expect(length).toBeGreaterThan(5);
  await page.getByRole('link', { name: 'Your data' }).click();
  const include = page.getByRole('checkbox', { name: /Include audio recordings \(\d+ kB\)/ });
  await expect(include).not.toBeChecked();
  const plain = await exported(page);
  expect(plain).not.toHaveProperty('audio');
  expect(plain.rounds).toHaveLength(1);
  await include.check();
  const withAudio = await exported(page);
  expect(withAudio.audio).toHaveLength(1);
  expect(withAudio.audio[0].mimeType).toMatch(/^audio\//);
  expect(withAudio.audio[0].chunks.length).toBeGreaterThan(2);
  const { chunks } = await stored(page);
  expect(withAudio.audio[0].chunks).toHaveLength(chunks);

  const wiped = await browser.newContext({ permissions: ['microphone'] });
  const other = await wiped.newPage();
  await other.goto('/data');
  await other.getByLabel('Backup file to import').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(withAudio)),
  });
  await expect(other.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Audio: 1 recording added');
  await other.goto(new URL(review).pathname);
  await expect(other.getByLabel('Audio length')).toHaveText(/\d\d:\d\d/, { timeout: 15_000 });
  expect(Math.abs((await audioDuration(other)) - length)).toBeLessThan(0.1);
  await wiped.close();

  // With the audio deleted, the entry has no link (not a broken one), in the gap log and the review.
  await page
    .getByRole('list', { name: 'Recorded rounds' })
    .getByRole('button', { name: /Delete audio of Two Sum/ })
    .click();
  await expect(page.getByText('No recorded rounds.')).toBeVisible();
  await page.getByRole('link', { name: 'Gap log' }).click();
  await expect(page.getByRole('list', { name: 'Gap entries' })).toContainText('I typed the map without saying why.');
  await expect(page.getByRole('button', { name: /Play this moment/ })).toHaveCount(0);
  await page.goto(review);
  await expect(page.getByRole('list', { name: 'Gap entries for this round' })).toContainText('I typed the map');
  await expect(page.getByRole('button', { name: /Play this moment/ })).toHaveCount(0);
});

test('a reload during a recorded round says the recording stopped and keeps what was said', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/problems/two-sum');
  await page.getByRole('checkbox', { name: 'Record my thinking aloud' }).check();
  await page.getByRole('radio', { name: '20 min' }).check();
  await page.getByRole('button', { name: 'Start round' }).click();
  const bar = page.getByRole('status', { name: 'Think-aloud recording' });
  await expect(bar).toContainText('Recording your voice', { timeout: 45_000 });
  await expect(bar).toContainText(/[1-9]\d* kB/, { timeout: 15_000 });
  await page.reload();
  await expect(bar).toContainText('Recording stopped when the page reloaded', { timeout: 45_000 });
  await expect(bar).toContainText(/\(\d+ kB\) is kept with the round/);
  const { chunks } = await stored(page);
  expect(chunks).toBeGreaterThan(0);
});
