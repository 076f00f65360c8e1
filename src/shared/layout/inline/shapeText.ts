// shapeText.ts: a paragraph's runs → shaped glyphs and one natural advance per code point, in
// pt. Character styles split the text into segments (weight, emphasis dots); each weight's
// composite font itemizes the WHOLE paragraph (so context decides ambiguous marks as it would
// unstyled) and its font runs are clipped to that weight's segments, then shaped.
//
// Advances per code point: a glyph's advance goes to the code point its cluster starts at, so a
// ligature (ffi) or a base with its marks is one code point wide and its other code points are
// 0 wide and not cluster heads (nothing may stretch, track or hyphenate inside a cluster).
// A glyph the face lacks (.notdef, id 0) is reported in `missing`, never drawn, and its code
// point keeps an em as a placeholder so the gap shows where text is missing.
import type { LayoutEnv } from '../env';
import { type CompositeFont, type FontId, type FontRun, type FontSlot, itemize, resolveComposite, type ShapedRun, shapeRuns, type StyleWeight } from '../fonts';
import type { Paragraph, ParagraphStyle, Styles } from '../../model';

/** Shaped runs by text, segments and faces: font units, so valid at any size. */
export type ShapeCache = Map<string, readonly ShapedRun[]>;

export interface StyledSegment {
  /** UTF-16 range, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly weight: StyleWeight;
  readonly emphasisDots: boolean;
}

export interface ShapedText {
  readonly text: string;
  readonly cps: readonly number[];
  /** UTF-16 offset of each code point, plus text.length at the end. */
  readonly offsets: readonly number[];
  /** Code point index of each UTF-16 offset (a low surrogate maps to its pair's index). */
  readonly cpAt: Int32Array;
  readonly runs: readonly ShapedRun[];
  /** Per shaped run: its segment's emphasis dots. */
  readonly emphasis: readonly boolean[];
  /** Natural advance of each code point in pt. */
  readonly advance: Float64Array;
  /** 1 where a glyph cluster starts at the code point. */
  readonly clusterHead: Uint8Array;
  /** Which face of the composite draws the code point. */
  readonly slot: readonly FontSlot[];
  /** Weight of the code point's segment (for the hyphen glyph). */
  readonly weightAt: readonly StyleWeight[];
  readonly fonts: ReadonlyMap<StyleWeight, CompositeFont>;
  readonly missing: ReadonlyArray<{ readonly offset: number; readonly char: string; readonly fontId: FontId }>;
}

/** The paragraph's segments of equal weight and emphasis, from its runs' character styles. */
export function styledSegments(paragraph: Paragraph, style: ParagraphStyle, styles: Styles): StyledSegment[] {
  const out: StyledSegment[] = [];
  let at = 0;
  for (const run of paragraph.runs) {
    const cs = run.charStyle === null ? undefined : styles.character.find((c) => c.id === run.charStyle);
    const weight = cs?.weight ?? style.weight;
    const emphasisDots = cs?.emphasisDots ?? false;
    const end = at + run.text.length;
    const prev = out[out.length - 1];
    if (run.text.length === 0) continue;
    if (prev && prev.weight === weight && prev.emphasisDots === emphasisDots) out[out.length - 1] = { ...prev, end };
    else out.push({ start: at, end, weight, emphasisDots });
    at = end;
  }
  return out;
}

function clip(runs: readonly FontRun[], start: number, end: number): FontRun[] {
  const out: FontRun[] = [];
  for (const run of runs) {
    const s = Math.max(run.start, start);
    const e = Math.min(run.end, end);
    if (s < e) out.push({ ...run, start: s, end: e });
  }
  return out;
}

export function shapeText(text: string, segments: readonly StyledSegment[], style: ParagraphStyle, env: LayoutEnv, cache?: ShapeCache): ShapedText {
  const fonts = new Map<StyleWeight, CompositeFont>();
  for (const seg of segments) if (!fonts.has(seg.weight)) fonts.set(seg.weight, resolveComposite(env.fonts, style.font, seg.weight));

  const key = cache ? `${[...fonts].map(([w, f]) => `${w}:${f.cjk.id},${f.latin.id}`).join(';')}|${segments.map((s) => `${s.end}${s.weight[0]}${s.emphasisDots ? 'e' : ''}`).join(',')}|${text}` : '';
  let runs = cache?.get(key);
  const emphasis: boolean[] = [];
  if (!runs) {
    const items = new Map<StyleWeight, FontRun[]>();
    const clipped: FontRun[] = [];
    for (const seg of segments) {
      let all = items.get(seg.weight);
      if (!all) {
        all = itemize(text, fonts.get(seg.weight) as CompositeFont);
        items.set(seg.weight, all);
      }
      clipped.push(...clip(all, seg.start, seg.end));
    }
    runs = shapeRuns(text, clipped, env.shaper);
    cache?.set(key, runs);
  }
  for (const run of runs) emphasis.push(segments.find((s) => run.start >= s.start && run.start < s.end)?.emphasisDots ?? false);

  const cps: number[] = [];
  const offsets: number[] = [];
  const cpAt = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    for (let k = 0; k < width; k++) cpAt[i + k] = cps.length;
    cps.push(cp);
    offsets.push(i);
    i += width;
  }
  cpAt[text.length] = cps.length;
  offsets.push(text.length);

  const n = cps.length;
  const advance = new Float64Array(n);
  const clusterHead = new Uint8Array(n);
  const slot: FontSlot[] = new Array<FontSlot>(n).fill('latin');
  const weightAt: StyleWeight[] = new Array<StyleWeight>(n).fill(style.weight);
  for (const seg of segments) for (let u = seg.start; u < seg.end; u++) weightAt[cpAt[u] ?? 0] = seg.weight;
  const missing: Array<{ offset: number; char: string; fontId: FontId }> = [];
  for (const run of runs) {
    const scale = style.size / run.glyphs.unitsPerEm;
    for (let u = run.start; u < run.end; u++) slot[cpAt[u] ?? 0] = run.slot;
    const { glyphIds, clusters, xAdvances } = run.glyphs;
    for (let g = 0; g < glyphIds.length; g++) {
      const i = cpAt[clusters[g] ?? 0] ?? 0;
      clusterHead[i] = 1;
      if (glyphIds[g] === 0 && (cps[i] ?? 0) <= 0x20) continue; // controls and spaces: nothing to draw
      if (glyphIds[g] === 0) {
        const char = String.fromCodePoint(cps[i] ?? 0);
        if (!missing.some((m) => m.offset === offsets[i])) missing.push({ offset: offsets[i] ?? 0, char, fontId: run.glyphs.fontId });
        advance[i] = style.size;
      } else advance[i] = (advance[i] ?? 0) + (xAdvances[g] ?? 0) * scale;
    }
  }
  return { text, cps, offsets, cpAt, runs, emphasis, advance, clusterHead, slot, weightAt, fonts, missing };
}
