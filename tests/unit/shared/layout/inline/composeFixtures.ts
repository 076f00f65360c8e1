// composeFixtures.ts: a LayoutEnv over the real default fonts and HarfBuzz, the sample edition's
// stories and styles (the seed page as the importer repairs it), and line helpers for the
// composition specs.
import { readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import { buildSampleEdition } from '../../../../../src/main/services/sample';
import type { LayoutEnv } from '../../../../../src/shared/layout/env';
import { createFontCatalog, createHarfBuzzShaper } from '../../../../../src/shared/layout/fonts';
import type { ComposedLine, ComposedParagraph } from '../../../../../src/shared/layout/inline';
import { counterIds, type Edition, type Paragraph, type ParagraphStyle, ParagraphStyleIds } from '../../../../../src/shared/model';
import { loadFace, PROJECT_ROOT } from '../../../../fixtures/fonts/fontFiles';

export const ENV: LayoutEnv = {
  fonts: createFontCatalog(['serifRegular', 'serifBold', 'sansRegular', 'latinRegular', 'latinBold'].map((k) => loadFace(k))),
  shaper: createHarfBuzzShaper(hb),
};

let sample: Edition | null = null;

/** The sample edition built from resources/sample/seed-page.txt (stories, styles). */
export function sampleEdition(): Edition {
  sample ??= buildSampleEdition({ newId: counterIds(), seedText: readFileSync(`${PROJECT_ROOT}/resources/sample/seed-page.txt`, 'utf8') }).edition;
  return sample;
}

export function styleOf(id: string): ParagraphStyle {
  const style = sampleEdition().styles.paragraph.find((s) => s.id === id);
  if (!style) throw new Error(`no style ${id}`);
  return style;
}

/** Every body (正文) paragraph of the sample. */
export function bodyParagraphs(): Paragraph[] {
  return sampleEdition().stories.flatMap((s) => s.paragraphs).filter((p) => p.style === ParagraphStyleIds.body);
}

export function para(text: string, style = 'p-test', runs?: Paragraph['runs']): Paragraph {
  return { id: 'p1', style, runs: runs ?? [{ text, charStyle: null, marks: [] }] };
}

/** The end of a line's ink: last run's x plus its advances. */
export function lineEnd(line: ComposedLine): number {
  const run = line.runs[line.runs.length - 1];
  return run ? run.x + run.advances.reduce((a, b) => a + b, 0) : 0;
}

export function lineStart(line: ComposedLine): number {
  return line.runs[0]?.x ?? 0;
}

export function lineTexts(text: string, p: ComposedParagraph): string[] {
  return p.lines.map((l) => text.slice(l.start, l.end));
}
