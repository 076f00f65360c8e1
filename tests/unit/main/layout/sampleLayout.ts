// sampleLayout.ts: the sample edition (seed page, counter ids) composed with the real default
// fonts through the main-process service, and the line measurements the quality specs use:
// each line's source text, where its ink ends, and the gap at a boundary between two characters.
import { readFileSync } from 'node:fs';
import { createFontService } from '../../../../src/main/services/fonts';
import { composeEditionWithFonts, layoutToolsFor } from '../../../../src/main/services/layout';
import { buildSampleEdition } from '../../../../src/main/services/sample';
import type { LayoutEnv } from '../../../../src/shared/layout/env';
import { resolveComposite, shapeParagraph } from '../../../../src/shared/layout/fonts';
import type { EditionLayout, LineLayout } from '../../../../src/shared/layout/output';
import { counterIds, type Edition, type Paragraph, type ParagraphStyle, paragraphText } from '../../../../src/shared/model';
import { PROJECT_ROOT } from '../../../fixtures/fonts/fontFiles';

export const SEED_TEXT = readFileSync(`${PROJECT_ROOT}/resources/sample/seed-page.txt`, 'utf8');

export function sampleEdition(): Edition {
  return buildSampleEdition({ newId: counterIds(), seedText: SEED_TEXT }).edition;
}

/** No system fonts: the figures must not depend on what the machine has installed. */
export const FONTS = createFontService({ projectRoot: PROJECT_ROOT, systemDirs: [] });

export async function composeSample(edition: Edition = sampleEdition()): Promise<EditionLayout> {
  return composeEditionWithFonts(edition, { fonts: FONTS });
}

export async function sampleEnv(edition: Edition): Promise<LayoutEnv> {
  return (await layoutToolsFor(edition, { fonts: FONTS })).env;
}

export interface SampleLine {
  readonly line: LineLayout;
  readonly paragraph: Paragraph;
  readonly style: ParagraphStyle;
  /** The paragraph's plain text and this line's part of it. */
  readonly paragraphText: string;
  readonly text: string;
}

/** Every story line of the layout (running heads excluded: they come from a template). */
export function storyLines(edition: Edition, layout: EditionLayout): SampleLine[] {
  const paragraphs = new Map(edition.stories.flatMap((s) => s.paragraphs.map((p) => [`${s.id}/${p.id}`, p] as const)));
  const styles = new Map(edition.styles.paragraph.map((s) => [s.id, s]));
  const out: SampleLine[] = [];
  for (const page of layout.pages) {
    for (const frame of page.frames) {
      for (const column of frame.columns) {
        for (const line of column.lines) {
          if (line.source.storyId === '') continue;
          const paragraph = paragraphs.get(`${line.source.storyId}/${line.source.paragraphId}`);
          const style = paragraph && styles.get(paragraph.style);
          if (!paragraph || !style) throw new Error(`line of unknown paragraph ${line.source.storyId}/${line.source.paragraphId}`);
          const text = paragraphText(paragraph);
          out.push({ line, paragraph, style, paragraphText: text, text: text.slice(line.source.start, line.source.end) });
        }
      }
    }
  }
  return out;
}

/** Where the pen stands after the line's last glyph (page x). */
export function inkEnd(line: LineLayout): number {
  const run = line.runs[line.runs.length - 1];
  return run ? run.x + run.advances.reduce((a, b) => a + b, 0) : line.x;
}

/** Pen x of the glyph of each UTF-16 offset of the line (first glyph of its cluster). */
export function penPositions(line: LineLayout): Map<number, { x: number; advance: number; size: number }> {
  const pens = new Map<number, { x: number; advance: number; size: number }>();
  for (const run of line.runs) {
    let x = run.x;
    run.clusters.forEach((cluster, g) => {
      if (!pens.has(cluster)) pens.set(cluster, { x, advance: 0, size: run.size });
      const pen = pens.get(cluster)!;
      pens.set(cluster, { ...pen, advance: pen.advance + (run.advances[g] ?? 0) });
      x += run.advances[g] ?? 0;
    });
  }
  return pens;
}

/** Natural advance (pt) of each cluster of a paragraph, shaped by itself with the style's fonts. */
export function naturalAdvances(text: string, style: ParagraphStyle, env: LayoutEnv): Map<number, number> {
  const font = resolveComposite(env.fonts, style.font, style.weight);
  const out = new Map<number, number>();
  for (const run of shapeParagraph(text, font, env.shaper)) {
    const scale = style.size / run.glyphs.unitsPerEm;
    run.glyphs.clusters.forEach((c, g) => out.set(c, (out.get(c) ?? 0) + (run.glyphs.xAdvances[g] ?? 0) * scale));
  }
  return out;
}

/**
 * The space the layout put at boundary `k` of the line (between offsets k−1 and k): the distance
 * between the two pens minus the natural advance of k−1. Null when k is a line edge.
 */
export function gapAt(line: SampleLine, k: number, natural: Map<number, number>): number | null {
  const { start, end } = line.line.source;
  if (k <= start || k >= end) return null;
  const pens = penPositions(line.line);
  const before = pens.get(k - 1);
  const after = pens.get(k);
  if (!before || !after) return null;
  return after.x - before.x - (natural.get(k - 1) ?? 0);
}
