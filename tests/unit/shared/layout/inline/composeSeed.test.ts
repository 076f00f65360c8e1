// composeParagraph on the sample page's body text (正文, 9 pt, 13 字 = 117 pt), with the real
// default fonts and HarfBuzz: the quality checks of issue 3 §6 at paragraph level.
import { describe, expect, it } from 'vitest';
import { type ComposedParagraph, composeParagraph } from '../../../../../src/shared/layout/inline';
import { type Paragraph, paragraphText, ParagraphStyleIds } from '../../../../../src/shared/model';
import { bodyParagraphs, ENV, lineEnd, lineStart, sampleEdition, styleOf } from './composeFixtures';

const MEASURE = 117;
const body = styleOf(ParagraphStyleIds.body);
const styles = sampleEdition().styles;
const NO_START = new Set([...'。，、；：？！”’）》〉】〕」』']);
const NO_END = new Set([...'“‘（《〈【〔「『']);

const composed: Array<{ p: Paragraph; text: string; c: ComposedParagraph }> = bodyParagraphs().map((p) => ({ p, text: paragraphText(p), c: composeParagraph(p, body, styles, () => MEASURE, ENV) }));
const lead = composed.find(({ text }) => text.startsWith('本报讯 5月12日，2023年度'));

/** Characters of a line that count for 孤字: Han, letters, digits. */
const contentChars = (s: string): number => [...s].filter((ch) => /[\p{Script=Han}\p{L}\p{N}]/u.test(ch)).length;

describe('composeParagraph on the seed page body text at 9 pt in 13 字', () => {
  it('composes every body paragraph of the sample, the lead among them', () => {
    expect(composed.length).toBeGreaterThan(20);
    expect(lead).toBeDefined();
    expect(body.size).toBe(9);
  });

  it('starts no line with a prohibited mark and ends none with an opening one (GB)', () => {
    for (const { text, c } of composed) {
      for (const line of c.lines) {
        const s = text.slice(line.start, line.end).trimEnd();
        expect(NO_START.has(s[0] ?? ''), `${s} starts badly`).toBe(false);
        expect(NO_END.has(s[s.length - 1] ?? ''), `${s} ends badly`).toBe(false);
      }
    }
  });

  it('ends every justified line except the last at the measure, within 0.01 pt', () => {
    let lines = 0;
    for (const { c } of composed) {
      for (const line of c.lines.slice(0, -1)) {
        expect(Math.abs(lineEnd(line) - MEASURE)).toBeLessThanOrEqual(0.01);
        expect(line.width).toBe(MEASURE);
        lines++;
      }
      const last = c.lines[c.lines.length - 1]!;
      expect(last.last).toBe(true);
      expect(lineEnd(last)).toBeLessThanOrEqual(MEASURE + 0.01);
    }
    expect(lines).toBeGreaterThan(100);
  });

  it('indents every first line 2 字 (18 pt) and no other line', () => {
    for (const { c } of composed) {
      expect(lineStart(c.lines[0]!)).toBe(18);
      for (const line of c.lines.slice(1)) expect(lineStart(line)).toBeLessThan(1);
    }
  });

  it('leaves no paragraph with a single character on its last line (orphan control on by default)', () => {
    for (const { text, c } of composed) {
      if (c.lines.length < 2) continue;
      const last = c.lines[c.lines.length - 1]!;
      expect(contentChars(text.slice(last.start, last.end)), text.slice(last.start)).toBeGreaterThanOrEqual(2);
    }
  });

  it('never breaks inside a number or a Latin word (5月12日, 2023年度, 113个; APP is in compose.test.ts)', () => {
    let checked = 0;
    for (const { text, c } of composed) {
      const breaks = new Set(c.lines.slice(0, -1).map((l) => l.end));
      for (const match of text.matchAll(/[0-9A-Za-z.%]+/g)) {
        for (let k = match.index + 1; k < match.index + match[0].length; k++) expect(breaks.has(k), `${match[0]} broken in ${text}`).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    const all = composed.map(({ text }) => text).join('');
    for (const s of ['5月12日', '2023年度', '113个']) expect(all).toContain(s);
  });

  it('maps every glyph to its text: clusters inside the run and the line, lines covering the paragraph', () => {
    for (const { text, c } of composed) {
      expect(c.lines[0]!.start).toBe(0);
      expect(c.lines[c.lines.length - 1]!.end).toBe(text.length);
      c.lines.forEach((line, k) => {
        if (k > 0) expect(line.start).toBe(c.lines[k - 1]!.end);
        for (const run of line.runs) {
          expect(run.glyphIds.length).toBe(run.advances.length);
          expect(run.clusters.every((u) => u >= run.start && u < run.end && u >= line.start && u < line.end)).toBe(true);
          expect(run.glyphIds.every((g) => g > 0)).toBe(true);
        }
      });
      expect(c.missing).toEqual([]);
    }
  });

  it('gives the first line its ascent as leading and the others the style leading', () => {
    const c = lead!.c;
    expect(c.lines[0]!.leading).toBe(c.lines[0]!.ascent);
    expect(c.lines[1]!.leading).toBe(body.leading);
    expect(c.lines[0]!.ascent).toBeGreaterThan(6);
  });

  it('rounds every position to 1/1000 pt and composes the same twice', () => {
    const again = composeParagraph(lead!.p, body, styles, () => MEASURE, ENV);
    expect(JSON.stringify(again)).toBe(JSON.stringify(lead!.c));
    for (const line of lead!.c.lines) for (const run of line.runs) for (const v of [run.x, ...run.advances, ...run.dx]) expect(Math.abs(v * 1000 - Math.round(v * 1000))).toBeLessThan(1e-6);
  });
});
