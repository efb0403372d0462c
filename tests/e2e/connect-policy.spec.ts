// What a page may connect to: its own origin and the one pairing server the user chose (a meta
// policy narrows the served connect-src at run time; src/pairing/connect-policy.ts). Another host
// is named here as `localhost`: the same pairing server and preview server under another name, so
// only the policy stands between the page and an answer.
import { expect, test, type Page } from '@playwright/test';
import { results, setCode, waitForPython } from './helpers.ts';

const PAIR_URL = process.env.E2E_PAIR_URL!;
const PAIR_PORT = new URL(PAIR_URL).port;
const OTHER_WS = `ws://localhost:${PAIR_PORT}/`;

/** Tries a WebSocket and a fetch from the page; says which opened and which the policy blocked. */
function tryFromPage(page: Page, wsUrl: string, fetchUrl: string) {
  return page.evaluate(
    async ({ wsUrl, fetchUrl }) => {
      const blocked: string[] = [];
      const onViolation = (e: SecurityPolicyViolationEvent) => {
        if (e.effectiveDirective === 'connect-src') blocked.push(e.blockedURI);
      };
      document.addEventListener('securitypolicyviolation', onViolation);
      const ws = await new Promise<string>((resolve) => {
        try {
          const socket = new WebSocket(wsUrl);
          socket.onopen = () => {
            socket.close();
            resolve('open');
          };
          socket.onerror = () => resolve('error');
        } catch (e) {
          resolve(`threw ${(e as Error).name}`);
        }
      });
      const fetched = await fetch(fetchUrl, { mode: 'no-cors' }).then(
        () => 'answered',
        (e: Error) => `failed: ${e.name}`,
      );
      await new Promise((r) => setTimeout(r, 100));
      document.removeEventListener('securitypolicyviolation', onViolation);
      // (A fetch elsewhere breaks the served policy and the page's: reported once per policy.)
      return { ws, fetched, blocked: [...new Set(blocked)].sort() };
    },
    { wsUrl, fetchUrl },
  );
}

async function startPairedRound(page: Page, serverUrl: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Two Sum', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Paired mock (a partner interviews you)' }).check();
  await page.getByRole('textbox', { name: 'Pairing server' }).fill(serverUrl);
  await page.getByRole('button', { name: 'Start round' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
}

test('a paired round reaches its pairing server and nothing else: not from the page, not from Python', async ({
  page,
}) => {
  // The control: before a page knows its pairing server, the served policy alone lets a WebSocket
  // reach any host (a static host cannot know the user's server), so the same try opens.
  await page.goto('/');
  expect((await tryFromPage(page, OTHER_WS, '/')).ws).toBe('open');

  await startPairedRound(page, PAIR_URL);
  const panel = page.getByRole('region', { name: 'Paired mock' });
  await expect(panel.getByRole('status')).toHaveText('Waiting for the interviewer to join');
  const otherOrigin = `http://localhost:${new URL(page.url()).port}/`;

  // The chosen server still opens from the page; the same servers under another name do not.
  expect((await tryFromPage(page, PAIR_URL, '/')).ws).toBe('open');
  const other = await tryFromPage(page, OTHER_WS, otherOrigin);
  expect(other.ws).not.toBe('open');
  expect(other.fetched).toMatch(/^failed/);
  expect(other.blocked).toEqual([otherOrigin, OTHER_WS]);

  // Candidate Python reaches neither the chosen server nor another host.
  await waitForPython(page);
  await setCode(
    page,
    `import js
class Solution:
    def twoSum(self, nums, target):
        reached = []
        for name, url in [("pairing server", "${PAIR_URL}"), ("other host", "${OTHER_WS}")]:
            try:
                js.WebSocket.new(url)
                reached.append(name)
            except BaseException:
                pass
        try:
            js.fetch("${otherOrigin}")
            reached.append("fetch")
        except BaseException:
            pass
        raise RuntimeError("reached: %s" % (", ".join(reached) or "nothing"))
`,
  );
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Run: Runtime error', { timeout: 30_000 });
  await expect(results(page)).toContainText('reached: nothing');
});

test('the interviewer console is narrowed to the link’s server from the start', async ({ page, browser }) => {
  await startPairedRound(page, PAIR_URL);
  const link = await page.getByRole('textbox', { name: 'Join link for your interviewer' }).inputValue();
  const context = await browser.newContext();
  const interviewer = await context.newPage();
  await interviewer.goto(link);
  await expect(interviewer.getByRole('status').filter({ hasText: 'Candidate connected' })).toBeVisible();
  const other = await tryFromPage(interviewer, OTHER_WS, `http://localhost:${new URL(interviewer.url()).port}/`);
  expect(other.ws).not.toBe('open');
  expect(other.fetched).toMatch(/^failed/);
  expect(other.blocked).toEqual([`http://localhost:${new URL(interviewer.url()).port}/`, OTHER_WS]);
  await context.close();
});

test('choosing another pairing server than the page was narrowed to loads a fresh page that reaches it', async ({
  page,
}) => {
  // This browser used a server that is not running; the next page load is narrowed to it.
  await startPairedRound(page, 'ws://127.0.0.1:9');
  await expect(page.getByRole('region', { name: 'Paired mock' }).getByRole('status')).toHaveText(
    'Connecting to the pairing server…',
  );
  await startPairedRound(page, PAIR_URL);
  await expect(page.getByRole('region', { name: 'Paired mock' }).getByRole('status')).toHaveText(
    'Waiting for the interviewer to join',
  );
  expect((await tryFromPage(page, 'ws://127.0.0.1:9', '/')).blocked).toEqual(['ws://127.0.0.1:9/']);

  // The same for the join form: a typed server other than the page's.
  const code = new URLSearchParams(
    new URL(await page.getByRole('textbox', { name: 'Join link for your interviewer' }).inputValue()).hash.slice(1),
  ).get('code')!;
  await page.evaluate(() => localStorage.setItem('mockloop.pair-server', JSON.stringify('ws://127.0.0.1:9')));
  await page.goto('/pair');
  const join = page.getByRole('form', { name: 'Join as interviewer' });
  await join.getByRole('textbox', { name: 'Code' }).fill(code);
  await join.getByRole('textbox', { name: 'Pairing server' }).fill(PAIR_URL);
  await join.getByRole('button', { name: 'Join' }).click();
  // Admitted to the room (the candidate's page has gone, so it waits for the candidate).
  await expect(page.getByRole('main', { name: 'Interviewer console' }).getByRole('status')).toHaveText(
    'Waiting for the candidate to join',
  );
});
