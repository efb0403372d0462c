// Nothing typed is lost: two tabs on one round hand it over instead of overwriting each other, a
// browser killed 50 ms after the last keystroke keeps it, and a storage error at the start of a
// round says so and lets the candidate try again.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { editorText, expectEditorToContain, startRound } from './helpers.ts';

/** Types `text` at the end of the editor's code, key by key. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

const elsewhere = (page: Page) => page.getByRole('alert').filter({ hasText: 'This round is open in another tab' });

test('two tabs on one round, typing alternately: each is told, takes over, and no line is lost', async ({
  page,
  context,
}) => {
  await startRound(page, 'Two Sum');
  const url = page.url();
  const second = await context.newPage();
  await second.goto(url);
  await expect(elsewhere(second)).toBeVisible();
  await expect(second.getByRole('button', { name: 'Run' })).toBeDisabled();

  const tabs = [page, second];
  for (let i = 0; i < 4; i++) {
    const tab = tabs[i % 2]!;
    if (i > 0) {
      await expect(elsewhere(tab)).toBeVisible();
      await tab.getByRole('button', { name: 'Edit here instead' }).click();
      await expect(elsewhere(tab)).toBeHidden();
      // The tab taking over starts from everything the other one typed.
      for (let j = 0; j < i; j++) await expectEditorToContain(tab, `# line ${j}`);
    }
    await typeAtEnd(tab, `\n# line ${i}`);
    await expectEditorToContain(tab, `# line ${i}`);
  }
  // The other tab was told at once, and cannot type over the newest code.
  await expect(elsewhere(page)).toBeVisible();

  await second.close();
  const third = await context.newPage();
  await third.goto(url);
  for (let j = 0; j < 4; j++) await expectEditorToContain(third, `# line ${j}`);
  await expect(elsewhere(third)).toBeHidden(); // the tab that closed let go of the round
});

test('a storage error when starting a round is shown, and Start round works again', async ({ page }) => {
  // Not a full disk: a write refused for another reason (the database closing under the tab).
  await page.addInitScript(`{
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (...args) {
      if (window.__refuseWrites) throw new DOMException('The database connection is closing.', 'InvalidStateError');
      return add.apply(this, args);
    };
  }`);
  await page.goto('/');
  await page.getByRole('link', { name: 'Two Sum', exact: true }).click();
  await page.evaluate(() => ((window as unknown as { __refuseWrites: boolean }).__refuseWrites = true));
  await page.getByRole('button', { name: 'Start round' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The round could not be started' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start round' })).toBeEnabled();
  await page.evaluate(() => ((window as unknown as { __refuseWrites: boolean }).__refuseWrites = false));
  await page.getByRole('button', { name: 'Start round' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
});

/** The browser's main process for a profile (the one without --type=, which its helpers carry). */
function browserPid(userDataDir: string): number {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const main = lines.find((l) => l.includes(`--user-data-dir=${userDataDir}`) && !l.includes('--type='));
  if (!main) throw new Error(`no browser process for ${userDataDir}`);
  return Number(main.trim().split(/\s+/)[0]);
}

/** Delay between the last keystroke and SIGKILL (ms); the README quotes the outcome. */
const KILL_AFTER_MS = 50;

test(`a browser killed ${KILL_AFTER_MS} ms after the last keystroke keeps every keystroke (persistent profile)`, async ({
  launchOptions,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const userDataDir = mkdtempSync(join(tmpdir(), 'mockloop-kill-'));
  try {
    const options = { ...launchOptions, baseURL, serviceWorkers: 'block' as const };
    const first = await chromium.launchPersistentContext(userDataDir, options);
    const page = first.pages()[0] ?? (await first.newPage());
    await startRound(page, 'Two Sum');
    const url = page.url();
    const typed = '\n# typed right before the crash 0123456789';
    await typeAtEnd(page, typed);
    const pid = browserPid(userDataDir);
    await new Promise((r) => setTimeout(r, KILL_AFTER_MS));
    process.kill(pid, 'SIGKILL');
    await first.close().catch(() => {}); // the connection is gone already

    const again = await chromium.launchPersistentContext(userDataDir, options);
    try {
      const reopened = again.pages()[0] ?? (await again.newPage());
      await reopened.goto(url);
      await expect(reopened.getByRole('timer')).toBeVisible();
      await expect.poll(() => editorText(reopened)).toContain(typed.trim());
    } finally {
      await again.close();
    }
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
