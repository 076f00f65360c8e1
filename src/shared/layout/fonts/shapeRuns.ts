// shapeRuns.ts: itemize then shape, run by run (stack-notes §3: shaping mixed text in one
// buffer changes hundreds of glyphs). Stage 2 of inline: itemize → SHAPE → break → justify.
import { type CompositeFont, type FontRun, itemize, type ItemizeOptions } from './itemize';
import type { ShapedGlyphs, Shaper } from './shaper';

export interface ShapedRun extends FontRun {
  readonly glyphs: ShapedGlyphs;
}

export interface ShapeParagraphOptions extends ItemizeOptions {
  /** Extra OpenType features for runs of each slot ('halt' for CJK punctuation, 'tnum'…). */
  readonly features?: { readonly cjk?: readonly string[]; readonly latin?: readonly string[] };
}

/** Shapes already itemized runs of `text`. */
export function shapeRuns(text: string, runs: readonly FontRun[], shaper: Shaper, options: ShapeParagraphOptions = {}): ShapedRun[] {
  return runs.map((run) => {
    const features = options.features?.[run.slot];
    const glyphs = shaper.shape({ text, start: run.start, end: run.end, face: run.face, script: run.script, language: run.language, ...(features ? { features } : {}) });
    return { ...run, glyphs };
  });
}

/** Itemizes `text` with `font` and shapes every run. */
export function shapeParagraph(text: string, font: CompositeFont, shaper: Shaper, options: ShapeParagraphOptions = {}): ShapedRun[] {
  return shapeRuns(text, itemize(text, font, options), shaper, options);
}

/** Sum of a run's advances in font units. */
export function runAdvance(glyphs: ShapedGlyphs): number {
  let sum = 0;
  for (const a of glyphs.xAdvances) sum += a;
  return sum;
}
