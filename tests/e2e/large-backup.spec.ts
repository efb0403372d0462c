// Any backup the app exports, it imports: a history of 300 rounds with long code exports a file of
// over 60 MiB, which a fresh browser imports whole.
import { statSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const ROUNDS = 300;
const CODE_CHARS = 210_000;
const MIB = 1024 * 1024;

test('an exported 60 MiB backup imports into a fresh browser', async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  await page.goto('/data');
  await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible();
  // Seeded straight into the app's database: typing 60 MiB would take all day.
  await page.evaluate(
    async ({ rounds, chars }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('mockloop');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const line = 'total = sum(x * x for x in range(100))  # a long attempt\n';
      const code = line.repeat(Math.ceil(chars / line.length)).slice(0, chars);
      const tx = db.transaction(['rounds', 'events', 'drafts'], 'readwrite');
      for (let i = 0; i < rounds; i++) {
        const id = `big-${i}`;
        const startedAt = 1_700_000_000_000 + i * 3_600_000;
        const round = { id, problemIds: ['two-sum'], startedAt, durationMs: 2_700_000, assists: 'off' };
        tx.objectStore('rounds').put({ ...round, endedAt: startedAt + 2_700_000, endReason: 'time-up' });
        tx.objectStore('events').add({
          type: 'round-started',
          roundId: id,
          at: startedAt,
          problemIds: round.problemIds,
          durationMs: round.durationMs,
          assists: 'off',
        });
        tx.objectStore('events').add({
          type: 'round-ended',
          roundId: id,
          at: startedAt + 2_700_000,
          reason: 'time-up',
        });
        tx.objectStore('drafts').put({
          roundId: id,
          problemId: 'two-sum',
          code: `# round ${i}\n${code}`,
          updatedAt: startedAt + 1000,
        });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { rounds: ROUNDS, chars: CODE_CHARS },
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export backup (JSON)' }).click(),
  ]);
  const file = (await download.path())!;
  expect(statSync(file).size).toBeGreaterThan(60 * MIB);

  const fresh = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const other = await fresh.newPage();
  await other.goto('/data');
  await other.getByLabel('Backup file to import').setInputFiles(file);
  await expect(other.getByRole('status').filter({ hasText: /^Imported / })).toContainText(`${ROUNDS} rounds`, {
    timeout: 120_000,
  });
  await expect(other.getByRole('status').filter({ hasText: /^Imported / })).toContainText(`${ROUNDS} saved drafts`);
  await other.goto('/');
  await expect(other.getByRole('heading', { name: 'Recent rounds' })).toBeVisible();
  await fresh.close();
});
