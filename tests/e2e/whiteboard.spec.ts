// The whiteboard of the ML system design round, as a candidate uses it: drawn with the mouse,
// saved as drawn, back after a reload; loaded only when a board opens, and from this origin alone.
import { expect, test, type Page } from '@playwright/test';

/** From the practice page: starts a design round and waits for its board. */
async function startDesignRound(page: Page): Promise<void> {
  await page.goto('/practice');
  await page.getByRole('form', { name: 'ML system design' }).getByRole('button', { name: 'Start round' }).click();
  await expect(page.getByRole('timer').first()).toBeVisible();
  await expect(board(page).locator('canvas.interactive')).toBeVisible({ timeout: 30_000 });
}

/** Clicks a tool's button in the board's toolbar (the label around its radio input). */
async function pickTool(page: Page, tool: string): Promise<void> {
  await board(page)
    .locator('label', { has: page.getByTestId(`toolbar-${tool}`) })
    .click();
  await expect(board(page).getByTestId(`toolbar-${tool}`)).toBeChecked();
}

function board(page: Page) {
  return page.getByRole('region', { name: 'Whiteboard' });
}

/** Picks a tool and drags from (x1, y1) to (x2, y2), in the canvas's own coordinates. */
async function drag(page: Page, tool: string, from: [number, number], to: [number, number]): Promise<void> {
  await pickTool(page, tool);
  const canvas = board(page).locator('canvas.interactive');
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + from[0], box.y + from[1]);
  await page.mouse.down();
  await page.mouse.move(box.x + (from[0] + to[0]) / 2, box.y + (from[1] + to[1]) / 2, { steps: 5 });
  await page.mouse.move(box.x + to[0], box.y + to[1], { steps: 5 });
  await page.mouse.up();
}

/** Draws the test's picture: a rectangle, and an arrow leaving it. */
async function drawRectangleAndArrow(page: Page): Promise<void> {
  await drag(page, 'rectangle', [80, 120], [220, 200]);
  await drag(page, 'arrow', [240, 160], [360, 160]);
}

test('a rectangle and an arrow drawn with the mouse are still on the board after a reload', async ({ page }) => {
  await startDesignRound(page);
  await expect(board(page)).toContainText('Empty board');
  await drawRectangleAndArrow(page);
  await expect(board(page)).toContainText('2 shapes: 1 rectangle, 1 arrow');
  await expect(board(page)).toContainText('Board saved');

  await page.reload();
  await expect(board(page).locator('canvas.interactive')).toBeVisible({ timeout: 30_000 });
  await expect(board(page)).toContainText('2 shapes: 1 rectangle, 1 arrow');
  // The steps are still there beside it, notes and all.
  await expect(page.getByRole('heading', { name: '1. Clarify requirements' })).toBeVisible();
});

test('the review’s Board replay shows the board empty at 0:00 and with both shapes at the end', async ({ page }) => {
  await startDesignRound(page);
  await drawRectangleAndArrow(page);
  await expect(board(page)).toContainText('Board saved');
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Review/ })).toBeVisible();

  const slider = page.getByRole('slider', { name: 'Board replay' });
  const replay = page.getByRole('region', { name: 'Whiteboard' });
  await expect(replay.locator('canvas.static')).toBeVisible({ timeout: 30_000 });
  // It opens on the final board.
  await expect(replay).toContainText('2 shapes: 1 rectangle, 1 arrow');
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(replay).toContainText('0:00');
  await expect(replay).toContainText('Empty board');
  await expect(replay).toContainText('Clarify requirements');
  await page.keyboard.press('End');
  await expect(replay).toContainText('2 shapes: 1 rectangle, 1 arrow');
  // A read-only board: no drawing tools.
  await expect(replay.getByTestId('toolbar-rectangle')).toHaveCount(0);
});

test('typing in the step notes never reaches the board’s shortcuts, and the board’s never reach the notes', async ({
  page,
}) => {
  await startDesignRound(page);
  const notes = page.getByLabel('Clarify requirements notes');
  // r, a and o are the board's rectangle, arrow and ellipse shortcuts.
  await notes.fill('');
  await notes.pressSequentially('rao 2');
  await expect(notes).toHaveValue('rao 2');
  await expect(board(page).getByTestId('toolbar-selection')).toBeChecked();
  await expect(board(page)).toContainText('Empty board');

  // With the board focused, the same key picks a tool and types nothing into the notes.
  await board(page)
    .locator('canvas.interactive')
    .click({ position: { x: 40, y: 300 } });
  await page.keyboard.press('r');
  await expect(board(page).getByTestId('toolbar-rectangle')).toBeChecked();
  await expect(notes).toHaveValue('rao 2');
});

test('the board loads only when a board opens, and never asks anything of another origin', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  const seen: string[] = [];
  context.on('request', (req) => {
    const url = req.url();
    seen.push(url);
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) outside.push(url);
  });
  await page.goto('/practice');
  await expect(page.getByRole('form', { name: 'ML system design' })).toBeVisible();
  expect(seen.filter((u) => /\/assets\/board-|excalidraw/.test(u))).toEqual([]);

  await startDesignRound(page);
  await drawRectangleAndArrow(page);
  // Text needs the hand-drawn font: it must come from here.
  await pickTool(page, 'text');
  const box = (await board(page).locator('canvas.interactive').boundingBox())!;
  await page.mouse.click(box.x + 120, box.y + 260);
  await page.keyboard.type('Feature store');
  await page.keyboard.press('Escape');
  await expect(board(page)).toContainText('3 shapes');
  await expect.poll(() => seen.some((u) => /\/excalidraw\/fonts\/.+\.woff2$/.test(u))).toBe(true);
  expect(outside).toEqual([]);
});
