// frameRules.ts: checks on the frames and pages themselves, from the model alone: empty frames,
// pages with no frame of their own or another page's label, and objects outside the bleed. Every frame a page shows is checked, master furniture included
// (it prints on each page that uses the master, so it is reported on each).
import type { Frame } from '../model';
import type { PreflightContext } from './context';
import type { PreflightIssue } from './report';

/** A text frame with neither a story nor a template, an image frame with no image: warnings. */
export function emptyFrameIssues(ctx: PreflightContext): PreflightIssue[] {
  const issues: PreflightIssue[] = [];
  for (const page of ctx.edition.pages) {
    for (const frame of ctx.framesOf(page)) {
      const empty = (frame.kind === 'text' && frame.storyId === null && frame.template === null) || (frame.kind === 'image' && frame.assetId === null);
      if (empty) issues.push(ctx.issue('empty-frame', 'warning', { pageId: page.id, frameId: frame.id }, { kind: frame.kind }));
    }
  }
  return issues;
}

/**
 * A page with no frame of its own (its master's running head at most) would go to the plant
 * as an empty page: a warning, since a page of copy was probably never placed on it.
 */
export function blankPageIssues(ctx: PreflightContext): PreflightIssue[] {
  return ctx.edition.pages.filter((page) => page.frames.length === 0).map((page) => ctx.issue('blank-page', 'warning', { pageId: page.id, frameId: null }));
}

/**
 * Two pages with one label (版次): jump lines (下转第X版) and the per-page PDFs and e-paper pages
 * are named by it, so one of them would be the wrong page. An error on each page after the first.
 */
export function duplicateLabelIssues(ctx: PreflightContext): PreflightIssue[] {
  const first = new Map<string, number>();
  const issues: PreflightIssue[] = [];
  for (const page of ctx.edition.pages) {
    const earlier = first.get(page.label);
    if (earlier === undefined) first.set(page.label, page.number);
    else issues.push(ctx.issue('duplicate-label', 'error', { pageId: page.id, frameId: null }, { label: page.label, first: earlier }));
  }
  return issues;
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * What the frame paints, in page coordinates: its box, and for strokes half the line width on
 * either side. A rule is stroked along its long axis through the middle, as the PDF painter
 * draws it (export/pdf/pageContent.ts).
 */
export function paintedBox(frame: Frame): Box {
  const box = { left: frame.x, top: frame.y, right: frame.x + frame.width, bottom: frame.y + frame.height };
  if (frame.kind === 'rule') {
    const half = frame.stroke.width / 2;
    if (frame.width >= frame.height) {
      const mid = frame.y + frame.height / 2;
      return { ...box, top: mid - half, bottom: mid + half };
    }
    const mid = frame.x + frame.width / 2;
    return { ...box, left: mid - half, right: mid + half };
  }
  if (frame.kind === 'box' && frame.stroke !== null) {
    const half = frame.stroke.width / 2;
    return { left: box.left - half, top: box.top - half, right: box.right + half, bottom: box.bottom + half };
  }
  return box;
}

/** Layout rounds to 1/1000 pt; a frame on the bleed line is inside it. */
const EPSILON = 0.001;

/**
 * Anything not within trim + bleed is cut off by the plant: an error when none of it is inside
 * (it cannot print at all, so it is a mistake), a warning when part of it is.
 */
export function outsideBleedIssues(ctx: PreflightContext): PreflightIssue[] {
  const { format } = ctx.edition;
  const area: Box = { left: -format.bleed, top: -format.bleed, right: format.trim.width + format.bleed, bottom: format.trim.height + format.bleed };
  const issues: PreflightIssue[] = [];
  for (const page of ctx.edition.pages) {
    for (const frame of ctx.framesOf(page)) {
      const b = paintedBox(frame);
      const inside = b.left >= area.left - EPSILON && b.top >= area.top - EPSILON && b.right <= area.right + EPSILON && b.bottom <= area.bottom + EPSILON;
      if (inside) continue;
      const disjoint = b.right <= area.left || b.left >= area.right || b.bottom <= area.top || b.top >= area.bottom;
      const where = { pageId: page.id, frameId: frame.id };
      issues.push(ctx.issue('outside-bleed', disjoint ? 'error' : 'warning', where, { extent: disjoint ? 'entire' : 'partial' }));
    }
  }
  return issues;
}
