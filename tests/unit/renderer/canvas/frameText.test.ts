// The page's text as SVG: a paragraph's lines in a column are one block under a translate to the
// paragraph's first baseline, so a paragraph pushed down by typing above it changes one
// attribute, not its outlines (issue 5 §6: the keystroke that adds a line).
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

function line(paragraphId: string, baseline: number, glyphIds: number[]): LineLayout {
  const run: GlyphRun = {
    fontId: FONT,
    size: 10,
    x: 20,
    y: baseline,
    glyphIds,
    advances: glyphIds.map(() => 10),
    dx: glyphIds.map(() => 0),
    dy: glyphIds.map(() => 0),
    clusters: glyphIds.map((_, i) => i),
    source: { storyId: 's', paragraphId, start: 0, end: glyphIds.length },
    emphasisDots: false,
  };
  return { x: 20, baseline, width: 100, contentWidth: 30, ascent: 8.8, descent: 1.2, runs: [run], source: run.source, lastOfParagraph: false };
}

function frame(lines: LineLayout[]): FrameLayout {
  return { frameId: 'f', storyId: 's', columns: [{ x: 20, y: 0, width: 100, height: 200, lines }] } as unknown as FrameLayout;
}

const markup = (layout: FrameLayout): string => renderToStaticMarkup(createElement(FrameText, { layout, glyphs, fonts }));

/** Each block: its translate and the markup of its paths. */
function blocks(svg: string): Array<{ translate: string; paths: string }> {
  return [...svg.matchAll(/<g transform="(translate\([^)]*\))">(.*?)<\/g>/gu)].map((m) => ({ translate: m[1]!, paths: m[2]!.replace(/ data-y="[^"]*"/gu, '') }));
}

describe('FrameText', () => {
  it('draws each paragraph of a column as one block placed at its first baseline', () => {
    const svg = markup(frame([line('p1', 12, [1, 2]), line('p1', 24, [3]), line('p2', 36, [4, 5])]));
    const found = blocks(svg);
    expect(found.map((b) => b.translate)).toEqual(['translate(0 -1200)', 'translate(0 -3600)']);
    expect(found[0]!.paths.match(/<path /gu)).toHaveLength(2);
    // Glyph 1 of the first line starts at the block's own origin: x = 20 pt / k, y = 0.
    expect(found[0]!.paths).toMatch(/ d="M2000 0l/u);
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
    const ty = Number(block.translate.match(/translate\(0 (-?[\d.]+)\)/u)![1]);
    const [x, y] = block.paths.match(/ d="M(-?[\d.]+) (-?[\d.]+)/u)!.slice(1).map(Number);
    expect([x! * 0.01, -(y! + ty) * 0.01]).toEqual([20, 40]);
  });
});
