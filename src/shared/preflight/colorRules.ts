// colorRules.ts: the colours in the model, which are CMYK already: rule strokes, box strokes and
// box fills. Text has no colour in the model; the PDF painter sets all of it at 100 % K,
// overprinting (design.md, PDF), so there is no text colour to check until styles gain one.
//   - Total ink over edition.output.inkLimit: an error (typesetting-cjk.md §13.2).
//   - Rich black on thin strokes and small fills: a warning (§13.3). Coldset misregistration
//     fringes a black built from several plates, so rich black is for large solids only.
// A spot colour is checked by its CMYK alternate: that is what a plant printing in process puts
// on the plates, and it is never more lenient than one spot plate.
import type { Cmyk, Frame } from '../model';
import type { PreflightContext } from './context';
import type { PreflightIssue } from './report';

/**
 * A colour reads as black from about 85 % K: below it, added C/M/Y is a deliberate dark colour,
 * not a "richer" black. Plants' rich-black specifications start at K 85–100 (40/30/30/100,
 * 60/40/40/100; §13.3), so this catches every rich black without flagging tinted greys.
 */
export const RICH_BLACK_MIN_K = 85;
/** NIAD's minimum for four-colour type (§13.3); a stroke or solid this thin fringes the same way. */
export const RICH_BLACK_MIN_SIZE = 10;

const total = (c: Cmyk): number => Math.round((c.c + c.m + c.y + c.k) * 100) / 100;
const isRichBlack = (c: Cmyk): boolean => c.k >= RICH_BLACK_MIN_K && c.c + c.m + c.y > 0;

interface Paint {
  readonly part: 'stroke' | 'fill';
  readonly color: Cmyk;
  /** Stroke width, or the solid's smaller side, in pt. */
  readonly size: number;
}

function paints(frame: Frame): Paint[] {
  if (frame.kind === 'rule') return frame.stroke.width > 0 ? [{ part: 'stroke', color: frame.stroke.color, size: frame.stroke.width }] : [];
  if (frame.kind !== 'box') return [];
  const out: Paint[] = [];
  if (frame.fill !== null) out.push({ part: 'fill', color: frame.fill, size: Math.min(frame.width, frame.height) });
  if (frame.stroke !== null && frame.stroke.width > 0) out.push({ part: 'stroke', color: frame.stroke.color, size: frame.stroke.width });
  return out;
}

export function colorIssues(ctx: PreflightContext): PreflightIssue[] {
  const limit = ctx.edition.output.inkLimit;
  const issues: PreflightIssue[] = [];
  for (const page of ctx.edition.pages) {
    for (const frame of ctx.framesOf(page)) {
      const where = { pageId: page.id, frameId: frame.id };
      for (const paint of paints(frame)) {
        const ink = total(paint.color);
        if (ink > limit) issues.push(ctx.issue('ink-over-limit', 'error', where, { ink, limit, part: paint.part }));
        if (isRichBlack(paint.color) && paint.size < RICH_BLACK_MIN_SIZE) issues.push(ctx.issue('rich-black-small-text', 'warning', where, { size: paint.size, ink, part: paint.part }));
      }
    }
  }
  return issues;
}
