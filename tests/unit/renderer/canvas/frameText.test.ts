// The page's text as SVG: a paragraph's lines in a column are one block under a translate to the
// block's origin (the column's left edge, the paragraph's first baseline had it run on in that
// column), so a paragraph pushed down by typing above it changes one attribute, and a line pushed
// into the next column keeps its outline (issue 5 §6: the keystroke that adds a line).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FrameText } from '../../../../src/renderer/canvas/FrameText';
import { createGlyphPaths } from '../../../../src/renderer/layout/glyphPaths';
import { createFontCatalog, type Face, type FontId } from '../../../../src/shared/layout/fonts';
import type { FrameLayout, GlyphRun, LineLayout } from '../../../../src/shared/layout/output';

const FONT = `sha256:${'a'.repeat(64)}#0` as FontId;
const face = { id: FONT, unitsPerEm: 1000, family: 'F', familyNames: ['F'], weight: 400, italic: false } as unknown as Face;
const fonts = createFontCatalog([face]);
const glyphs = createGlyphPaths(fonts, { glyphPath: (_f, gid) => `M0 0L${gid * 10} 700L${gid * 20} 0Z` });

function line(paragraphId: string, baseline: number, glyphIds: number[], x = 20): LineLayout {
  const run: GlyphRun = {
    fontId: FONT,
    size: 10,
    x,
    y: baseline,
    glyphIds,
    advances: glyphIds.map(() => 10),
    dx: glyphIds.map(() => 0),
    dy: glyphIds.map(() => 0),
    clusters: glyphIds.map((_, i) => i),
    source: { storyId: 's', paragraphId, start: 0, end: glyphIds.length },
    emphasisDots: false,
  };
  return { x, baseline, width: 100, contentWidth: 30, ascent: 8.8, descent: 1.2, runs: [run], source: run.source, lastOfParagraph: false };
}

function frame(...columns: LineLayout[][]): FrameLayout {
  return { frameId: 'f', storyId: 's', columns: columns.map((lines, c) => ({ x: 20 + c * 120, y: 0, width: 100, height: 200, lines })) } as unknown as FrameLayout;
}

const markup = (layout: FrameLayout): string => renderToStaticMarkup(createElement(FrameText, { layout, glyphs, fonts }));

/** Each block: its translate and the markup of its paths. */
function blocks(svg: string): Array<{ translate: string; paths: string }> {
  return [...svg.matchAll(/<g transform="(translate\([^)]*\))">(.*?)<\/g>/gu)].map((m) => ({ translate: m[1]!, paths: m[2]!.replace(/ data-[xy]="[^"]*"/gu, '') }));
}

describe('FrameText', () => {
  it('draws each paragraph of a column as one block placed at its first baseline', () => {
    const svg = markup(frame([line('p1', 12, [1, 2]), line('p1', 24, [3]), line('p2', 36, [4, 5])]));
    const found = blocks(svg);
    expect(found.map((b) => b.translate)).toEqual(['translate(2000 -1200)', 'translate(2000 -3600)']);
    expect(found[0]!.paths.match(/<path /gu)).toHaveLength(2);
    // Glyph 1 of the first line starts at the block's own origin.
    expect(found[0]!.paths).toMatch(/ d="M0 0l/u);
  });

  it('moves a paragraph pushed down by a new line above it with its translate alone', () => {
    const before = blocks(markup(frame([line('p1', 12, [1, 2]), line('p2', 24, [4, 5]), line('p2', 36, [6])])));
    const after = blocks(markup(frame([line('p1', 12, [1]), line('p1', 24, [2]), line('p2', 36, [4, 5]), line('p2', 48, [6])])));
    expect(after[1]!.translate).not.toBe(before[1]!.translate);
    expect(after[1]!.paths).toBe(before[1]!.paths);
    expect(after[0]!.paths).not.toBe(before[0]!.paths);
  });

  it('puts every glyph where the layout says on the page, through both transforms', () => {
    const svg = markup(frame([line('p1', 12, [1]), line('p2', 40, [2])]));
    // Second block: translate(0 −4000) under matrix(0.01 0 0 −0.01 0 0); its path starts at (2000, 0).
    const block = blocks(svg)[1]!;
    const [tx, ty] = block.translate.match(/translate\((-?[\d.]+) (-?[\d.]+)\)/u)!.slice(1).map(Number);
    const [x, y] = block.paths.match(/ d="M(-?[\d.]+) (-?[\d.]+)/u)!.slice(1).map(Number);
    expect([(x! + tx!) * 0.01, -(y! + ty!) * 0.01]).toEqual([20, 40]);
  });

  it('keeps the outline of a line that a new line above pushes into the next column', () => {
    // p2's line [6] ends column 1; p1 gains a line, so [6] now heads column 2 above [7].
    const before = markup(frame([line('p1', 12, [1, 2]), line('p2', 24, [4, 5]), line('p2', 36, [6])], [line('p2', 12, [7], 140)]));
    const after = markup(frame([line('p1', 12, [1]), line('p1', 24, [2]), line('p2', 36, [4, 5])], [line('p2', 12, [6], 140), line('p2', 24, [7], 140)]));
    const pathsOf = (svg: string, paragraphId: string): string[] => [...svg.matchAll(new RegExp(`data-paragraph-id="${paragraphId}"[^>]* d="([^"]*)"`, 'gu'))].map((m) => m[1]!);
    expect(pathsOf(after, 'p2')).toEqual(pathsOf(before, 'p2'));
    expect(pathsOf(after, 'p1')).not.toEqual(pathsOf(before, 'p1'));
  });

  it('puts a line pushed into the next column where the layout says', () => {
    const svg = markup(frame([line('p1', 12, [1]), line('p1', 24, [2])], [line('p1', 12, [3], 140), line('p1', 24, [4], 140)]));
    const placed = blocks(svg).flatMap((block) => {
      const [tx, ty] = block.translate.match(/translate\((-?[\d.]+) (-?[\d.]+)\)/u)!.slice(1).map(Number);
      return [...block.paths.matchAll(/ d="M(-?[\d.]+) (-?[\d.]+)/gu)].map((m) => [Math.round((Number(m[1]) + tx!) * 0.01 * 1000) / 1000, Math.round(-(Number(m[2]) + ty!) * 0.01 * 1000) / 1000]);
    });
    expect(placed).toEqual([
      [20, 12],
      [20, 24],
      [140, 12],
      [140, 24],
    ]);
  });
});
