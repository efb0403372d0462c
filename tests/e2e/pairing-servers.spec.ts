// The pairing server beyond one process, in the browser: two instances sharing one Redis carry a
// paired mock with the candidate on one and the interviewer on the other; and a server restart
// (rooms live in memory without Redis) does not stop an interviewer who reloads before the
// candidate is back. Each test starts its own servers on free loopback ports and stops them.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { expect, test, type Page } from '@playwright/test';
import { freePort, startRedis } from '../../scripts/pair-server/redis-process.ts';
import { editorText } from './helpers.ts';

/** One pairing server process (behind `redis` if given), on `port` (0: any); resolves when it listens. */
async function startServer(port: number, redis?: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/pair-server/cli.ts',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      ...(redis ? ['--redis', redis] : []),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout! });
  const listening = await new Promise<number>((resolve, reject) => {
    lines.on('line', (line) => {
      const m = /on ws:\/\/127\.0\.0\.1:(\d+)/.exec(line);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`pair server exited (${code})`)));
  });
  return {
    url: `ws://127.0.0.1:${listening}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A paired Two Sum round on `serverUrl`; returns the join link. */
async function startPairedRound(page: Page, serverUrl: string): Promise<string> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Two Sum', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Paired mock (a partner interviews you)' }).check();
  await page.getByRole('textbox', { name: 'Pairing server' }).fill(serverUrl);
  await page.getByRole('button', { name: 'Start round' }).click();
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
  return page.getByRole('textbox', { name: 'Join link for your interviewer' }).inputValue();
}

async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

const candidateStatus = (page: Page) => page.getByRole('region', { name: 'Paired mock' }).getByRole('status');
const consoleStatus = (page: Page) => page.getByRole('main', { name: 'Interviewer console' }).getByRole('status');

test('two pairing servers behind one Redis: the candidate on one, the interviewer on the other', async ({
  page,
  browser,
}) => {
  const redis = await startRedis();
  const [a, b] = await Promise.all([startServer(0, redis.url), startServer(0, redis.url)]);
  const context = await browser.newContext();
  try {
    const link = await startPairedRound(page, a.url);
    await expect(candidateStatus(page)).toHaveText('Waiting for the interviewer to join');
    const interviewer = await context.newPage();
    // The same room, reached through the other instance.
    const other = new URL(link);
    const fragment = new URLSearchParams(other.hash.slice(1));
    fragment.set('server', b.url);
    other.hash = fragment.toString();
    await interviewer.goto(other.toString());
    await expect(consoleStatus(interviewer)).toHaveText('Candidate connected');
    await expect(candidateStatus(page)).toHaveText('Interviewer connected');
    await typeAtEnd(page, '\nacross = 1');
    await expect.poll(() => editorText(interviewer)).toContain('across = 1');
    // A request from the interviewer's instance reaches the candidate's.
    await interviewer.getByRole('button', { name: 'Reveal hint 1' }).click();
    await expect(page.getByRole('region', { name: 'Hints from your interviewer' })).toBeVisible();
    // The one-interviewer rule holds across instances: a second one on instance A is refused.
    const third = await browser.newContext();
    const thirdPage = await third.newPage();
    await thirdPage.goto(link);
    await expect(consoleStatus(thirdPage)).toHaveText(
      /^Refused by the pairing server: This mock already has an interviewer/,
    );
    await third.close();
  } finally {
    await context.close();
    await Promise.all([a.stop(), b.stop()]);
    await redis.stop();
  }
});

test('after a server restart, an interviewer who reloads before the candidate is back waits, then rejoins', async ({
  page,
  context,
  browser,
}) => {
  const port = await freePort();
  let server = await startServer(port);
  const interviewerContext = await browser.newContext();
  try {
    const link = await startPairedRound(page, server.url);
    const interviewer = await interviewerContext.newPage();
    await interviewer.goto(link);
    await expect(consoleStatus(interviewer)).toHaveText('Candidate connected');
    await typeAtEnd(page, '\nbefore = 1');
    await expect.poll(() => editorText(interviewer)).toContain('before = 1');

    // The candidate's browser is away while the server restarts (its rooms were in memory).
    await context.setOffline(true);
    await server.stop();
    server = await startServer(port);
    let tries = 0;
    interviewer.on('websocket', () => (tries += 1));
    await interviewer.reload();
    // Told 4404 ("no such mock") on each try, yet not refused: this tab was in the room, so it
    // tries again (a refused console would stop at one).
    await expect.poll(() => tries, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    await expect(consoleStatus(interviewer)).not.toHaveText(/Refused/);

    await context.setOffline(false);
    await expect(consoleStatus(interviewer)).toHaveText('Candidate connected', { timeout: 30_000 });
    await expect.poll(() => editorText(interviewer)).toContain('before = 1');
    await typeAtEnd(page, '\nafter = 2');
    await expect.poll(() => editorText(interviewer)).toContain('after = 2');
  } finally {
    await interviewerContext.close();
    await server.stop();
  }
});
