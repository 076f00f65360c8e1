// geometry.ts: how page points map to the screen. The page SVG's user unit is the point, with
// the origin at the trim's top-left corner, exactly as the model stores geometry.
import type { PageFormat } from '../../shared/model';

/** Pasteboard around the bleed, in points, so frames pulled past the edge stay visible. */
export const PASTEBOARD_PT = 24;

/** Width of the rulers in screen pixels. */
export const RULER_PX = 22;

export interface PageViewport {
  /** The SVG viewBox, in points. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function pageViewport(format: PageFormat): PageViewport {
  const margin = format.bleed + PASTEBOARD_PT;
  return { x: -margin, y: -margin, width: format.trim.width + 2 * margin, height: format.trim.height + 2 * margin };
}

/** Pixels per point at which the whole viewport fits in a `width` × `height` pixel area. */
export function fitZoom(viewport: PageViewport, width: number, height: number): number {
  if (width <= 0 || height <= 0) return 1;
  return Math.min(width / viewport.width, height / viewport.height);
}

/** CMYK (0–100 per ink) to a screen colour: a naive conversion, good enough for a preview. */
export function cmykToCss(cmyk: { c: number; m: number; y: number; k: number }): string {
  const k = 1 - cmyk.k / 100;
  const channel = (ink: number): number => Math.round(255 * (1 - ink / 100) * k);
  return `rgb(${channel(cmyk.c)} ${channel(cmyk.m)} ${channel(cmyk.y)})`;
}
