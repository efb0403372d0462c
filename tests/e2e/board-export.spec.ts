// The whiteboard leaves the canvas: the design review downloads the final board as SVG and PNG,
// a backup carries it to a wiped browser, and a self-critique entry pins a moment of it.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { board, drag, endToReview, startDesignRound } from './board-helpers.ts';
import { startRound } from './helpers.ts';

/** A rectangle (140 × 80), saved, then an arrow, saved: two moments of the board. */
async function drawInTwoMoments(page: Page): Promise<void> {
  await startDesignRound(page);
  await drag(page, 'rectangle', [80, 120], [220, 200]);
  await expect(board(page)).toContainText('1 shape: 1 rectangle');
  await expect(board(page)).toContainText('Board saved');
  await drag(page, 'arrow', [240, 160], [360, 160]);
  await expect(board(page)).toContainText('2 shapes: 1 rectangle, 1 arrow');
  await expect(board(page)).toContainText('Board saved');
}

async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

test('the design review downloads the final board as SVG and PNG, in light colours', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await drawInTwoMoments(page);
  await endToReview(page);
  const replay = board(page);
  await expect(replay.locator('canvas.static')).toBeVisible({ timeout: 30_000 });
  // The replay shows an earlier moment: the download is still the final board.
  await page.getByRole('slider', { name: 'Board replay' }).focus();
  await page.keyboard.press('Home');
  await expect(replay).toContainText('Empty board');

  const svg = await downloaded(page, 'Download board (SVG)');
  expect(svg.name).toMatch(/^mockloop-board-\d{4}-\d\d-\d\d-\d{4}\.svg$/);
  const text = svg.bytes.toString('utf8');
  expect(text).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  // Parsed by the browser: a white background, and the shapes with the rectangle's size among them.
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return null;
    const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    document.body.append(root);
    const background = root.querySelector('rect');
    const shapes = [...root.children].filter((c) => c.tagName === 'g') as SVGGElement[];
    const sizes = shapes.map((g) => {
      const b = g.getBBox();
      return [Math.round(b.width), Math.round(b.height)];
    });
    root.remove();
    return { fill: background?.getAttribute('fill'), sizes };
  }, text);
  expect(parsed).not.toBeNull();
  expect(parsed!.fill).toBe('#ffffff');
  expect(parsed!.sizes).toHaveLength(2);
  expect(parsed!.sizes.some(([w, h]) => Math.abs(w! - 140) <= 6 && Math.abs(h! - 80) <= 6)).toBe(true);

  const png = await downloaded(page, 'Download board (PNG)');
  expect(png.name).toMatch(/^mockloop-board-\d{4}-\d\d-\d\d-\d{4}\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.length).toBeGreaterThan(2000);
  // IHDR: twice the drawn size, padding included (the rectangle and the arrow span about 280 px).
  expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(500);
  expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(150);

  // The Markdown report embeds the same board, and names it in words.
  await page.getByRole('link', { name: 'Your data' }).click();
  const md = (await downloaded(page, 'Export report (Markdown)')).bytes.toString('utf8');
  expect(md).toContain('- Board: 2 shapes: 1 rectangle, 1 arrow');
  const uri = /!\[Final board: 2 shapes: 1 rectangle, 1 arrow\]\((data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+)\)/.exec(
    md,
  );
  expect(uri).not.toBeNull();
  expect(Buffer.from(uri![1]!.split(',')[1]!, 'base64').toString('utf8')).toMatch(/^<svg/);
});

test('backup export, wipe, import: the review’s Board replay shows the board again', async ({ page, browser }) => {
  await drawInTwoMoments(page);
  await endToReview(page);
  const review = new URL(page.url()).pathname;
  await page.getByRole('link', { name: 'Your data' }).click();
  const backup = (await downloaded(page, 'Export backup (JSON)')).bytes.toString('utf8');
  expect(JSON.parse(backup).boardChanges.length).toBeGreaterThanOrEqual(2);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/data');
  const importFile = (text: string) =>
    other
      .getByLabel('Backup file to import')
      .setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  // A forged board beside the real one is left out and named; everything else imports.
  const forged = JSON.parse(backup);
  forged.boardChanges.push({ ...forged.boardChanges[0], sessionId: 'someone-else' });
  await importFile(JSON.stringify(forged));
  const status = other.getByRole('status').filter({ hasText: 'Imported' });
  await expect(status).toContainText('1 practice round');
  await expect(status).toContainText('board change');
  await expect(status).toContainText('Left out 1 board: board of "someone-else"');
  await importFile(backup);
  await expect(status).toContainText('Imported nothing new');

  await other.goto(review);
  const replay = board(other);
  await expect(replay.locator('canvas.static')).toBeVisible({ timeout: 30_000 });
  await expect(replay).toContainText('2 shapes: 1 rectangle, 1 arrow');
  await other.getByRole('slider', { name: 'Board replay' }).focus();
  await other.keyboard.press('Home');
  await expect(replay).toContainText('Empty board');
  await fresh.close();
});

test('a self-critique entry pins the board’s moment and shows the board as it was then', async ({ page }) => {
  await drawInTwoMoments(page);
  await endToReview(page);
  const replay = board(page);
  const slider = page.getByRole('slider', { name: 'Board replay' });
  await expect(replay.locator('canvas.static')).toBeVisible({ timeout: 30_000 });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(replay).toContainText('Empty board');
  // Step forward to the moment with the rectangle only.
  for (let i = 0; i < 10 && !((await replay.textContent()) ?? '').includes('1 shape: 1 rectangle'); i++)
    await page.keyboard.press('ArrowRight');
  await expect(replay).toContainText('1 shape: 1 rectangle');
  const clock = /(\d+:\d\d) · /.exec((await replay.locator('.whiteboard-status').textContent()) ?? '')![1]!;

  const form = page.getByRole('form', { name: 'Add a gap entry' });
  await expect(form.getByLabel('The moment you lost control')).toHaveValue('replay');
  await expect(form.getByRole('option', { name: `Board replay position (${clock})` })).toBeAttached();
  await form.getByRole('checkbox').first().check();
  await form.getByLabel('The exact sentence or line that weakened it').fill('I drew the ranker before the data.');
  await form.getByLabel('The fix').fill('Draw the data path first.');
  await form.getByRole('button', { name: 'Add to gap log' }).click();
  const entry = page.getByRole('list', { name: 'Gap entries for this round' }).getByRole('listitem');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(clock);

  // Elsewhere on the replay, the entry brings the pinned board back and focuses the slider there.
  await slider.focus();
  await page.keyboard.press('End');
  await expect(replay).toContainText('2 shapes: 1 rectangle, 1 arrow');
  await entry.getByRole('button', { name: `Show board at ${clock}` }).click();
  await expect(replay).toContainText('1 shape: 1 rectangle');
  await expect(slider).toBeFocused();
  // After a reload the entry keeps its moment.
  await page.reload();
  await expect(board(page).locator('canvas.static')).toBeVisible({ timeout: 30_000 });
  await expect(board(page)).toContainText('2 shapes');
  await page.getByRole('button', { name: `Show board at ${clock}` }).click();
  await expect(board(page)).toContainText('1 shape: 1 rectangle');

  if (process.env.SCREENSHOTS) {
    for (const width of [390, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await page.reload();
      await expect(board(page).locator('canvas.static')).toBeVisible({ timeout: 30_000 });
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme });
        await board(page).scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${process.env.SCREENSHOTS}/board-review-${theme}-${width}.png` });
        await page.getByRole('list', { name: 'Gap entries for this round' }).scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${process.env.SCREENSHOTS}/board-critique-${theme}-${width}.png` });
      }
    }
  }
});

test('a coding round’s Sketch is in the Markdown report as the round ended it', async ({ page }) => {
  await startRound(page, 'Two Sum', 20);
  await page.getByRole('button', { name: 'Sketch', exact: true }).click();
  const sketch = page.getByRole('region', { name: 'Sketch' });
  await expect(sketch.locator('canvas.interactive')).toBeVisible({ timeout: 30_000 });
  await drag(page, 'rectangle', [90, 140], [220, 230], sketch);
  await expect(sketch).toContainText('1 shape: 1 rectangle');
  await expect(sketch).toContainText('Board saved');
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await page.getByRole('link', { name: 'Your data' }).click();
  const md = (await downloaded(page, 'Export report (Markdown)')).bytes.toString('utf8');
  expect(md).toContain('- Sketch: 1 shape: 1 rectangle (the final sketch)');
  expect(md).toMatch(/!\[Final sketch: 1 shape: 1 rectangle\]\(data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+\)/);
});
