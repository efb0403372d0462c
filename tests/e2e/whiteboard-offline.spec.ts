// The whiteboard offline: not part of the first visit's download, kept by the service worker the
// first time a board opens, and working from then on with the network off.
import { expect, test, type Page } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

function board(page: Page) {
  return page.getByRole('region', { name: 'Whiteboard' });
}

test('after a board has opened once, it opens and draws with the network off', async ({ page, context }) => {
  test.setTimeout(180_000);
  const boardFiles: string[] = [];
  context.on('request', (req) => {
    if (/\/assets\/board-|\/excalidraw\//.test(req.url())) boardFiles.push(req.url());
  });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Available offline' })).toBeVisible({ timeout: 120_000 });
  // The first visit (precache included) fetched nothing of the board.
  expect(boardFiles).toEqual([]);

  await page.goto('/practice');
  await page.getByRole('form', { name: 'ML system design' }).getByRole('button', { name: 'Start round' }).click();
  await expect(board(page).locator('canvas.interactive')).toBeVisible({ timeout: 30_000 });
  await board(page)
    .locator('label', { has: page.getByTestId('toolbar-rectangle') })
    .click();
  const canvas = board(page).locator('canvas.interactive');
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + 60, box.y + 100);
  await page.mouse.down();
  await page.mouse.move(box.x + 200, box.y + 180, { steps: 5 });
  await page.mouse.up();
  await expect(board(page)).toContainText('1 shape: 1 rectangle');
  await expect(board(page)).toContainText('Board saved');

  await context.setOffline(true);
  await page.reload();
  await expect(board(page).locator('canvas.interactive')).toBeVisible({ timeout: 30_000 });
  await expect(board(page)).toContainText('1 shape: 1 rectangle');
  await board(page)
    .locator('label', { has: page.getByTestId('toolbar-ellipse') })
    .click();
  await page.mouse.move(box.x + 250, box.y + 100);
  await page.mouse.down();
  await page.mouse.move(box.x + 330, box.y + 180, { steps: 5 });
  await page.mouse.up();
  await expect(board(page)).toContainText('2 shapes: 1 rectangle, 1 ellipse');
});
