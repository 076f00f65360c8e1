// pageView.ts: reading and driving the page view through its data attributes (geometry in pt).
import { expect, type Locator, type Page } from '@playwright/test';

export interface FrameGeometry {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function frame(page: Page, frameId: string): Locator {
  return page.locator(`[data-testid="frame"][data-frame-id="${frameId}"]`);
}

export async function frameGeometry(page: Page, frameId: string): Promise<FrameGeometry> {
  const attrs = await frame(page, frameId).evaluate((el) => ({ ...(el as SVGGElement).dataset }));
  return { x: Number(attrs['x']), y: Number(attrs['y']), width: Number(attrs['width']), height: Number(attrs['height']) };
}

/** Screen pixels per point of the page SVG. */
export async function zoom(page: Page): Promise<number> {
  return page.getByTestId('page-svg').evaluate((svg) => {
    const element = svg as SVGSVGElement;
    return element.getBoundingClientRect().width / element.viewBox.baseVal.width;
  });
}

/** Presses inside the frame's outline, moves by whole pixels in steps, and releases. */
export async function dragFrame(page: Page, frameId: string, dxPx: number, dyPx: number): Promise<void> {
  const box = await frame(page, frameId).locator('.frame-outline').boundingBox();
  if (!box) throw new Error(`frame ${frameId} is not visible`);
  const startX = Math.round(box.x + Math.min(40, box.width / 2));
  const startY = Math.round(box.y + Math.min(30, box.height / 2));
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  await page.mouse.move(startX + dxPx / 2, startY + dyPx / 2, { steps: 4 });
  await page.mouse.move(startX + dxPx, startY + dyPx, { steps: 4 });
  await page.mouse.up();
}

export async function expectFrameAt(page: Page, frameId: string, x: number, y: number): Promise<void> {
  await expect(frame(page, frameId)).toHaveAttribute('data-x', String(x));
  await expect(frame(page, frameId)).toHaveAttribute('data-y', String(y));
}

/** Waits until every edit has been confirmed by the host and written. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-status', 'saved');
}
