// fakeComposer.ts: a deterministic stand-in for the paragraph composer, so flow is specified
// without fonts: every character is 1 em wide, lines are filled greedily to the measure flow
// asks for, ascent 0.8 em, descent 0.2 em, the style's leading. Glyph ids are the code points,
// so a test can read a line's text back. '■' stands for a character no face has.
import type { FontId } from '../../../../../src/shared/layout/fonts';
import type { ComposeParagraph } from '../../../../../src/shared/layout/flow';
import type { ComposedLine, ComposedParagraph } from '../../../../../src/shared/layout/inline/composedParagraph';
import { paragraphText } from '../../../../../src/shared/model';
import type { LineLayout } from '../../../../../src/shared/layout/output';

export const FAKE_FONT = 'sha256:0000000000000000000000000000000000000000000000000000000000000000#0' as FontId;

export interface ComposerCall {
  readonly paragraphId: string;
  readonly measures: number[];
}

export function fakeComposer(calls: ComposerCall[] = []): ComposeParagraph {
  return (paragraph, style, _styles, measureFor) => {
    const chars = [...paragraphText(paragraph)];
    const em = style.size;
    const call: ComposerCall = { paragraphId: paragraph.id, measures: [] };
    calls.push(call);
    const lines: ComposedLine[] = [];
    let pos = 0;
    let offset = 0;
    while (pos < chars.length) {
      const measure = measureFor(lines.length);
      call.measures.push(measure);
      const indent = lines.length === 0 ? style.firstLineIndentEm * em : 0;
      const fit = Math.max(1, Math.floor((measure - indent) / em + 1e-9));
      const taken = chars.slice(pos, pos + fit);
      const clusters: number[] = [];
      let end = offset;
      for (const ch of taken) {
        clusters.push(end);
        end += ch.length;
      }
      lines.push({
        start: offset,
        end,
        width: measure,
        contentWidth: indent + taken.length * em,
        ascent: 0.8 * em,
        descent: 0.2 * em,
        leading: lines.length === 0 ? 0.8 * em : style.leading,
        runs: [{
          fontId: FAKE_FONT,
          size: em,
          x: indent,
          glyphIds: taken.map((ch) => ch.codePointAt(0) ?? 0),
          advances: taken.map(() => em),
          dx: taken.map(() => 0),
          dy: taken.map(() => 0),
          clusters,
          start: offset,
          end,
          emphasisDots: false,
        }],
        last: false,
      });
      pos += taken.length;
      offset = end;
    }
    const last = lines.pop();
    if (last) lines.push({ ...last, last: true });
    const missing: Array<ComposedParagraph['missing'][number]> = [];
    let at = 0;
    for (const ch of chars) {
      if (ch === '■') missing.push({ offset: at, char: ch, fontId: FAKE_FONT });
      at += ch.length;
    }
    return { lines, spaceBefore: style.spaceBefore, spaceAfter: style.spaceAfter, keepWithNext: style.keepWithNext, missing };
  };
}

/** The text a laid-out line shows, read back from the fake glyph ids. */
export function lineText(line: LineLayout): string {
  return line.runs.map((run) => String.fromCodePoint(...run.glyphIds)).join('');
}
