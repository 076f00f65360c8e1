// textRules.ts: checks that read the composed layout: overset text (counted in 字), characters
// no font could draw, and text lines outside the type area (版心) in a paragraph style that
// does not allow it. Page furniture (running heads, the slug) names no story and may sit in the
// margin by design; 转版 lines are judged by the 转版 style.
import type { EditionLayout, LineLayout, MissingGlyphReport } from '../layout/output';
import { FURNITURE_STORY_ID } from '../layout/page';
import { type ParagraphStyle, ParagraphStyleIds, typeArea } from '../model';
import type { PreflightContext, Where } from './context';
import type { FontFacts } from './input';
import type { PreflightIssue } from './report';

/** One error per overset story, on the last frame of its thread (where the "+N 字" mark is). */
export function oversetIssues(ctx: PreflightContext, layout: EditionLayout): PreflightIssue[] {
  return layout.overset.map((o) => {
    const slug = ctx.edition.stories.find((s) => s.id === o.storyId)?.slug ?? o.storyId;
    const where = o.lastFrame ?? storyWhere(ctx, o.storyId);
    return ctx.issue('overset', 'error', where, { zi: o.chars, storyId: o.storyId, slug });
  });
}

function storyWhere(ctx: PreflightContext, storyId: string): Where | null {
  const first = ctx.firstFrameOf(storyId);
  return first ? { pageId: first.page.id, frameId: first.frame.id } : null;
}

/** Where each placed paragraph piece went: by story and paragraph, the frames and offsets. */
function placements(layout: EditionLayout): Map<string, Array<{ start: number; end: number; where: Where }>> {
  const out = new Map<string, Array<{ start: number; end: number; where: Where }>>();
  for (const page of layout.pages) {
    for (const frame of page.frames) {
      for (const column of frame.columns) {
        for (const line of column.lines) {
          const key = `${line.source.storyId}\u0000${line.source.paragraphId}`;
          let list = out.get(key);
          if (!list) out.set(key, (list = []));
          list.push({ start: line.source.start, end: line.source.end, where: { pageId: page.pageId, frameId: frame.frameId } });
        }
      }
    }
  }
  return out;
}

/**
 * Missing glyphs, one error per frame and font with the characters listed once each. A
 * character that was not placed (overset) is reported on its story's first frame; furniture's
 * characters, which repeat on every page of a master, on the first page that shows them.
 */
export function missingGlyphIssues(ctx: PreflightContext, layout: EditionLayout, fonts: FontFacts): PreflightIssue[] {
  const placed = placements(layout);
  const groups = new Map<string, { where: Where | null; fontId: string; chars: string[] }>();
  for (const m of layout.missingGlyphs) {
    const where = locate(m, placed) ?? storyWhere(ctx, m.storyId);
    const key = `${where?.pageId ?? ''}\u0000${where?.frameId ?? ''}\u0000${m.fontId}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { where, fontId: m.fontId, chars: [] }));
    if (!group.chars.includes(m.char)) group.chars.push(m.char);
  }
  return [...groups.values()].map((g) => {
    const face = fonts.face(g.fontId);
    return ctx.issue('missing-glyph', 'error', g.where, { text: g.chars.join(''), font: face ? face.fullName : g.fontId });
  });
}

function locate(m: MissingGlyphReport, placed: ReadonlyMap<string, ReadonlyArray<{ start: number; end: number; where: Where }>>): Where | undefined {
  const pieces = placed.get(`${m.storyId}\u0000${m.paragraphId}`) ?? [];
  return (pieces.find((p) => m.offset >= p.start && m.offset < p.end) ?? (m.storyId === FURNITURE_STORY_ID ? pieces[0] : undefined))?.where;
}

/** Layout numbers are rounded to 1/1000 pt; a line set on the type area's edge is inside it. */
const EPSILON = 0.01;

/**
 * Lines whose box (the measure across, ascent to descent down) leaves the type area, in a style
 * whose marginText is false: one warning per frame and style, with the number of lines.
 */
export function marginTextIssues(ctx: PreflightContext, layout: EditionLayout): PreflightIssue[] {
  const { edition } = ctx;
  const area = typeArea(edition.format);
  const styles = new Map(edition.styles.paragraph.map((s) => [s.id, s]));
  const paragraphStyle = new Map<string, string>();
  for (const story of edition.stories) for (const p of story.paragraphs) paragraphStyle.set(`${story.id}\u0000${p.id}`, p.style);
  const styleOf = (line: LineLayout): ParagraphStyle | undefined => {
    const { storyId, paragraphId } = line.source;
    if (paragraphId.startsWith('jump:')) return styles.get(ParagraphStyleIds.jump);
    const id = paragraphStyle.get(`${storyId}\u0000${paragraphId}`);
    return id === undefined ? undefined : styles.get(id);
  };
  const outside = (line: LineLayout): boolean =>
    line.x < area.x - EPSILON ||
    line.x + line.width > area.x + area.width + EPSILON ||
    line.baseline - line.ascent < area.y - EPSILON ||
    line.baseline + line.descent > area.y + area.height + EPSILON;

  const issues: PreflightIssue[] = [];
  for (const page of layout.pages) {
    for (const frame of page.frames) {
      const counts = new Map<ParagraphStyle, number>();
      for (const column of frame.columns) {
        for (const line of column.lines) {
          if (line.source.storyId === FURNITURE_STORY_ID || !outside(line)) continue;
          const style = styleOf(line);
          if (style && !style.marginText) counts.set(style, (counts.get(style) ?? 0) + 1);
        }
      }
      for (const [style, lines] of counts) issues.push(ctx.issue('text-in-margin', 'warning', { pageId: page.pageId, frameId: frame.frameId }, { style: style.name, lines }));
    }
  }
  return issues;
}
