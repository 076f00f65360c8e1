// pageSvg.ts: one page as an SVG document at the page image's pixel size, painted from the
// PageLayout and the page's frames in print's order (pdf/pageContent.ts): white paper; the frames
// drawn on the page, master furniture first, each box (fill, then stroke), rule and photo in frame
// order; then all text on top, ONE outline path per glyph run (the glyphs' own outlines joined at
// the layout's pen positions, as the page view draws them: shared/layout/paint/runOutline.ts).
// Rasterised by librsvg (rasterisePageSvg) this is the reference the page images are checked
// against, and the alternative the bench times: the images themselves are painted by
// pagePaint.ts and glyphRaster.ts, 3–4 times faster (README.md). Positions come from the engine;
// nothing is measured here. Emphasis dots (着重号) are drawn where the page view and the print PDF
// draw them (shared/layout/paint/emphasisDots.ts).
import type { FontCatalog } from '../../../../../shared/layout/fonts';
import type { GlyphRun, PageLayout } from '../../../../../shared/layout/output';
import { emphasisDots, runPathData, runScale } from '../../../../../shared/layout/paint';
import type { PlacementRect } from '../../../../../shared/layout/imagePlacement';
import { ruleSegment } from '../../../../../shared/layout/ruleGeometry';
import type { Frame } from '../../../../../shared/model';
import type { OutlineSource } from './glyphOutlines';
import { cmykToHex, TEXT_COLOR } from './webColor';

/** A photo ready to draw: its pixels (a data: URL) over `rect`, clipped to `clip`, page points. */
export interface SvgPicture {
  readonly href: string;
  readonly rect: PlacementRect;
  readonly clip: PlacementRect;
}

export interface PageSvgInput {
  readonly page: PageLayout;
  /** The frames drawn on the page: its master's, then its own (flow/pageFrames). */
  readonly frames: readonly Frame[];
  /** Trim size, points. */
  readonly width: number;
  readonly height: number;
  /** Pixels per point, and the image's pixel size. */
  readonly scale: number;
  readonly pixelWidth: number;
  readonly pixelHeight: number;
  readonly fonts: FontCatalog;
  readonly outlines: OutlineSource;
  /** Photos by image frame id; a frame without one draws nothing (as in print). */
  readonly pictures: ReadonlyMap<string, SvgPicture>;
}

/** At most 3 decimals (1/1000 pt, the layout's own precision). */
export function num(n: number): string {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
}

const rectAttrs = (r: PlacementRect): string => `x="${num(r.x)}" y="${num(r.y)}" width="${num(r.width)}" height="${num(r.height)}"`;

function frameElements(frame: Frame, pictures: ReadonlyMap<string, SvgPicture>, clipIds: { next: number }): string[] {
  if (frame.kind === 'image') {
    const picture = pictures.get(frame.id);
    if (!picture) return [];
    const id = `c${clipIds.next++}`;
    return [
      `<clipPath id="${id}"><rect ${rectAttrs(picture.clip)}/></clipPath>`,
      `<image clip-path="url(#${id})" ${rectAttrs(picture.rect)} preserveAspectRatio="none" href="${picture.href}"/>`,
    ];
  }
  if (frame.kind === 'rule') {
    if (frame.stroke.width <= 0) return [];
    const s = ruleSegment(frame);
    return [`<line x1="${num(s.x1)}" y1="${num(s.y1)}" x2="${num(s.x2)}" y2="${num(s.y2)}" stroke="${cmykToHex(frame.stroke.color)}" stroke-width="${num(frame.stroke.width)}" stroke-linecap="butt"/>`];
  }
  if (frame.kind === 'box') {
    const out: string[] = [];
    const rect = rectAttrs(frame);
    if (frame.fill) out.push(`<rect ${rect} fill="${cmykToHex(frame.fill)}"/>`);
    if (frame.stroke && frame.stroke.width > 0) out.push(`<rect ${rect} fill="none" stroke="${cmykToHex(frame.stroke.color)}" stroke-width="${num(frame.stroke.width)}"/>`);
    return out;
  }
  return [];
}

function runElements(run: GlyphRun, fonts: FontCatalog, outlines: OutlineSource): string[] {
  const face = fonts.byId(run.fontId);
  if (!face) throw new Error(`the layout uses font ${run.fontId}, which the layout env does not have`);
  const out: string[] = [];
  const path = runPathData(run, face.unitsPerEm, (gid) => outlines.relative(run.fontId, gid));
  const k = runScale(run, face.unitsPerEm);
  // The run's origin is in the path (runPathData); k at full precision: 7.5 pt / 1000 units is
  // 0.0075, which 3 decimals would make 0.008.
  if (path.glyphs > 0) out.push(`<path transform="matrix(${k} 0 0 ${-k} 0 0)" d="${path.d}"/>`);
  for (const dot of emphasisDots(run)) out.push(`<circle cx="${num(dot.cx)}" cy="${num(dot.cy)}" r="${num(dot.r)}"/>`);
  return out;
}

export function pageSvg(input: PageSvgInput): string {
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${input.pixelWidth}" height="${input.pixelHeight}" viewBox="0 0 ${input.pixelWidth} ${input.pixelHeight}">`,
    `<rect width="${input.pixelWidth}" height="${input.pixelHeight}" fill="#ffffff"/>`,
    `<g transform="scale(${input.scale})">`,
  ];
  const clipIds = { next: 0 };
  for (const frame of input.frames) parts.push(...frameElements(frame, input.pictures, clipIds));
  parts.push(`<g fill="${TEXT_COLOR}">`);
  for (const frame of input.page.frames) {
    for (const column of frame.columns) {
      for (const line of column.lines) for (const run of line.runs) parts.push(...runElements(run, input.fonts, input.outlines));
    }
  }
  parts.push('</g>', '</g>', '</svg>');
  return parts.join('\n');
}
