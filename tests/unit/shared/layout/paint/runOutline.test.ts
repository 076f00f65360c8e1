// Painting glyphs as outlines: where each glyph of a run goes (pen + offsets, scaled to font
// units, y flipped), outlines made relative, and a run joined into one path that draws exactly
// what the glyphs' own outlines draw at their places.
import { describe, expect, it } from 'vitest';
import type { FontId } from '../../../../../src/shared/layout/fonts';
import type { GlyphRun } from '../../../../../src/shared/layout/output';
import { emphasisDots, placeGlyphs, relativeOutline, runPathData, runScale } from '../../../../../src/shared/layout/paint';

const FONT = `sha256:${'a'.repeat(64)}#0` as FontId;

function run(over: Partial<GlyphRun> = {}): GlyphRun {
  return {
    fontId: FONT,
    size: 10,
    x: 100,
    y: 200,
    glyphIds: [5, 6, 7],
    advances: [10, 10, 5],
    dx: [0, 1, 0],
    dy: [0, 0, -2],
    clusters: [0, 1, 2],
    source: { storyId: 's', paragraphId: 'p', start: 0, end: 3 },
    emphasisDots: false,
    ...over,
  };
}

/** Every point a path visits, made absolute again: the reference the relative form must match. */
function absolutePoints(d: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)/gu) ?? [];
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  let cmd = '';
  let i = 0;
  const arity: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, z: 0 };
  while (i < tokens.length) {
    if (/[A-Za-z]/u.test(tokens[i]!)) cmd = tokens[i++]!;
    const lower = cmd.toLowerCase();
    const rel = cmd === lower;
    if (lower === 'z') {
      cx = sx;
      cy = sy;
      out.push([cx, cy]);
      continue;
    }
    const vals = tokens.slice(i, i + arity[lower]!).map(Number);
    i += arity[lower]!;
    if (lower === 'h') cx = rel ? cx + vals[0]! : vals[0]!;
    else if (lower === 'v') cy = rel ? cy + vals[0]! : vals[0]!;
    else {
      for (let j = 0; j < vals.length; j += 2) out.push([rel ? cx + vals[j]! : vals[j]!, rel ? cy + vals[j + 1]! : vals[j + 1]!]);
      cx = rel ? cx + vals.at(-2)! : vals.at(-2)!;
      cy = rel ? cy + vals.at(-1)! : vals.at(-1)!;
    }
    if (lower === 'm') {
      sx = cx;
      sy = cy;
    }
    out.push([cx, cy]);
  }
  return out;
}

describe('placeGlyphs', () => {
  it('puts each glyph at its pen position plus offsets, in font units with y up', () => {
    const placed = placeGlyphs(run(), 1000);
    expect(runScale(run(), 1000)).toBe(0.01);
    // pen 0, 10, 20 pt → 0, 1000, 2000 units; dx 1 pt → +100 units; dy −2 pt (up) → +200 units.
    expect(placed.map((g) => [g.glyphId, g.x, g.y])).toEqual([
      [5, 0, 0],
      [6, 1100, 0],
      [7, 2000, 200],
    ]);
  });

  it('scales by size over units per em', () => {
    const placed = placeGlyphs(run({ size: 20, advances: [20, 20, 20], dx: [0, 0, 0], dy: [0, 0, 0] }), 2048);
    expect(placed.map((g) => g.x)).toEqual([0, 2048, 4096]);
  });
});

describe('relativeOutline', () => {
  it('keeps the first point absolute and visits the same points with relative commands, across contours', () => {
    // HarfBuzz's own form: comma pairs, two contours (a box with a hole), quadratics and cubics.
    const d = 'M100,0L500,0Q600,0 600,100C600,300 550,700 500,700L100,700ZM200,200L400,200L400,500L200,500Z';
    const rel = relativeOutline(d)!;
    expect([rel.x, rel.y]).toEqual([100, 0]);
    expect(rel.tail).not.toMatch(/[MLQCZ]/u);
    expect(absolutePoints(`M${rel.x} ${rel.y}${rel.tail}`)).toEqual(absolutePoints(d));
  });

  it('handles H, V and negative coordinates, and lets a minus sign separate numbers', () => {
    const d = 'M-10 20H30V-40L0 0Q-5 -5 -10 0Z';
    const rel = relativeOutline(d)!;
    expect(absolutePoints(`M${rel.x} ${rel.y}${rel.tail}`)).toEqual(absolutePoints(d));
    expect(rel.tail).toBe('h40v-60l-30 40q-5-5-10 0z');
  });

  it('reads any separators SVG allows, signs, exponents and bare fractions, and refuses a lone sign', () => {
    const rel = relativeOutline('M 1e2,+2.5e1\nL\t-.5 .6Q3,4,5,6 Z')!;
    expect([rel.x, rel.y]).toEqual([100, 25]);
    // -0.5 rounds to -0 and .6 to 1 (JavaScript rounds halves up).
    expect(rel.tail).toBe('l-100-24q3 3 5 5z');
    expect(() => relativeOutline('M0 0L- 5Z')).toThrow(/number was expected/u);
    expect(() => relativeOutline('M0 0L. 5Z')).toThrow(/number was expected/u);
  });

  it('rounds points to whole font units before making them relative, so the steps never drift', () => {
    // HarfBuzz gives TrueType's implied on-curve midpoints as halves: 25 of them, one after another.
    const halves = Array.from({ length: 25 }, (_, i) => `L${i + 0.5} ${(i + 1) * 10 + 0.5}`).join('');
    const rel = relativeOutline(`M0.4 0.6${halves}Z`)!;
    expect([rel.x, rel.y]).toEqual([0, 1]);
    const points = absolutePoints(`M${rel.x} ${rel.y}${rel.tail}`);
    const expected = absolutePoints(`M0 1${Array.from({ length: 25 }, (_, i) => `L${Math.round(i + 0.5)} ${Math.round((i + 1) * 10 + 0.5)}`).join('')}Z`);
    expect(points).toEqual(expected);
    expect(rel.tail).not.toMatch(/\./u);
  });

  it('is null for a glyph that draws nothing, and refuses relative input rather than misplace it', () => {
    expect(relativeOutline('')).toBeNull();
    expect(() => relativeOutline('M0 0l10 10z')).toThrow(/absolute/u);
  });
});

describe('runPathData', () => {
  const outlines: Record<number, string> = { 5: 'M0,0L10,0L10,10Z', 6: 'M1,1L2,2Z', 7: '' };
  const outlineOf = (gid: number) => relativeOutline(outlines[gid] ?? '');

  it('draws each glyph\'s own outline at its place on the page (under scale k, −k), and skips glyphs without one', () => {
    const r = run();
    const path = runPathData(r, 1000, outlineOf);
    expect(path.glyphs).toBe(2);
    const placed = placeGlyphs(r, 1000);
    const k = runScale(r, 1000);
    // In page points: glyph outline × k, y flipped, at the run origin plus the glyph's place.
    const expected = [5, 6].flatMap((gid, i) => absolutePoints(outlines[gid]!).map(([x, y]) => [r.x + (x + placed[i]!.x) * k, r.y - (y + placed[i]!.y) * k]));
    const drawn = absolutePoints(path.d).map(([x, y]) => [x * k, -y * k]);
    expect(drawn.length).toBe(expected.length);
    drawn.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(expected[i]![0]!, 6);
      expect(y).toBeCloseTo(expected[i]![1]!, 6);
    });
  });

  it('is empty for a run of spaces', () => {
    expect(runPathData(run({ glyphIds: [7, 7, 7] }), 1000, outlineOf)).toEqual({ d: '', glyphs: 0 });
  });
});

describe('emphasisDots (着重号), where every painter draws them', () => {
  it('puts one dot under each glyph, centred on its advance whatever its offsets, a quarter em below the baseline', () => {
    const dots = emphasisDots(run({ emphasisDots: true }));
    expect(dots.map((d) => [d.cx, d.cy])).toEqual([
      [105, 202.5],
      [115, 202.5],
      [122.5, 202.5],
    ]);
    for (const d of dots) expect(d.r).toBeCloseTo(0.7, 9);
  });

  it('gives none for a run without emphasis', () => {
    expect(emphasisDots(run())).toEqual([]);
  });
});
