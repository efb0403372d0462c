// Drawing on the design round's whiteboard with the mouse, for the board's end-to-end tests.
import { expect, type Locator, type Page } from '@playwright/test';

export function board(page: Page) {
  return page.getByRole('region', { name: 'Whiteboard' });
}

/** From the practice page: starts a design round and waits for its board. */
export async function startDesignRound(page: Page): Promise<void> {
  await page.goto('/practice');
  await page.getByRole('form', { name: 'ML system design' }).getByRole('button', { name: 'Start round' }).click();
  await expect(page.getByRole('timer').first()).toBeVisible();
  await expect(board(page).locator('canvas.interactive')).toBeVisible({ timeout: 30_000 });
}

/** Clicks a tool's button in the board's toolbar (the label around its radio input). */
export async function pickTool(page: Page, tool: string, area: Locator = board(page)): Promise<void> {
  await area.locator('label', { has: page.getByTestId(`toolbar-${tool}`) }).click();
  await expect(area.getByTestId(`toolbar-${tool}`)).toBeChecked();
}

/** Picks a tool and drags from (x1, y1) to (x2, y2), in the canvas's own coordinates (of `area`'s board). */
export async function drag(
  page: Page,
  tool: string,
  from: [number, number],
  to: [number, number],
  area: Locator = board(page),
): Promise<void> {
  await pickTool(page, tool, area);
  const canvas = area.locator('canvas.interactive');
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + from[0], box.y + from[1]);
  await page.mouse.down();
  await page.mouse.move(box.x + (from[0] + to[0]) / 2, box.y + (from[1] + to[1]) / 2, { steps: 5 });
  await page.mouse.move(box.x + to[0], box.y + to[1], { steps: 5 });
  await page.mouse.up();
}

/** Ends the running round at once and waits for its review. */
export async function endToReview(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Review/ })).toBeVisible();
}
