// A paired mock end to end: two browser profiles (candidate, interviewer) and the real pairing
// server on loopback (playwright.config.ts starts it; E2E_PAIR_URL is its address).
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { editorText, results, setCode, TWO_SUM, waitForPython } from './helpers.ts';

const PAIR_URL = process.env.E2E_PAIR_URL!;

/** From the home page: a paired Two Sum round; returns the join link shown to the candidate. */
async function startPairedRound(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Two Sum', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Paired mock (a partner interviews you)' }).check();
  await page.getByRole('textbox', { name: 'Pairing server' }).fill(PAIR_URL);
  await page.getByRole('button', { name: 'Start round' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
  return page.getByRole('textbox', { name: 'Join link for your interviewer' }).inputValue();
}

async function joinAsInterviewer(browser: Browser, link: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('status').filter({ hasText: 'Candidate connected' })).toBeVisible();
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
  return { context, page };
}

/** Types at the end of the candidate's editor, key by key. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

test('the interviewer watches live, cuts in, reveals a hint and sends a scorecard that reaches the gap log', async ({
  page,
  browser,
}) => {
  const link = await startPairedRound(page);
  expect(new URL(link).hash).toMatch(/^#room=[0-9a-f]{32}&code=[0-9A-Z-]{19}&server=/);
  const { context, page: interviewer } = await joinAsInterviewer(browser, link);
  await expect(page.getByRole('status').filter({ hasText: 'Interviewer connected' })).toBeVisible();
  await expect(interviewer.getByRole('timer', { name: 'Candidate’s time remaining' })).toHaveText(/^4[45]:\d\d$/);

  // Typing shows up on the other screen within a second, with the candidate's cursor.
  await typeAtEnd(page, '\n# use a dict');
  await expect.poll(() => editorText(interviewer), { timeout: 1_000 }).toContain('# use a dict');
  await expect(interviewer.locator('.yRemoteSelectionHead')).toHaveCount(1);
  // The live view is read-only.
  await interviewer.locator('.monaco-editor .view-lines').click();
  await interviewer.keyboard.type('zzz');
  expect(await editorText(interviewer)).not.toContain('zzz');

  // The console fits one 1440×900 screen: code, clock, timeline and the tools, with no candidate
  // navigation or Python status.
  await interviewer.setViewportSize({ width: 1440, height: 900 });
  await expect(interviewer.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(interviewer.locator('.runtime-status')).toHaveCount(0);
  for (const part of [
    interviewer.locator('.monaco-editor'),
    interviewer.getByRole('timer', { name: 'Candidate’s time remaining' }),
    interviewer.getByRole('list', { name: 'Round timeline' }),
    interviewer.getByRole('tablist', { name: 'Interviewer tools' }),
    interviewer.getByRole('button', { name: 'Pause the clock' }),
  ])
    await expect(part).toBeInViewport();
  expect(await interviewer.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);

  // Interrupt with a follow-up: the candidate gets the usual interruption dialog.
  await interviewer.getByRole('tab', { name: 'Interrupt', exact: true }).click();
  const followups = interviewer.getByRole('list', { name: 'Follow-up questions' });
  const question = (await followups.getByRole('listitem').first().textContent())!.replace(/Ask now$/, '').trim();
  await followups.getByRole('button', { name: `Ask now: ${question}` }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Interviewer interruption' });
  await expect(dialog).toContainText(question);
  await dialog.getByRole('textbox', { name: 'Your answer' }).fill('Linear time, linear space.');
  await dialog.getByRole('button', { name: 'Submit answer' }).click();
  await expect(dialog).toBeHidden();
  const timeline = interviewer.getByRole('list', { name: 'Round timeline' });
  await expect(timeline).toContainText(`You asked: “${question}”`);
  await expect(timeline).toContainText('Answered in writing: “Linear time, linear space.”');

  // A hint reaches the candidate only when revealed; the reference solution never does.
  const hints = page.getByRole('region', { name: 'Hints from your interviewer' });
  await expect(hints).toHaveCount(0);
  await interviewer.getByRole('tab', { name: 'Card', exact: true }).click();
  await interviewer.getByRole('button', { name: 'Reveal hint 1' }).click();
  await expect(hints).toContainText('which partner value would complete the target');
  await expect(hints.getByRole('listitem')).toHaveCount(1);
  await expect(interviewer.getByRole('heading', { name: 'Hints' }).locator('..')).toContainText('revealed');
  await expect(page.getByText('Reference solution')).toHaveCount(0);

  // Verdicts are mirrored.
  await waitForPython(page);
  await setCode(page, TWO_SUM);
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Run: Accepted');
  await expect(timeline).toContainText(/Run: accepted · (\d+) of \1 examples? passed/);
  await expect.poll(() => editorText(interviewer)).toContain('seen[x] = i');

  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await expect(timeline).toContainText('Ended by the candidate');
  // The round is over: the scorecard comes forward, and no hint can be revealed any more.
  await expect(interviewer.getByRole('tab', { name: 'Scorecard', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await interviewer.getByRole('tab', { name: 'Card', exact: true }).click();
  await expect(interviewer.getByRole('button', { name: 'Reveal hint 2' })).toBeDisabled();
  await interviewer.getByRole('tab', { name: 'Scorecard', exact: true }).click();

  // The scorecard: two weak signals become partner entries in the candidate's gap log.
  const card = interviewer.getByRole('form', { name: 'Scorecard' });
  await card
    .getByRole('group', { name: 'Problem understanding' })
    .getByRole('radio', { name: 'Strong', exact: true })
    .check();
  await card.getByRole('group', { name: 'Technical skill' }).getByRole('radio', { name: 'Weak', exact: true }).check();
  await card.getByRole('textbox', { name: 'Evidence for technical skill' }).fill('Needed the hint for the lookup.');
  await card.getByRole('group', { name: 'Rationale for choices' }).getByRole('radio', { name: 'Very weak' }).check();
  await card.getByRole('group', { name: 'Communication' }).getByRole('radio', { name: 'Mixed' }).check();
  await card.getByRole('radio', { name: 'No hire' }).check();
  await card.getByRole('textbox', { name: /Summary for the candidate/ }).fill('Say the invariant before you code.');
  await card.getByRole('button', { name: 'Send feedback' }).click();
  await expect(card.getByRole('status')).toHaveText(/Feedback received/);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Gap log' }).click();
  const entries = page.getByRole('list', { name: 'Gap entries' }).getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await expect(entries.filter({ hasText: 'partner feedback' })).toHaveCount(2);
  await expect(entries.filter({ hasText: 'Technical skill: weak. Needed the hint for the lookup.' })).toContainText(
    'Say the invariant before you code.',
  );
  await expect(entries.filter({ hasText: 'Rationale for choices: very weak' })).toHaveCount(1);
  await entries.first().getByRole('link').click();
  const feedback = page.getByRole('region', { name: 'Feedback from your interviewer' });
  await expect(feedback).toContainText('No hire');
  await expect(feedback).toContainText('Needed the hint for the lookup.');

  // Role swap: the interviewer starts their own paired round; the link reaches the first candidate.
  // Swap roles lands on the same problem's setup, paired already ticked (not on a bare home page).
  await interviewer.getByRole('button', { name: 'Swap roles: be the candidate next' }).click();
  await expect(interviewer).toHaveURL(/\/problems\/two-sum$/);
  await expect(interviewer.getByRole('checkbox', { name: 'Paired mock (a partner interviews you)' })).toBeChecked();
  await expect(interviewer.getByRole('textbox', { name: 'Pairing server' })).toHaveValue(PAIR_URL);
  await interviewer.getByRole('button', { name: 'Start round' }).click();
  await expect(interviewer.getByRole('timer', { name: 'Time remaining' })).toBeVisible();
  await page.goBack();
  await page.goBack();
  await page.getByRole('link', { name: 'Interview your partner' }).click();
  await expect(page.getByRole('main', { name: 'Interviewer console' }).getByRole('status')).toHaveText(
    'Candidate connected',
  );
  await expect(interviewer.getByRole('status').filter({ hasText: 'Interviewer connected' })).toBeVisible();
  await context.close();
});

test('a dropped connection loses nothing on either side, and wrong codes and third browsers are refused', async ({
  page,
  context,
  browser,
}) => {
  const link = await startPairedRound(page);
  const { context: interviewerContext, page: interviewer } = await joinAsInterviewer(browser, link);
  await typeAtEnd(page, '\na = 1');
  await expect.poll(() => editorText(interviewer)).toContain('a = 1');

  await context.setOffline(true);
  const candidateStatus = page.getByRole('status').filter({ hasText: /Connection lost|Interviewer connected|Waiting/ });
  await expect(candidateStatus).toHaveText(/Connection lost: reconnecting/);
  // Both sides keep working while apart.
  await typeAtEnd(page, '\nb = 2\nc = 3');
  await interviewer.getByRole('button', { name: 'Reveal hint 2' }).click();
  await interviewer.getByRole('tab', { name: 'Interrupt', exact: true }).click();
  await interviewer.getByRole('textbox', { name: 'Your question' }).fill('What did you just change, and why?');
  await interviewer.getByRole('button', { name: 'Interrupt now' }).click();
  await interviewer.getByRole('tab', { name: 'Notes', exact: true }).click();
  await interviewer.getByRole('textbox', { name: 'Note' }).fill('Went quiet for a minute.');
  await interviewer.getByRole('button', { name: 'Add note' }).click();
  await expect(interviewer.getByRole('list', { name: 'Your notes' })).toContainText('Went quiet for a minute.');
  expect(await editorText(interviewer)).not.toContain('b = 2');

  await context.setOffline(false);
  await expect(candidateStatus).toHaveText('Interviewer connected');
  await expect.poll(() => editorText(interviewer)).toMatch(/a = 1\s*\nb = 2\s*\nc = 3/);
  await expect(page.getByRole('alertdialog', { name: 'Interviewer interruption' })).toContainText(
    'What did you just change, and why?',
  );
  await expect(page.getByRole('region', { name: 'Hints from your interviewer' })).toContainText(
    'A dictionary from value to index',
  );
  expect(await editorText(page)).toMatch(/a = 1\s*\nb = 2\s*\nc = 3/);
  // Private notes never left the interviewer's browser.
  expect(await page.content()).not.toContain('Went quiet');

  // A reload resumes the same shared code: nothing doubled, and typing still reaches the interviewer.
  await page
    .getByRole('alertdialog', { name: 'Interviewer interruption' })
    .getByRole('button', { name: 'Answered aloud' })
    .click();
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Interviewer connected' })).toBeVisible();
  await expect.poll(() => editorText(page)).toMatch(/a = 1\s*\nb = 2\s*\nc = 3/);
  await typeAtEnd(page, '\nd = 4');
  await expect.poll(() => editorText(interviewer)).toMatch(/a = 1\s*\nb = 2\s*\nc = 3\s*\nd = 4\s*$/);
  expect((await editorText(interviewer)).match(/a = 1/g)).toHaveLength(1);

  // A wrong code is refused, and so is a third browser with the right one.
  const code = new URLSearchParams(new URL(link).hash.slice(1)).get('code')!;
  const wrong = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
  const intruder = await browser.newContext();
  const intruderPage = await intruder.newPage();
  await intruderPage.goto(link.replace(`code=${code}`, `code=${wrong}`));
  const refusal = intruderPage.getByRole('status').filter({ hasText: 'Refused by the pairing server' });
  await expect(refusal).toHaveText('Refused by the pairing server: Wrong or missing code for this mock.');
  await expect(intruderPage.getByRole('timer')).toHaveCount(0);
  // Only the refusal: no scorecard, notes or tools under it.
  await expect(intruderPage.getByRole('form', { name: 'Scorecard' })).toHaveCount(0);
  await expect(intruderPage.getByRole('tablist')).toHaveCount(0);
  await intruderPage.goto(link);
  await intruderPage.reload();
  await expect(refusal).toHaveText('Refused by the pairing server: This mock already has an interviewer.');
  await expect(intruderPage.locator('.monaco-editor')).toHaveCount(0);
  // A typed code that names no running mock is answered, not left waiting.
  await intruderPage.goto('/pair');
  const join = intruderPage.getByRole('form', { name: 'Join as interviewer' });
  await join.getByRole('textbox', { name: 'Code' }).fill('abcd efgh jkmn pqrs');
  await join.getByRole('textbox', { name: 'Pairing server' }).fill(PAIR_URL);
  await join.getByRole('button', { name: 'Join' }).click();
  await expect(refusal).toHaveText(/^Refused by the pairing server: No mock with this code is running/);
  await intruder.close();
  await interviewerContext.close();
});

test('the interviewer pauses and resumes the candidate’s clock, and asks from the question bank', async ({
  page,
  browser,
}) => {
  await page.clock.install();
  const link = await startPairedRound(page);
  const { context, page: interviewer } = await joinAsInterviewer(browser, link);
  const timer = page.getByRole('timer', { name: 'Time remaining' });

  await interviewer.getByRole('tab', { name: 'Interrupt', exact: true }).click();
  await interviewer
    .getByRole('combobox', { name: 'Question bank' })
    .selectOption({ label: 'What should happen if the input is empty?' });
  await interviewer.getByRole('button', { name: 'Ask this question' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Interviewer interruption' });
  await expect(dialog).toContainText('What should happen if the input is empty?');
  await dialog.getByRole('button', { name: 'Answered aloud' }).click();

  await page.clock.fastForward('02:00');
  await expect(timer).toHaveText(/^4[23]:\d\d$/);
  await interviewer.getByRole('button', { name: 'Pause the clock' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Clock paused by your interviewer' })).toBeVisible();
  const frozen = (await timer.textContent())!;
  await expect(interviewer.getByRole('timer', { name: 'Candidate’s time remaining' })).toHaveText(frozen);
  // Fifty minutes pass on the candidate's clock, past the original end: the countdown stands still.
  await page.clock.fastForward('50:00');
  await expect(timer).toHaveText(frozen);
  await expect(page.getByRole('status').filter({ hasText: 'Time is up' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Run' })).toBeEnabled();

  await interviewer.getByRole('button', { name: 'Resume the clock' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Clock paused by your interviewer' })).toHaveCount(0);
  await page.clock.fastForward('01:00');
  const [m, s] = frozen.split(':').map(Number);
  const after = (await timer.textContent())!.split(':').map(Number);
  const lost = m! * 60 + s! - (after[0]! * 60 + after[1]!);
  expect(lost).toBeGreaterThanOrEqual(59);
  expect(lost).toBeLessThanOrEqual(75);
  await expect(interviewer.getByRole('list', { name: 'Round timeline' })).toContainText(/Clock resumed after \d+ s/);
  await context.close();
});

/** A modified interviewer client: the real protocol, driven from the test, writing what it likes. */
async function hostileInterviewer(
  link: string,
): Promise<{ doc: Y.Doc; provider: WebsocketProvider; send(body: object): void }> {
  const params = new URLSearchParams(new URL(link).hash.slice(1));
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(params.get('server')!, params.get('room')!, doc, {
    params: {
      code: params.get('code')!.replaceAll('-', ''),
      peer: crypto.randomUUID().replaceAll('-', ''),
      role: 'interviewer',
    },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  provider.awareness.setLocalStateField('role', 'interviewer');
  await new Promise<void>((r) => provider.once('sync', () => r()));
  const send = (body: object) =>
    doc.getMap('requests').set(crypto.randomUUID().replaceAll('-', ''), { sentAt: Date.now(), ...body });
  return { doc, provider, send };
}

const scorecard = (technical: number) => ({
  signals: {
    understanding: { rating: 4, comment: '' },
    technical: { rating: technical, comment: `technical ${technical}` },
    rationale: { rating: 4, comment: '' },
    communication: { rating: 4, comment: '' },
  },
  decision: 'no-hire',
  summary: 'From the hostile client.',
});

test('a modified interviewer client cannot rewrite the code, add unlimited time, file many scorecards, plant a link to another server, or flood requests', async ({
  page,
}) => {
  const link = await startPairedRound(page);
  const hostile = await hostileInterviewer(link);
  await expect(page.getByRole('status').filter({ hasText: 'Interviewer connected' })).toBeVisible();
  const code = hostile.doc.getText('code:two-sum');
  await expect.poll(() => code.toString()).toContain('class Solution');

  // Rewriting the candidate's code: undone on the candidate's side, and the undo reaches the room.
  code.insert(0, 'import os  # planted\n');
  await expect.poll(() => code.toString()).not.toContain('planted');
  expect(await editorText(page)).not.toContain('planted');

  // Extra time: ten requests of 30 minutes add 30 minutes in all.
  hostile.doc.transact(() => {
    for (let i = 0; i < 10; i++) hostile.send({ type: 'extend', minutes: 30 });
  });
  await expect(page.getByRole('timer', { name: 'Time remaining' })).toHaveText(/^1:1[45]:\d\d$/);

  // Scorecards: many arrive, the round keeps one.
  hostile.doc.transact(() => {
    for (let i = 1; i <= 30; i++)
      hostile.send({ type: 'feedback', scorecard: scorecard(i === 30 ? 1 : 4), sentAt: Date.now() + i });
  });
  // A link to another server is not offered; one on this round's server is.
  const params = new URLSearchParams(new URL(link).hash.slice(1));
  const next = { roomId: 'f'.repeat(32), code: 'ABCDEFGHJKMNPQRS', serverUrl: 'ws://203.0.113.9:1234' };
  hostile.doc.getMap('round').set('next', next);
  // A flood of requests: only a burst is applied.
  hostile.doc.transact(() => {
    for (let i = 0; i < 60; i++)
      hostile.send({ type: 'reveal-hint', problemId: 'two-sum', index: i % 50, text: `flood ${i}` });
  });
  const hints = page.getByRole('region', { name: 'Hints from your interviewer' }).getByRole('listitem');
  await expect(hints.first()).toBeVisible();
  await page.waitForTimeout(500);
  expect(await hints.count()).toBeLessThanOrEqual(20);
  await expect(page.getByRole('link', { name: 'Interview your partner' })).toHaveCount(0);
  hostile.doc.getMap('round').set('next', { ...next, serverUrl: params.get('server') });
  await expect(page.getByRole('link', { name: 'Interview your partner' })).toBeVisible();

  // A paste too large for the link is refused with a message, and the link stays up.
  await page
    .locator('.monaco-editor textarea')
    .first()
    .evaluate((area) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'x'.repeat(150_000));
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
  await expect(page.getByRole('alert').filter({ hasText: 'Paste refused' })).toContainText('150,000 characters');
  expect((await editorText(page)).length).toBeLessThan(10_000);
  // Text dragged in and dropped gets the same check and message as a paste.
  await page
    .locator('.monaco-editor .view-lines')
    .first()
    .evaluate((lines) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'y'.repeat(160_000));
      lines.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
  await expect(page.getByRole('alert').filter({ hasText: 'Paste refused' })).toContainText('160,000 characters');
  expect(await editorText(page)).not.toContain('yyyy');
  await expect(page.getByRole('status').filter({ hasText: 'Interviewer connected' })).toBeVisible();

  // Once the candidate lets the interviewer type, the interviewer's edits stay; the timeline says so.
  const letType = page.getByRole('checkbox', { name: 'Let the interviewer type' });
  await letType.click(); // checked once the choice is in the timeline
  await expect(letType).toBeChecked();
  await expect
    .poll(() =>
      [...hostile.doc.getMap('timeline').values()].some((e) => (e as { type: string }).type === 'interviewer-typing'),
    )
    .toBe(true);
  code.insert(0, '# typed by the interviewer\n');
  await expect.poll(() => editorText(page)).toContain('# typed by the interviewer');

  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Gap log' }).click();
  const entries = page.getByRole('list', { name: 'Gap entries' }).getByRole('listitem');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('technical 1');
  hostile.provider.destroy();
});

/** Picks a tool in `board`'s toolbar and drags from (x1, y1) to (x2, y2), in the canvas's own coordinates. */
async function drawOn(page: Page, board: Locator, tool: string, from: [number, number], to: [number, number]) {
  await board.locator('label', { has: page.getByTestId(`toolbar-${tool}`) }).click();
  await expect(board.getByTestId(`toolbar-${tool}`)).toBeChecked();
  const box = (await board.locator('canvas.interactive').boundingBox())!;
  await page.mouse.move(box.x + from[0], box.y + from[1]);
  await page.mouse.down();
  await page.mouse.move(box.x + (from[0] + to[0]) / 2, box.y + (from[1] + to[1]) / 2, { steps: 5 });
  await page.mouse.move(box.x + to[0], box.y + to[1], { steps: 5 });
  await page.mouse.up();
}

/** Pixels of the canvas darker than the board's paper (the shapes' strokes). */
function inkOf(canvas: Locator): Promise<number> {
  return canvas.evaluate((c: HTMLCanvasElement) => {
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i + 3]! > 0 && data[i]! + data[i + 1]! + data[i + 2]! < 300) ink++;
    return ink;
  });
}

test('the candidate’s Sketch shows live on the interviewer’s console, who draws only while the candidate allows it', async ({
  page,
  browser,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const pairOrigin = new URL(PAIR_URL.replace(/^ws/, 'http')).origin;
  const outside: string[] = [];
  const boardChunks: string[] = [];
  const watch = (p: Page) =>
    p.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      // Excalidraw's chunks (board-excalidraw-canvas-*, board-chunk-*, …) and fonts; not board-schema-*.
      if (/\/assets\/board-(?!schema-)|\/excalidraw\//.test(url)) boardChunks.push(url);
      if (![origin, pairOrigin].includes(new URL(url.replace(/^ws/, 'http')).origin)) outside.push(url);
    });
  watch(page);
  const link = await startPairedRound(page);
  const { context, page: interviewer } = await joinAsInterviewer(browser, link);
  watch(interviewer);
  const board = interviewer.getByRole('region', { name: 'Candidate’s whiteboard' });
  // No board on the console, and none of its code, until the candidate draws.
  await expect(board).toHaveCount(0);
  expect(boardChunks).toEqual([]);

  await page.getByRole('button', { name: 'Sketch' }).click();
  const sketch = page.getByRole('region', { name: 'Sketch' });
  await expect(sketch.locator('canvas.interactive')).toBeVisible({ timeout: 30_000 });
  await expect(sketch).toContainText('Shared live with your interviewer');
  await drawOn(page, sketch, 'rectangle', [60, 80], [200, 160]);
  await expect(sketch).toContainText('1 shape: 1 rectangle');
  // On the interviewer's screen within two seconds: in words and on the canvas.
  await expect(board).toContainText('1 shape: 1 rectangle', { timeout: 2_000 });
  await expect.poll(() => inkOf(board.locator('canvas.static'))).toBeGreaterThan(100);
  await expect(board).toContainText('View only');
  // Read-only: no tools, and dragging on it draws nothing.
  await expect(board.getByTestId('toolbar-rectangle')).toHaveCount(0);
  const area = (await board.locator('canvas.interactive').boundingBox())!;
  await interviewer.mouse.move(area.x + 40, area.y + 40);
  await interviewer.mouse.down();
  await interviewer.mouse.move(area.x + 140, area.y + 140, { steps: 5 });
  await interviewer.mouse.up();
  await expect(board).toContainText('1 shape: 1 rectangle');

  // The candidate lets the interviewer draw: the interviewer's ellipse lands in the candidate's Sketch
  // and is saved with it.
  const letDraw = page.getByRole('checkbox', { name: 'Let the interviewer draw on your Sketch' });
  await expect(letDraw).not.toBeChecked();
  await letDraw.click();
  await expect(letDraw).toBeChecked();
  await expect(board).toContainText('The candidate lets you draw');
  await expect(interviewer.getByRole('list', { name: 'Round timeline' })).toContainText('The candidate let you draw');
  await drawOn(interviewer, board, 'ellipse', [240, 60], [340, 140]);
  await expect(sketch).toContainText('2 shapes: 1 rectangle, 1 ellipse', { timeout: 2_000 });
  await expect(sketch).toContainText('Board saved');

  // Taken back: the console's board is read-only again.
  await letDraw.click();
  await expect(letDraw).not.toBeChecked();
  await expect(board).toContainText('View only');
  await expect(board.getByTestId('toolbar-ellipse')).toHaveCount(0);
  await expect(board).toContainText('2 shapes: 1 rectangle, 1 ellipse');

  // The interviewer's ellipse is in the candidate's saved board.
  await page.reload();
  await expect(sketch.locator('canvas.interactive')).toBeVisible({ timeout: 30_000 });
  await expect(sketch).toContainText('2 shapes: 1 rectangle, 1 ellipse');
  expect(outside).toEqual([]);
  await context.close();
});

test('a modified interviewer client cannot draw on the Sketch unless allowed, nor plant images, forged shapes or pinned versions', async ({
  page,
}) => {
  const link = await startPairedRound(page);
  const hostile = await hostileInterviewer(link);
  await page.getByRole('button', { name: 'Sketch' }).click();
  const sketch = page.getByRole('region', { name: 'Sketch' });
  await expect(sketch.locator('canvas.interactive')).toBeVisible({ timeout: 30_000 });
  await drawOn(page, sketch, 'rectangle', [60, 80], [200, 160]);
  const candidateBoard = hostile.doc.getMap('board');
  await expect.poll(() => candidateBoard.size).toBe(1);
  const strokes = hostile.doc.getMap('board:interviewer');
  const shape = (id: string, over: object = {}) => ({
    ...(candidateBoard.values().next().value as object),
    id,
    type: 'diamond',
    version: 2,
    versionNonce: 7,
    index: 'b0',
    x: 300,
    ...over,
  });

  // Not allowed: nothing lands, whatever is written.
  strokes.set('early', shape('early'));
  await page.waitForTimeout(500);
  await expect(sketch).toContainText('1 shape: 1 rectangle');

  const letDraw = page.getByRole('checkbox', { name: 'Let the interviewer draw on your Sketch' });
  await letDraw.click();
  await expect(letDraw).toBeChecked();
  hostile.doc.transact(() => {
    strokes.set('img', shape('img', { type: 'image', fileId: 'f', status: 'saved' }));
    strokes.set('forged-key', shape('other-id'));
    strokes.set('pinned', shape('pinned', { version: 9_000_000_000 }));
    strokes.set('linked', shape('linked', { link: 'https://elsewhere.example' }));
    strokes.set('junk', 'not a shape');
    strokes.set('ok', shape('ok'));
  });
  await expect(sketch).toContainText('2 shapes: 1 rectangle, 1 diamond');
  await expect(sketch).toContainText('Board saved');
  // Counted under the board: the one written before permission, and five refused now.
  await expect(sketch).toContainText('6 shapes from the interviewer ignored');

  // Taken back: ignored again, even when written straight into the document.
  await letDraw.click();
  await expect(letDraw).not.toBeChecked();
  strokes.set('late', shape('late', { type: 'ellipse' }));
  strokes.set('ok', shape('ok', { version: 3, isDeleted: true }));
  await page.waitForTimeout(500);
  await expect(sketch).toContainText('2 shapes: 1 rectangle, 1 diamond');
  hostile.provider.destroy();
});
