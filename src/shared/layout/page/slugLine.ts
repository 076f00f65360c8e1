// slugLine.ts: the slug of a print PDF (paper, date, page, issue, time of output), one line set
// outside the trim when crop marks are on. Shaped here, by the engine, so the PDF painter still
// never measures text: it paints these runs like any other and embeds their glyphs in the same
// per-document subsets. One line, never broken or justified: the slug is a label for the plant,
// set in the running head's face and size (furnitureStyle), at a position the painter chooses.
import type { Edition } from '../../model';
import type { LayoutEnv } from '../env';
import { pt } from '../flow';
import { resolveComposite, shapeParagraph } from '../fonts';
import type { FrameLayout, GlyphRun, SourceRange } from '../output/PageLayout';
import { FURNITURE_STORY_ID, furnitureStyle } from './furniture';

/** The frame id slug lines carry (no model frame has it: it is not part of the page). */
export const SLUG_FRAME_ID = 'slug';

/** Slug lines name no story; their paragraph id says which page they label. */
export function slugParagraphId(pageId: string): string {
  return `slug:${pageId}`;
}

export interface SlugPlacement {
  /** Left end of the baseline, page coordinates (pt from the trim's top-left, y down). */
  readonly x: number;
  readonly baseline: number;
}

/**
 * `text` set as one line starting at `at`, as a frame of one column. Furniture's face and size;
 * rounded to 1/1000 pt like every layout number.
 */
export function composeSlugLine(edition: Edition, pageId: string, text: string, at: SlugPlacement, env: LayoutEnv): FrameLayout {
  const style = furnitureStyle(edition);
  const font = resolveComposite(env.fonts, style.font, style.weight);
  const source: SourceRange = { storyId: FURNITURE_STORY_ID, paragraphId: slugParagraphId(pageId), start: 0, end: text.length };
  const runs: GlyphRun[] = [];
  let pen = at.x;
  let ascent = 0;
  let descent = 0;
  for (const run of shapeParagraph(text, font, env.shaper)) {
    const { glyphs } = run;
    const scale = style.size / glyphs.unitsPerEm;
    const advances = glyphs.xAdvances.map((a) => pt(a * scale));
    runs.push({
      fontId: glyphs.fontId,
      size: style.size,
      x: pt(pen),
      y: pt(at.baseline),
      glyphIds: [...glyphs.glyphIds],
      advances,
      dx: glyphs.xOffsets.map((o) => pt(o * scale)),
      // HarfBuzz offsets point up; layout y points down.
      dy: glyphs.yOffsets.map((o) => pt(-o * scale)),
      clusters: [...glyphs.clusters],
      source: { ...source, start: run.start, end: run.end },
      emphasisDots: false,
    });
    for (const a of advances) pen += a;
    ascent = Math.max(ascent, (run.face.ascender * style.size) / run.face.unitsPerEm);
    descent = Math.max(descent, (-run.face.descender * style.size) / run.face.unitsPerEm);
  }
  const width = pt(pen - at.x);
  const line = {
    x: pt(at.x),
    baseline: pt(at.baseline),
    width,
    contentWidth: width,
    ascent: pt(ascent),
    descent: pt(descent),
    runs,
    source,
    lastOfParagraph: true,
  };
  return {
    frameId: SLUG_FRAME_ID,
    storyId: null,
    columns: [{ x: line.x, y: pt(at.baseline - ascent), width, height: pt(ascent + descent), lines: [line] }],
  };
}
