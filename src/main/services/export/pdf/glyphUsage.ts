// glyphUsage.ts: which glyphs of which faces the pages show, and what text each glyph stands
// for, gathered over every page first so that each face is subset once for the whole document.
// The text comes from the runs' clusters into the paragraph's text; running heads (furniture,
// whose text comes from a template, not a story) fall back to the face's cmap read backwards.
import type { FontCatalog, FontId } from '../../../../shared/layout/fonts';
import type { GlyphRun, PageLayout } from '../../../../shared/layout/output';
import { type Edition, paragraphText } from '../../../../shared/model';
import type { FaceUsage } from './fontObjects';

export class MissingFontError extends Error {
  override readonly name = 'MissingFontError';
  constructor(
    readonly fontId: string,
    message: string,
  ) {
    super(message);
  }
}

/** Every run of a page, in painting order. */
export function* pageRuns(page: PageLayout): Generator<GlyphRun> {
  for (const frame of page.frames) for (const column of frame.columns) for (const line of column.lines) yield* line.runs;
}

/** Per glyph of `run`: the text of its cluster for the cluster's first glyph, '' for the others. */
export function runGlyphTexts(run: GlyphRun, text: string): string[] {
  const starts = [...new Set(run.clusters)].sort((a, b) => a - b);
  const seen = new Set<number>();
  return run.clusters.map((cluster) => {
    if (seen.has(cluster)) return '';
    seen.add(cluster);
    const next = starts.find((s) => s > cluster) ?? Math.max(run.source.end, cluster);
    return text.slice(cluster, next);
  });
}

/**
 * Text for `wanted` glyphs read backwards from the face's cmap: the first code point (lowest,
 * BMP first) that maps to each. The scan stops as soon as every wanted glyph has one, so a
 * running head in Latin or common CJK costs a few thousand lookups instead of a walk over all
 * 262 000 code points; only a glyph no code point reaches (a ligature, say) walks to the end.
 */
export function reverseCmap(face: Pick<FaceUsage['face'], 'glyphIndex'>, wanted: ReadonlySet<number>): Map<number, string> {
  const out = new Map<number, string>();
  if (wanted.size === 0) return out;
  for (let cp = 0x20; cp <= 0x3ffff; cp++) {
    if (cp === 0xd800) cp = 0xe000;
    const gid = face.glyphIndex(cp);
    if (gid !== 0 && wanted.has(gid) && !out.has(gid)) {
      out.set(gid, String.fromCodePoint(cp));
      if (out.size === wanted.size) break;
    }
  }
  return out;
}

/**
 * The faces and glyphs `pages` use; throws MissingFontError when a run's face is not in `fonts`.
 * `extraTexts` (keyed `storyId/paragraphId`) gives the text of lines no story holds, such as the
 * slug, so their ToUnicode entries come from the text itself rather than the cmap.
 */
export function collectGlyphUsage(edition: Edition, pages: readonly PageLayout[], fonts: FontCatalog, extraTexts?: ReadonlyMap<string, string>): Map<FontId, FaceUsage> {
  const texts = new Map<string, string>(extraTexts);
  for (const story of edition.stories) for (const p of story.paragraphs) texts.set(`${story.id}/${p.id}`, paragraphText(p));
  const usage = new Map<FontId, FaceUsage>();
  const unresolved = new Set<FontId>();
  for (const page of pages) {
    for (const run of pageRuns(page)) {
      let entry = usage.get(run.fontId);
      if (!entry) {
        const face = fonts.byId(run.fontId);
        if (!face) throw new MissingFontError(run.fontId, `page ${page.pageId} uses the font ${run.fontId}, which is not loaded (was it removed from the edition's fonts/ folder?)`);
        entry = { face, glyphs: new Map() };
        usage.set(run.fontId, entry);
      }
      const text = texts.get(`${run.source.storyId}/${run.source.paragraphId}`);
      const glyphTexts = text === undefined ? null : runGlyphTexts(run, text);
      run.glyphIds.forEach((gid, i) => {
        const t = glyphTexts?.[i] ?? '';
        if ((entry.glyphs.get(gid) ?? '') === '') entry.glyphs.set(gid, t);
        if (t === '' && glyphTexts === null) unresolved.add(run.fontId);
      });
    }
  }
  for (const id of unresolved) {
    const entry = usage.get(id);
    if (!entry) continue;
    const wanted = new Set<number>();
    for (const [gid, t] of entry.glyphs) if (t === '') wanted.add(gid);
    const reverse = reverseCmap(entry.face, wanted);
    for (const [gid, t] of entry.glyphs) if (t === '') entry.glyphs.set(gid, reverse.get(gid) ?? '');
  }
  return usage;
}
