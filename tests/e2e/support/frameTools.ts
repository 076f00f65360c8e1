// frameTools.ts: driving the frame tools in the page view: page points to screen pixels, drags
// between page points, and the frames' model state as the renderer shows it.
import { expect, type Page } from '@playwright/test';
import type { Frame } from '../../../src/shared/model';
import type { GalleyServer } from './galleyServe';
import { fetchDocument } from './edition';

/** Screen position of a point on the page (points from the trim's top-left corner). */
export async function toScreen(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  return page.getByTestId('page-svg').evaluate(
    (svg, at) => {
      const m = (svg as SVGSVGElement).getScreenCTM();
      if (!m) throw new Error('the page has no screen matrix');
      return { x: m.a * at.x + m.c * at.y + m.e, y: m.b * at.x + m.d * at.y + m.f };
    },
    { x, y },
  );
}

/** Presses at one page point, moves in steps to another, releases; modifiers held throughout. */
export async function dragOnPage(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, options: { modifiers?: string[]; release?: boolean } = {}): Promise<void> {
  const a = await toScreen(page, from.x, from.y);
  const b = await toScreen(page, to.x, to.y);
  for (const key of options.modifiers ?? []) await page.keyboard.down(key);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 4 });
  await page.mouse.move(b.x, b.y, { steps: 4 });
  if (options.release !== false) await page.mouse.up();
  for (const key of options.modifiers ?? []) await page.keyboard.up(key);
}

/** Clicks a page point (inside a frame, say), with optional modifiers. */
export async function clickOnPage(page: Page, at: { x: number; y: number }, modifiers: Array<'Shift' | 'Alt' | 'Control'> = []): Promise<void> {
  const p = await toScreen(page, at.x, at.y);
  // mouse.click takes no modifiers: they are held on the keyboard around it.
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.click(p.x, p.y);
  for (const key of modifiers) await page.keyboard.up(key);
}

/** The centre of a frame, in page points. */
export function centre(frame: { x: number; y: number; width: number; height: number }): { x: number; y: number } {
  return { x: frame.x + frame.width / 2, y: frame.y + frame.height / 2 };
}

/** The frame ids the page view shows as selected. */
export async function selectedIds(page: Page): Promise<string[]> {
  return page.locator('[data-testid="frame"][data-selected="true"]').evaluateAll((els) => els.map((el) => (el as SVGGElement).dataset['frameId'] ?? ''));
}

/** Waits until the host holds `frameId` with fields matching `expected`. */
export async function expectServerFrame(galley: GalleyServer, frameId: string, expected: Partial<Frame>): Promise<void> {
  await expect
    .poll(async () => {
      const { edition } = await fetchDocument(galley);
      const frame = edition.pages.flatMap((p) => p.frames).find((f) => f.id === frameId);
      return frame ? Object.fromEntries(Object.keys(expected).map((k) => [k, (frame as Record<string, unknown>)[k]])) : null;
    })
    .toEqual(expected);
}
