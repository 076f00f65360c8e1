// 着重号 in the print PDF: text with the emphasis character style prints a dot under each
// character, where the page view and the e-paper images draw them (shared/layout/paint), and
// text without it prints none. Rendered with pdftoppm, as the plant's RIP would see the page.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GlyphRun } from '../../../../src/shared/layout/output';
import { emphasisDots } from '../../../../src/shared/layout/paint';
import { CharacterStyleIds, type Edition, ParagraphStyleIds } from '../../../../src/shared/model';
import { sampleEdition } from '../layout/sampleLayout';
import { type Composed, composed, paintTo, testOutput } from './pdfxFixture';
import { darkPixels, readPgm } from './support/pixels';
import { tool } from './support/tools';

const DPI = 300;
const PX = DPI / 72;

/** The sample with the first 12 characters of its first body paragraph set in 着重号. */
function emphasised(): Edition {
  const base = sampleEdition();
  let done = false;
  const stories = base.stories.map((story) => ({
    ...story,
    paragraphs: story.paragraphs.map((p) => {
      if (done || p.style !== ParagraphStyleIds.body) return p;
      const first = p.runs[0];
      if (!first || [...first.text].length < 30) return p;
      done = true;
      const chars = [...first.text];
      return { ...p, runs: [{ ...first, text: chars.slice(0, 12).join(''), charStyle: CharacterStyleIds.emphasis }, { ...first, text: chars.slice(12).join('') }, ...p.runs.slice(1)] };
    }),
  }));
  return { ...base, stories };
}

let tmp: string;
let c: Composed;
let runs: GlyphRun[];

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'galley-emphasis-'));
  c = await composed(emphasised());
  runs = c.layout.pages[0]!.frames.flatMap((f) => f.columns.flatMap((col) => col.lines.flatMap((l) => l.runs)));
}, 120_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('emphasis dots in the print PDF', () => {
  it('prints a dot under each emphasised character, and none under the text around it', async () => {
    const dotted = runs.filter((r) => r.emphasisDots);
    const dots = dotted.flatMap(emphasisDots);
    expect(dots.length).toBeGreaterThanOrEqual(12);
    const { file } = await paintTo(c, tmp, 'emphasis.pdf', testOutput());
    const { stderr } = await tool('pdftoppm', ['-r', String(DPI), '-gray', '-singlefile', file, join(tmp, 'page')]);
    expect(stderr).toBe('');
    const image = await readPgm(join(tmp, 'page.pgm'));
    // pdftoppm renders the MediaBox: the trim plus the bleed all round (no marks here).
    const off = c.edition.format.bleed;
    const at = (x: number, y: number, r: number): number => darkPixels(image, (x + off - r) * PX, (y + off - r) * PX, (x + off + r) * PX, (y + off + r) * PX);
    for (const d of dots) expect(at(d.cx, d.cy, d.r * 0.6), `dot at ${d.cx}, ${d.cy}`).toBeGreaterThan(0);
    // Where a dot would go under the same line's next characters, which are not emphasised: paper.
    const plain = runs.find((r) => !r.emphasisDots && r.source.paragraphId === dotted[0]!.source.paragraphId && r.y === dotted[0]!.y)!;
    for (const d of emphasisDots({ ...plain, emphasisDots: true })) expect(at(d.cx, d.cy, d.r * 0.6), `no dot at ${d.cx}`).toBe(0);
  });
});
