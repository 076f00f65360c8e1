import { describe, expect, it } from 'vitest';
import { emptyCells, type ModuleSpec, packModules, PageOverflowError, stretchDown } from '../../../../src/main/services/sample/pack';

const area = { columns: 4, firstLine: 0, endLine: 20, gapLines: 1 };
/** A module whose text needs `columnLines` lines in one column, balanced over its span. */
const text = (key: string, columnLines: number, spans: number[]): ModuleSpec => ({ key, spans, depth: (span) => Math.ceil(columnLines / span) });

describe('packModules', () => {
  it('places modules without overlap and leaves no empty cells when they can fill the area', () => {
    const placed = packModules([text('a', 24, [2, 4]), text('b', 16, [2, 1]), text('c', 12, [2, 1])], area);
    for (const [i, p] of placed.entries()) {
      for (const q of placed.slice(i + 1)) {
        const sideBySide = p.column + p.span <= q.column || q.column + q.span <= p.column;
        const stacked = p.line + p.lines + area.gapLines <= q.line || q.line + q.lines + area.gapLines <= p.line;
        expect(sideBySide || stacked).toBe(true);
      }
      expect(p.lines).toBeGreaterThanOrEqual(p.needed);
      expect(p.line + p.lines).toBeLessThanOrEqual(area.endLine);
    }
    expect(emptyCells(placed, area)).toBe(0);
    expect(placed[0]).toMatchObject({ key: 'a', column: 0, line: 0 });
  });

  it('throws PageOverflowError when a module fits in none of its spans', () => {
    expect(() => packModules([text('huge', 200, [1, 2])], area)).toThrow(PageOverflowError);
  });

  it('never widens a module marked as fixed width', () => {
    const photo: ModuleSpec = { key: 'photo', spans: [2], depth: () => 8, canWiden: false };
    const placed = packModules([photo], area);
    expect(placed[0]?.span).toBe(2);
  });
});

describe('stretchDown', () => {
  it('extends a module to the one below it, less the gap, and the last to the foot', () => {
    const placed = stretchDown(
      [
        { key: 'a', column: 0, span: 2, line: 0, lines: 5, needed: 5 },
        { key: 'b', column: 0, span: 2, line: 10, lines: 3, needed: 3 },
      ],
      area,
    );
    expect(placed.map((p) => [p.key, p.lines])).toEqual([
      ['a', 9],
      ['b', 10],
    ]);
  });
});
