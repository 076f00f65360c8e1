// pageContent.ts: the content stream of one page, painted from its PageLayout and nothing else
// (the engine measured and broke everything; this only converts coordinates). Page coordinates
// are points from the trim's top-left corner, y down; PDF's are from the MediaBox's bottom-left,
// y up, and the trim sits `trimOffset` in from the MediaBox's edges (the bleed, plus the mark
// space when crop marks are on: marks.ts).
// Text: one BT/ET per line, one Tf + Tm per run, then TJ with per-glyph adjustments so every
// glyph lands exactly on the layout's pen position (justification, compression, kerning and
// HarfBuzz offsets included); a new Tm only where a glyph's vertical offset changes.
// 着重号: after each line's text, its emphasis dots as one filled path of circles (four Bézier
// arcs each), where every painter puts them (shared/layout/paint/emphasisDots.ts), in the text's ink.
// Colour: text is 100 % K in DeviceCMYK and overprints (GWG; typesetting-cjk.md §13.3), through
// the ExtGState named OVERPRINT_GS; rules and boxes take their colour operators from PageColors
// (spotColors.ts: DeviceCMYK, or a Separation for a spot ink), overprinting only when K-only
// process.
import type { GlyphRun, PageLayout } from '../../../../shared/layout/output';
import type { Cmyk, Frame } from '../../../../shared/model';
import { emphasisDots } from '../../../../shared/layout/paint';
import { imageOperators, type PageImages } from './imageOperators';
import type { PageColors } from './spotColors';
import { ruleSegment } from '../../../../shared/layout/ruleGeometry';

export const OVERPRINT_GS = 'GSop';

export interface PageGeometry {
  readonly trimWidth: number;
  readonly trimHeight: number;
  readonly bleed: number;
  /** From the MediaBox's left and bottom edges to the trim's: the bleed, plus any mark space. */
  readonly trimOffset: number;
}

export interface FontRefs {
  /** Resource name (F1 …) and the CID of an original glyph id, per font id. */
  resourceName(fontId: string): string;
  cid(fontId: string, gid: number): number;
}

/** Numbers in content streams: at most 3 decimals (1/1000 pt, the layout's own precision). */
export function num(n: number): string {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
}

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

function runOperators(run: GlyphRun, fonts: FontRefs, toX: (x: number) => number, toY: (y: number) => number, widthOf: (gid: number) => number): string[] {
  const out = [`/${fonts.resourceName(run.fontId)} ${num(run.size)} Tf`];
  const n = run.glyphIds.length;
  let pen = run.x;
  let i = 0;
  while (i < n) {
    const dy = run.dy[i] ?? 0;
    out.push(`1 0 0 1 ${num(toX(pen + (run.dx[i] ?? 0)))} ${num(toY(run.y + dy))} Tm`);
    const parts: string[] = [];
    let hex = '';
    // One TJ while the vertical offset stays the same; after each glyph, the adjustment moves
    // the text position from where the glyph's nominal width leaves it to the next glyph's origin.
    for (; i < n && (run.dy[i] ?? 0) === dy; i++) {
      const gid = run.glyphIds[i] ?? 0;
      hex += hex4(fonts.cid(run.fontId, gid));
      const advance = run.advances[i] ?? 0;
      const adjust = widthOf(gid) + (((run.dx[i] ?? 0) - advance - (run.dx[i + 1] ?? 0)) * 1000) / run.size;
      pen += advance;
      if (i + 1 < n && Math.abs(adjust) >= 0.0005) {
        parts.push(`<${hex}>`, num(adjust));
        hex = '';
      }
    }
    if (hex !== '') parts.push(`<${hex}>`);
    out.push(`[${parts.join(' ')}] TJ`);
  }
  return out;
}

/** A circle's control-point distance for four cubic arcs (the usual 4/3·(√2 − 1)). */
const KAPPA = 0.5523;

/** A closed circle subpath (no painting operator), in PDF coordinates. */
function circlePath(x: number, y: number, r: number): string {
  const k = KAPPA * r;
  const p = (a: number, b: number): string => `${num(a)} ${num(b)}`;
  return [
    `${p(x + r, y)} m`,
    `${p(x + r, y + k)} ${p(x + k, y + r)} ${p(x, y + r)} c`,
    `${p(x - k, y + r)} ${p(x - r, y + k)} ${p(x - r, y)} c`,
    `${p(x - r, y - k)} ${p(x - k, y - r)} ${p(x, y - r)} c`,
    `${p(x + k, y - r)} ${p(x + r, y - k)} ${p(x + r, y)} c`,
    'h',
  ].join(' ');
}

/** Process black (K only) overprints; a spot ink knocks out like any other colour. */
const kOnly = (c: Cmyk): boolean => c.spot === undefined && c.c === 0 && c.m === 0 && c.y === 0;

/** Rules, boxes and images (placed by imageOperators.ts). */
function frameOperators(frame: Frame, toX: (x: number) => number, toY: (y: number) => number, colors: PageColors, images?: PageImages): string[] {
  if (frame.kind === 'image') {
    const placed = images?.placed(frame.id);
    return placed ? imageOperators(frame, placed.pixels, placed.name, toX, toY) : [];
  }
  if (frame.kind === 'rule') {
    if (frame.stroke.width <= 0) return [];
    const { x1, y1, x2, y2 } = ruleSegment(frame);
    const gs = kOnly(frame.stroke.color) ? [`/${OVERPRINT_GS} gs`] : [];
    return ['q', ...gs, colors.stroke(frame.stroke.color), `${num(frame.stroke.width)} w`, `${num(toX(x1))} ${num(toY(y1))} m ${num(toX(x2))} ${num(toY(y2))} l S`, 'Q'];
  }
  if (frame.kind === 'box') {
    const rect = `${num(toX(frame.x))} ${num(toY(frame.y + frame.height))} ${num(frame.width)} ${num(frame.height)} re`;
    const out: string[] = [];
    if (frame.fill) out.push('q', colors.fill(frame.fill), rect, 'f', 'Q');
    if (frame.stroke && frame.stroke.width > 0) {
      const gs = kOnly(frame.stroke.color) ? [`/${OVERPRINT_GS} gs`] : [];
      out.push('q', ...gs, colors.stroke(frame.stroke.color), `${num(frame.stroke.width)} w`, rect, 'S', 'Q');
    }
    return out;
  }
  return [];
}

/**
 * The content stream of `page`. `frames` are the model's frames drawn on the page (its master's
 * first, then its own), for the rules and boxes, painted under the text. Every text frame of
 * `page` is painted, the slug line (a frame the painter adds outside the trim) included.
 */
export function pageContent(
  page: PageLayout,
  frames: readonly Frame[],
  geometry: PageGeometry,
  fonts: FontRefs,
  widthOf: (fontId: string, gid: number) => number,
  colors: PageColors,
  images?: PageImages,
): string {
  const toX = (x: number): number => x + geometry.trimOffset;
  const toY = (y: number): number => geometry.trimHeight + geometry.trimOffset - y;
  const ops: string[] = [];
  for (const frame of frames) ops.push(...frameOperators(frame, toX, toY, colors, images));
  ops.push('q', `/${OVERPRINT_GS} gs`, '0 0 0 1 k');
  for (const frame of page.frames) {
    for (const column of frame.columns) {
      for (const line of column.lines) {
        if (line.runs.length === 0) continue;
        ops.push('BT');
        for (const run of line.runs) ops.push(...runOperators(run, fonts, toX, toY, (gid) => widthOf(run.fontId, gid)));
        ops.push('ET');
        const dots = line.runs.flatMap(emphasisDots);
        if (dots.length > 0) ops.push(...dots.map((d) => circlePath(toX(d.cx), toY(d.cy), d.r)), 'f');
      }
    }
  }
  ops.push('Q');
  return `${ops.join('\n')}\n`;
}
