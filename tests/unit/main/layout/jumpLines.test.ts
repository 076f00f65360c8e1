// Jump lines (转版) with the real composer and the default fonts: a story of the sample threaded
// from page 1 onto page 2. The fake-composer specs (tests/unit/shared/layout/flow/jumpLines.test.ts)
// cover the rules; these check what only real glyphs show: right alignment and no overlap.
import { describe, expect, it } from 'vitest';
import { composeEditionWithFonts } from '../../../../src/main/services/layout';
import type { EditionLayout, LineLayout } from '../../../../src/shared/layout/output';
import { applyOp, type Edition, ParagraphStyleIds, paragraphText } from '../../../../src/shared/model';
import { edition, page, para, story, textFrame } from '../../shared/layout/flow/fixtures';
import { FONTS, inkEnd, sampleEdition } from './sampleLayout';

/** The sample's body paragraphs, enough to fill both frames. */
function threadedEdition(): Edition {
  const body = sampleEdition().stories.flatMap((s) => s.paragraphs).filter((p) => p.style === ParagraphStyleIds.body);
  const paragraphs = body.slice(0, 12).map((p, i) => para(`b${i}`, ParagraphStyleIds.body, paragraphText(p)));
  return edition(
    [
      page('p1', 1, [textFrame('fA', { x: 50, y: 100, width: 210, height: 160 }, 's', { columns: 2, gutter: 10, next: { pageId: 'p2', frameId: 'fB' } })]),
      page('p2', 2, [textFrame('fB', { x: 50, y: 100, width: 100, height: 400 }, 's', { prev: { pageId: 'p1', frameId: 'fA' } })]),
    ],
    [story('s', paragraphs)],
  );
}

function columnLines(layout: EditionLayout, frameId: string, column: number): LineLayout[] {
  const frame = layout.pages.flatMap((p) => p.frames).find((f) => f.frameId === frameId);
  return [...(frame?.columns[column]?.lines ?? [])];
}

describe('jump lines with the real composer', () => {
  it('sets 下转 flush right at the foot of the last column, below the text, in the 转版 size', async () => {
    const layout = await composeEditionWithFonts(threadedEdition(), { fonts: FONTS });
    const lines = columnLines(layout, 'fA', 1);
    const out = lines.at(-1);
    const above = lines.at(-2);
    if (!out || !above) throw new Error('fA column 2 has no jump line under text');
    expect(out.source.paragraphId).toBe('jump:fA:out');
    expect(out.runs.flatMap((r) => r.glyphIds)).toHaveLength(7);
    expect(out.runs.every((r) => r.size === 7.5)).toBe(true);
    expect(Math.abs(inkEnd(out) - (out.x + out.width))).toBeLessThan(0.01);
    expect(out.baseline + out.descent).toBeLessThanOrEqual(260.0005);
    expect(above.baseline + above.descent).toBeLessThanOrEqual(out.baseline - out.ascent);
    expect(layout.missingGlyphs).toEqual([]);
  });

  it('sets 上接 flush right at the top of the continuation, above the text', async () => {
    const layout = await composeEditionWithFonts(threadedEdition(), { fonts: FONTS });
    const [into, first] = columnLines(layout, 'fB', 0);
    if (!into || !first) throw new Error('fB has no jump line over text');
    expect(into.source.paragraphId).toBe('jump:fB:in');
    expect(Math.abs(inkEnd(into) - (into.x + into.width))).toBeLessThan(0.01);
    expect(into.baseline - into.ascent).toBeGreaterThanOrEqual(100);
    expect(into.baseline + into.descent).toBeLessThanOrEqual(first.baseline - first.ascent);
  });

  it('follows a restyled 转版 size', async () => {
    const ed = applyOp(threadedEdition(), { type: 'updateParagraphStyle', styleId: ParagraphStyleIds.jump, patch: { size: 9, leading: 12 } }).edition;
    const out = columnLines(await composeEditionWithFonts(ed, { fonts: FONTS }), 'fA', 1).at(-1);
    expect(out?.runs.every((r) => r.size === 9)).toBe(true);
    expect(out && Math.abs(inkEnd(out) - (out.x + out.width))).toBeLessThan(0.01);
  });
});
