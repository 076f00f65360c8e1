// linesWithFonts.ts: `galley lines --font`: one paragraph set by the real engine
// (composeParagraph, HarfBuzz advances of real faces) instead of the em reference model, with the
// conformance defaults: no indent, no hanging punctuation, Han–Latin autospace only when asked,
// orphan control only when asked. The paragraph goes through a one-style sheet made from the
// default 正文 style, so any field a style gains later keeps its default here.
import type { LayoutEnv } from '../../../shared/layout/env';
import { type FontPair, matchFace, resolveComposite } from '../../../shared/layout/fonts';
import {
  buildMetrics,
  composeParagraphWithDiagnostics,
  hanLatinGaps,
  lineExtras,
  measureWithExtras,
  type ProhibitionLevel,
  shapeText,
  styledSegments,
} from '../../../shared/layout/inline';
import { DEFAULT_SIZE_NAMES, defaultStyles, type Paragraph, type ParagraphStyle, ParagraphStyleIds, sizeByName, type Styles } from '../../../shared/model';
import { createFontService, type FontService, loadLayoutEnv } from '../../services/fonts';

/** --size when --font is given without it: 小五, the broadsheet body size. */
export const DEFAULT_FONT_SIZE = 9;

/** Points, or a name from the 字号 table (小五 = 9 pt); undefined when it is neither. */
export function parseSize(value: string): number | undefined {
  const named = sizeByName(DEFAULT_SIZE_NAMES, value.trim());
  if (named !== undefined) return named;
  const n = Number(value);
  return value.trim() === '' || !Number.isFinite(n) || n <= 0 ? undefined : n;
}

/** A family asked for that no font (defaults, system folders) provides. */
export class UnknownFontError extends Error {
  override readonly name = 'UnknownFontError';
  constructor(
    readonly family: string,
    readonly known: readonly string[],
  ) {
    super(`no font of the family "${family}"; known families: ${known.join(', ') || 'none'}`);
  }
}

export interface FontLinesOptions {
  readonly font: FontPair;
  readonly sizePt: number;
  readonly widthEm: number;
  readonly level: ProhibitionLevel;
  readonly orphanControl: boolean;
  /** Han–Latin spacing of ¼ em; off by default, as in the conformance suite. */
  readonly autospace: boolean;
}

export interface FontLine {
  readonly text: string;
  /** Code-point range [start, end), as in the em model's output. */
  readonly start: number;
  readonly end: number;
  /** Width of the set line's content (the measure for a justified line), pt. */
  readonly widthPt: number;
  /** Width before justification, with the always-on compression (and a hyphen if one ends the line), pt. */
  readonly naturalPt: number;
  /** widthPt − naturalPt. */
  readonly adjustmentPt: number;
  readonly hyphenated: boolean;
}

export interface FontLines {
  readonly measurePt: number;
  readonly method: 'greedy' | 'total-fit';
  readonly lines: readonly FontLine[];
  readonly missing: ReadonlyArray<{ readonly offset: number; readonly char: string }>;
}

// One font service and env per process and family pair: `--batch` may name the same pair on
// thousands of lines, and in-process tests run many cases (loading the faces costs ~0.3 s).
const services = new Map<string, FontService>();
const envs = new Map<string, Promise<LayoutEnv>>();

/** The LayoutEnv for `pair`, after checking both families exist among all fonts this machine has. */
export async function fontLinesEnv(projectRoot: string, pair: FontPair): Promise<LayoutEnv> {
  let fonts = services.get(projectRoot);
  if (!fonts) {
    fonts = createFontService({ projectRoot });
    services.set(projectRoot, fonts);
  }
  const key = JSON.stringify([projectRoot, pair.cjk, pair.latin]);
  let env = envs.get(key);
  if (!env) {
    const service = fonts;
    env = (async () => {
      const listing = (await service.list()).fonts.map((f) => f.info);
      for (const family of [pair.cjk, pair.latin]) {
        if (!matchFace(listing, family, 400)) throw new UnknownFontError(family, [...new Set(listing.map((f) => f.family))].sort());
      }
      return loadLayoutEnv(service, { families: [pair.cjk, pair.latin] });
    })();
    envs.set(key, env);
    env.catch(() => envs.delete(key));
  }
  return env;
}

function conformanceStyle(options: FontLinesOptions): { style: ParagraphStyle; styles: Styles } {
  const sheet = defaultStyles(options.sizePt, options.sizePt * 1.4);
  const body = sheet.paragraph.find((s) => s.id === ParagraphStyleIds.body);
  if (!body) throw new Error('the default style sheet has no 正文 style');
  const style: ParagraphStyle = {
    ...body,
    font: { cjk: options.font.cjk, latin: options.font.latin },
    weight: 'regular',
    size: options.sizePt,
    leading: options.sizePt * 1.4,
    tracking: 0,
    align: 'justify',
    firstLineIndentEm: 0,
    prohibition: options.level,
  };
  return { style, styles: { ...sheet, paragraph: [style] } };
}

export function composeLinesWithFont(text: string, options: FontLinesOptions, env: LayoutEnv): FontLines {
  const { style, styles } = conformanceStyle(options);
  const paragraph: Paragraph = { id: 'lines', style: style.id, runs: [{ text, charStyle: null, marks: [] }] };
  const measurePt = options.widthEm * options.sizePt;
  const spacingEm = options.autospace ? 0.25 : 0;
  const { paragraph: composed, diagnostics } = composeParagraphWithDiagnostics(paragraph, style, styles, () => measurePt, env, {
    hanLatinSpacingEm: spacingEm,
    orphanControl: options.orphanControl,
  });
  const natural = naturalWidths(text, paragraph, style, styles, env, spacingEm);
  const cpIndex = codePointIndex(text);
  const lines = text === '' ? [] : composed.lines.map((line): FontLine => {
    const hyphenated = isHyphenBreak(text, line.end);
    const naturalPt = round(natural.measure(line.start, line.end) + (hyphenated ? natural.hyphen : 0));
    const widthPt = line.contentWidth;
    return {
      text: text.slice(line.start, line.end),
      start: cpIndex(line.start),
      end: cpIndex(line.end),
      widthPt,
      naturalPt,
      adjustmentPt: round(widthPt - naturalPt),
      hyphenated,
    };
  });
  return { measurePt: round(measurePt), method: diagnostics.method, lines, missing: composed.missing.map(({ offset, char }) => ({ offset, char })) };
}

/**
 * The composer's natural line widths (glyph advances with the always-on compression, plus
 * Han–Latin gaps), measured with the same exported stages it uses, because ComposedLine keeps
 * only the set width.
 */
function naturalWidths(text: string, paragraph: Paragraph, style: ParagraphStyle, styles: Styles, env: LayoutEnv, spacingEm: number) {
  const st = shapeText(text, styledSegments(paragraph, style, styles), style, env);
  const m = buildMetrics(st.cps, (i) => st.advance[i] ?? 0, style.size);
  const gaps = hanLatinGaps(st.cps, st.slot, m.marks, spacingEm * style.size);
  const measure = measureWithExtras(m, lineExtras(gaps, st.clusterHead, style.tracking), { trimLineStartOpening: false });
  const latin = resolveComposite(env.fonts, style.font, style.weight).latin;
  const dash = env.shaper.shape({ text: '-', start: 0, end: 1, face: latin, script: 'Latn', language: 'en' });
  return {
    measure: (start: number, end: number): number => measure(st.cpAt[start] ?? 0, end >= text.length ? st.cps.length : (st.cpAt[end] ?? st.cps.length)).natural,
    hyphen: ((dash.xAdvances[0] ?? 0) * style.size) / dash.unitsPerEm,
  };
}

/** UAX #14 never breaks between two Latin letters (LB28); the engine does only at a hyphenation point. */
function isHyphenBreak(text: string, end: number): boolean {
  const latin = /\p{Script=Latin}/u;
  return end > 0 && end < text.length && latin.test(text[end - 1] ?? '') && latin.test(text[end] ?? '');
}

function codePointIndex(text: string): (utf16: number) => number {
  const at: number[] = [];
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    at.push(cp);
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) cp++;
  }
  at.push(cp);
  return (utf16) => at[utf16] ?? cp;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
