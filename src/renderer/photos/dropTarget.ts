// dropTarget.ts: where pictures dropped on the page view go: into the topmost image frame of the
// page under the pointer (not master furniture, not locked), else a new frame at that point.
// Decided from the model's geometry, not from which element was hit, so overlays drawn above the
// frames (handles, guides) do not change the answer.
import type { Edition, Page } from '../../shared/model';
import { framesOnPage } from '../state';
import type { ImportTarget } from './PhotoProvider';

export function dropTarget(edition: Edition, page: Page, point: { x: number; y: number }): ImportTarget {
  const frames = framesOnPage(edition, page);
  for (let i = frames.length - 1; i >= 0; i--) {
    const placed = frames[i];
    if (!placed) continue;
    const { frame } = placed;
    const inside = point.x >= frame.x && point.x <= frame.x + frame.width && point.y >= frame.y && point.y <= frame.y + frame.height;
    if (!inside) continue;
    if (frame.kind === 'image' && !placed.fromMaster && !frame.locked) return { frameId: frame.id };
  }
  return { at: point };
}

/**
 * The middle of what the window shows of the page, in page points: where the import button puts
 * a new photo (as a paste lands in the middle of the view), not the type area's corner, where
 * every photo covered the masthead and the one before it. Null without a page view.
 */
export function visiblePageCentre(doc: Document): { x: number; y: number } | null {
  const svg = pageSvgOf(doc);
  const view = svg?.closest('.canvas-scroller')?.getBoundingClientRect();
  if (!svg || !view) return null;
  const page = svg.getBoundingClientRect();
  const left = Math.max(view.left, page.left);
  const right = Math.min(view.right, page.right);
  const top = Math.max(view.top, page.top);
  const bottom = Math.min(view.bottom, page.bottom);
  if (right <= left || bottom <= top) return null;
  return pagePointOf(svg, (left + right) / 2, (top + bottom) / 2);
}

/** The page view's drawing, where drops land and positions are turned into page points. */
export function pageSvgOf(doc: Document): SVGSVGElement | null {
  return doc.querySelector<SVGSVGElement>('svg[data-testid="page-svg"]');
}

/** A client position in page points, through the page SVG's own transform. */
export function pagePointOf(svg: SVGSVGElement, clientX: number, clientY: number): { x: number; y: number } | null {
  const matrix = svg.getScreenCTM();
  if (!matrix) return null;
  const p = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  return { x: p.x, y: p.y };
}
