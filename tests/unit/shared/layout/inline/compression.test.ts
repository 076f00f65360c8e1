// Punctuation compression (GB style) over caller-supplied widths: what is always removed, what
// may be removed when a line must shrink, and in which order.
import { describe, expect, it } from 'vitest';
import { buildMetrics, classifyMarks, codePoints, compressLine, measureLine, referenceAdvanceEm } from '../../../../../src/shared/layout/inline';

/** Metrics in ems by the reference model. */
function em(text: string) {
  const cps = codePoints(text);
  return { cps, m: buildMetrics(cps, (i) => referenceAdvanceEm(cps, i, 0.5, 1 / 3), 1) };
}

const widths = (text: string, width: number): number[] => {
  const { cps, m } = em(text);
  return Array.from(compressLine(m, 0, cps.length, width));
};

describe('classifyMarks', () => {
  it('sorts full-width marks into kinds with their blank side, and leaves unadjustable marks out', () => {
    const kinds = classifyMarks(codePoints('（。，：？“·／–—')).map((mark) => mark?.kind ?? null);
    expect(kinds).toEqual(['opening', 'stop', 'comma', 'colon', 'stop', 'opening', null, null, null, null]);
  });

  it('sets ？！ runs as clusters: two marks take 1 em, three take 2 em', () => {
    const two = classifyMarks(codePoints('？！'));
    const three = classifyMarks(codePoints('？？？'));
    expect(two.map((m) => m?.blankRight)).toEqual([0, 0]);
    expect(three.map((m) => m?.blankRight)).toEqual([0, 0, 0.5]);
  });
});

describe('measureLine', () => {
  it('sets a mark at line end at ½ em (GB/T 15834 §5.1.10)', () => {
    const { cps, m } = em('文文。');
    expect(measureLine(m, 0, cps.length)).toEqual({ natural: 2.5, min: 2.5 });
  });

  it('sets two adjacent marks, one a quote or bracket, at 1.5 em', () => {
    const { m } = em('文。”文');
    expect(measureLine(m, 0, 4).natural).toBe(1 + 1.5 + 1);
    expect(measureLine(m, 0, 3).natural).toBe(1 + 0.5 + 0.5); // and at line end the quote trims too
  });

  it('does not compress two pause marks with no bracket between them', () => {
    const { m } = em('文。，文');
    expect(measureLine(m, 0, 4).natural).toBe(4);
  });

  it('lets brackets, ，、； and 。？！ shrink to ½ em, but not the colon, · ／ –, —— or Han gaps', () => {
    expect(measureLine(em('（文）文，文。文').m, 0, 8)).toEqual({ natural: 8, min: 6 });
    expect(measureLine(em('文：文·文／文–文——文').m, 0, 12)).toEqual({ natural: 10.5, min: 10.5 });
  });

  it('hangs trailing spaces and line ends, and trims the mark before them', () => {
    const { m } = em('文。 \n');
    expect(measureLine(m, 0, 4).natural).toBe(1.5);
  });

  it('can drop the leading half of an opening bracket at line start (off by default)', () => {
    const { m } = em('（文）文');
    expect(measureLine(m, 0, 4).natural).toBe(4);
    expect(measureLine(m, 0, 4, { trimLineStartOpening: true }).natural).toBe(3.5);
  });

  it('works in any unit: points at 9 pt are ems × 9', () => {
    const cps = codePoints('文，文文文。');
    const m = buildMetrics(cps, (i) => 9 * referenceAdvanceEm(cps, i, 0.5, 1 / 3), 9);
    expect(measureLine(m, 0, cps.length)).toEqual({ natural: 49.5, min: 45 });
  });
});

describe('compressLine', () => {
  it('takes what the line must lose from brackets first, then ，、；, then 。？！ (CLREQ order)', () => {
    // natural 9: 文（文）文，文。文 minus nothing; to 8.5, only the brackets give (¼ each).
    expect(widths('文（文）文，文。文', 8.5)).toEqual([1, 0.75, 1, 0.75, 1, 1, 1, 1, 1]);
    // to 7.5: brackets give 1 em, the comma the rest; the full stop keeps its width.
    expect(widths('文（文）文，文。文', 7.5)).toEqual([1, 0.5, 1, 0.5, 1, 0.5, 1, 1, 1]);
  });

  it('never goes below ½ em per mark however narrow the line', () => {
    expect(widths('文，文。', 1).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('leaves a line that fits at its natural widths (spreading is justification’s job)', () => {
    expect(widths('文，文', 10)).toEqual([1, 1, 1]);
  });
});
