// The quality checks of issue 3 §6 on the whole sample page: the sample edition built from the
// seed, composed by composeEditionWithFonts with the default fonts, checked on the PageLayout
// that painters read (page coordinates, after flow, columns, spanning headlines and the grid).
import { beforeAll, describe, expect, it } from 'vitest';
import { composePageWithFonts } from '../../../../src/main/services/layout';
import type { LayoutEnv } from '../../../../src/shared/layout/env';
import { type EditionLayout, layoutToJson } from '../../../../src/shared/layout/output';
import { type Edition, ParagraphStyleIds } from '../../../../src/shared/model';
import { composeSample, FONTS, gapAt, inkEnd, naturalAdvances, penPositions, type SampleLine, sampleEdition, sampleEnv, storyLines } from './sampleLayout';

// GB level (conformance/README.md): closing marks, NS and the marks GB adds may not start a line;
// opening brackets and quotes, and ／ /, may not end one. …… and —— may start a line at GB.
const NO_START = new Set([...'。，、；：？！”’）》〉】〕」』］｝〗〙·～／/．,.;:?!)]}%％']);
const NO_END = new Set([...'“‘（《〈【〔「『［｛〖〘／/([{']);
const HAN = /\p{Script=Han}/u;
const LATIN = /[0-9A-Za-z]/;
/** Characters that count for 孤字: Han, letters, digits (a mark alone beside one still is one). */
const contentChars = (s: string): number => [...s].filter((ch) => /[\p{Script=Han}\p{L}\p{N}]/u.test(ch)).length;

let edition: Edition;
let layout: EditionLayout;
let lines: SampleLine[];
let env: LayoutEnv;

beforeAll(async () => {
  edition = sampleEdition();
  layout = await composeSample(edition);
  lines = storyLines(edition, layout);
  env = await sampleEnv(edition);
});

/** Lines grouped by paragraph, in reading order. */
function paragraphsOf(all: readonly SampleLine[]): SampleLine[][] {
  const groups = new Map<string, SampleLine[]>();
  for (const l of all) {
    const key = `${l.line.source.storyId}/${l.paragraph.id}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  return [...groups.values()];
}

describe('the sample page composed with the default fonts', () => {
  it('sets every story of the page: hundreds of lines in every placed story', () => {
    expect(lines.length).toBeGreaterThan(300);
    const placed = new Set(edition.pages.flatMap((p) => p.frames.flatMap((f) => (f.kind === 'text' && f.storyId ? [f.storyId] : []))));
    expect(new Set(lines.map((l) => l.line.source.storyId))).toEqual(placed);
  });

  it('(a) starts no line with a prohibited mark and ends none with an opening one, at GB level', () => {
    expect(new Set(lines.map((l) => l.style.prohibition))).toEqual(new Set(['gb']));
    for (const { text } of lines) {
      const s = text.trim();
      expect(NO_START.has(s[0] ?? ''), `line starts badly: ${s}`).toBe(false);
      expect(NO_END.has(s[s.length - 1] ?? ''), `line ends badly: ${s}`).toBe(false);
    }
  });

  it('(b) ends every justified line but a paragraph\u2019s last at the column edge, within 0.01 pt', () => {
    const justified = lines.filter((l) => l.style.align === 'justify' && !l.line.lastOfParagraph);
    expect(justified.length).toBeGreaterThan(300);
    for (const l of justified) {
      // A full-width mark at the line end is already set at half width (its advance is ½ em), so
      // the pen after the last glyph is where the ink of the line may end.
      expect(Math.abs(inkEnd(l.line) - (l.line.x + l.line.width)), l.text).toBeLessThanOrEqual(0.01);
    }
    for (const l of lines.filter((x) => x.line.lastOfParagraph)) expect(inkEnd(l.line)).toBeLessThanOrEqual(l.line.x + l.line.width + 0.01);
  });

  it('(c) indents the first line of every body (正文) paragraph 2 字, and no other line', () => {
    const body = paragraphsOf(lines.filter((l) => l.paragraph.style === ParagraphStyleIds.body));
    expect(body.length).toBeGreaterThan(20);
    for (const group of body) {
      const [first, ...rest] = group;
      expect(first!.line.source.start).toBe(0);
      expect(Math.abs(first!.line.runs[0]!.x - first!.line.x - 2 * first!.style.size), first!.text).toBeLessThanOrEqual(0.001);
      for (const l of rest) expect(l.line.runs[0]!.x - l.line.x, l.text).toBeLessThan(0.01);
    }
  });

  it('(d) leaves no paragraph with a single character on its last line', () => {
    const groups = paragraphsOf(lines).filter((g) => g.length > 1);
    expect(groups.length).toBeGreaterThan(20);
    for (const group of groups) {
      const last = group[group.length - 1]!;
      expect(last.line.lastOfParagraph).toBe(true);
      expect(contentChars(last.text), last.paragraphText).toBeGreaterThanOrEqual(2);
    }
  });

  it('(e) keeps 5月12日, 2023年度, APP and 113个 whole and spaced: ¼ em between Han and Latin, none at line edges or next to Chinese punctuation', () => {
    const seen = new Map<string, number>();
    for (const token of ['5月12日', '2023年度', 'APP', '113个']) {
      for (const group of paragraphsOf(lines)) {
        const text = group[0]!.paragraphText;
        for (let i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + 1)) {
          seen.set(token, (seen.get(token) ?? 0) + 1);
          checkToken(group, text, i, token.length);
        }
      }
    }
    expect(Object.fromEntries(seen)).toEqual({ '5月12日': 2, '2023年度': 7, APP: 1, '113个': 1 });
  });

  it('(f) reports overset per story: the sample page sets every story in full', () => {
    expect(layout.overset).toEqual([]);
    const shrunk = structuredClone(edition);
    const frame = shrunk.pages[0]!.frames.find((f) => f.kind === 'text' && f.storyId !== null && f.columns >= 4)!;
    frame.height = frame.height / 2;
    return composeSample(shrunk).then((short) => {
      const story = (frame as { storyId: string }).storyId;
      expect(short.overset.map((o) => o.storyId)).toEqual([story]);
      const o = short.overset[0]!;
      expect(o.chars).toBeGreaterThan(100);
      expect(o.lastFrame).toEqual({ pageId: shrunk.pages[0]!.id, frameId: frame.id });
      // The overflow starts right after the last line that was placed.
      const placed = storyLines(shrunk, short).filter((l) => l.line.source.storyId === story);
      const lastPlaced = placed[placed.length - 1]!;
      const paragraphs = shrunk.stories.find((s) => s.id === story)!.paragraphs;
      const next = paragraphs[paragraphs.findIndex((p) => p.id === lastPlaced.paragraph.id) + 1];
      const expected = lastPlaced.line.lastOfParagraph ? { paragraphId: next!.id, offset: 0 } : { paragraphId: lastPlaced.paragraph.id, offset: lastPlaced.line.source.end };
      expect(o.from).toEqual(expected);
    });
  });

  it('(g) composes byte-identical layout JSON twice, and composePage gives the same page', async () => {
    const again = await composeSample(sampleEdition());
    expect(layoutToJson(again)).toBe(layoutToJson(layout));
    const page = await composePageWithFonts(edition, edition.pages[0]!.id, { fonts: FONTS });
    expect(layoutToJson(page.page)).toBe(layoutToJson(layout.pages[0]!));
  });

  it('(i) balances the frame each story ends in: its columns end within one grid line, none left empty', () => {
    const pitch = edition.format.baselineGrid.pitch;
    let frames = 0;
    for (const frame of edition.pages[0]!.frames) {
      if (frame.kind !== 'text' || frame.storyId === null || frame.columns < 2) continue;
      const laid = layout.pages[0]!.frames.find((f) => f.frameId === frame.id)!;
      const body = laid.columns.length > frame.columns ? laid.columns.slice(1) : laid.columns;
      const ends = body.map((c) => c.lines.at(-1)?.baseline ?? Number.NaN);
      expect(ends.every((e) => Number.isFinite(e))).toBe(true);
      expect(Math.max(...ends) - Math.min(...ends)).toBeLessThanOrEqual(pitch + 0.001);
      frames++;
    }
    expect(frames).toBe(10);
  });

  it('(h) finds every glyph in the default fonts: no missing glyphs, no .notdef in any run', () => {
    expect(layout.missingGlyphs).toEqual([]);
    for (const page of layout.pages) for (const f of page.frames) for (const c of f.columns) for (const l of c.lines) for (const r of l.runs) expect(r.glyphIds.every((g) => g > 0)).toBe(true);
  });
});

/** Checks one occurrence of a mixed token at UTF-16 offset `at` of its paragraph. */
function checkToken(group: readonly SampleLine[], text: string, at: number, length: number): void {
  const natural = naturalAdvances(text, group[0]!.style, env);
  // Numbers and Latin words are never split.
  for (const word of text.slice(at, at + length).matchAll(/[0-9A-Za-z]+/g)) {
    const from = at + word.index;
    const to = from + word[0].length;
    expect(group.filter((l) => l.line.source.start < to && l.line.source.end > from), `${word[0]} split in ${text}`).toHaveLength(1);
  }
  for (let k = Math.max(1, at); k <= Math.min(text.length - 1, at + length); k++) {
    const a = text[k - 1] ?? '';
    const b = text[k] ?? '';
    const hanLatin = (HAN.test(a) && LATIN.test(b)) || (LATIN.test(a) && HAN.test(b));
    const latinPunct = (LATIN.test(a) && /[\u3000-\u303f\uff00-\uffef“”‘’]/u.test(b)) || (/[\u3000-\u303f\uff00-\uffef“”‘’]/u.test(a) && LATIN.test(b));
    if (!hanLatin && !latinPunct) continue;
    const line = group.find((l) => l.line.source.start <= k - 1 && k - 1 < l.line.source.end)!;
    const size = line.style.size;
    const gap = gapAt(line, k, natural);
    if (gap === null) {
      // A line edge: nothing added after the last glyph, nothing before the first.
      const pens = penPositions(line.line);
      if (k === line.line.source.end) expect(Math.abs((pens.get(k - 1)?.advance ?? 0) - (natural.get(k - 1) ?? 0)), `${a}| at line end`).toBeLessThanOrEqual(0.01);
      else expect(Math.abs((pens.get(k)?.x ?? 0) - line.line.x), `|${b} at line start`).toBeLessThanOrEqual(0.01);
      continue;
    }
    const stretch = hanStretch(line, natural);
    if (hanLatin) {
      // ¼ em, opened to ⅓ em before any other gap, then sharing the line's even stretch.
      expect(gap - stretch, `${a}|${b} in ${line.text}`).toBeGreaterThanOrEqual(size / 4 - 0.01);
      expect(gap - stretch, `${a}|${b} in ${line.text}`).toBeLessThanOrEqual(size / 3 + 0.01);
      if (line.line.lastOfParagraph || line.style.align !== 'justify') expect(Math.abs(gap - size / 4)).toBeLessThanOrEqual(0.01);
    } else {
      expect(gap, `${a}|${b} in ${line.text}`).toBeLessThanOrEqual(stretch + 0.01);
    }
  }
}

/** The even stretch the line gave its gaps between two Han characters (0 when none). */
function hanStretch(line: SampleLine, natural: Map<number, number>): number {
  const { start, end } = line.line.source;
  for (let k = start + 1; k < end; k++) {
    if (HAN.test(line.paragraphText[k - 1] ?? '') && HAN.test(line.paragraphText[k] ?? '')) return gapAt(line, k, natural) ?? 0;
  }
  return 0;
}
