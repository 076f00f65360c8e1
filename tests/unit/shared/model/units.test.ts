import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE_NAMES,
  hangToPt,
  mmToPt,
  PT_PER_MM,
  ptToHang,
  ptToMm,
  ptToZi,
  roundPt,
  sizeByName,
  ziToPt,
} from '../../../../src/shared/model';

describe('mmToPt / ptToMm', () => {
  it('converts at 72 pt per 25.4 mm', () => {
    expect(mmToPt(25.4)).toBe(72);
    expect(ptToMm(72)).toBe(25.4);
    expect(PT_PER_MM).toBeCloseTo(2.834645669, 9);
  });

  it('rounds points to 1/1000 pt so every process agrees', () => {
    expect(mmToPt(375.5)).toBe(1064.409);
    expect(mmToPt(1)).toBe(2.835);
    expect(roundPt(0.1 + 0.2)).toBe(0.3);
  });

  it('round-trips millimetres given to 1/1000 mm', () => {
    for (const mm of [0, 0.001, 1, 3, 3.175, 15, 17, 203.2, 260.5, 352.425, 375.5, 521, 751.123]) {
      expect(ptToMm(mmToPt(mm))).toBe(mm);
    }
  });

  it('round-trips points through millimetres within the 1/1000 rounding', () => {
    for (const pt of [0, 9, 10.5, 12.6, 999, 1064.409, 1476.85]) {
      expect(Math.abs(mmToPt(ptToMm(pt)) - pt)).toBeLessThanOrEqual(0.002);
    }
  });
});

describe('ziToPt / hangToPt', () => {
  it('measures n 字 set solid as n em of the body size', () => {
    expect(ziToPt(13, 9)).toBe(117);
    expect(ziToPt(12, 9)).toBe(108);
    expect(ziToPt(2, 10.5)).toBe(21);
    expect(ptToZi(117, 9)).toBe(13);
  });

  it('measures n 行 as n line pitches, rounded to 1/1000 pt', () => {
    expect(hangToPt(110, 12.6)).toBe(1386);
    expect(hangToPt(3, 12.6)).toBe(37.8);
    expect(ptToHang(1386, 12.6)).toBeCloseTo(110, 9);
  });
});

describe('the 字号 table', () => {
  it('defaults to the digital values', () => {
    const expected: Record<string, number> = {
      初号: 42,
      小初: 36,
      一号: 26,
      小一: 24,
      二号: 22,
      小二: 18,
      三号: 16,
      小三: 15,
      四号: 14,
      小四: 12,
      五号: 10.5,
      小五: 9,
      六号: 7.5,
      小六: 6.5,
      七号: 5.5,
      八号: 5,
    };
    expect(Object.fromEntries(DEFAULT_SIZE_NAMES.map((e) => [e.name, e.pt]))).toEqual(expected);
  });

  it('lists sizes from largest to smallest', () => {
    const sizes = DEFAULT_SIZE_NAMES.map((e) => e.pt);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });

  it('looks sizes up by name', () => {
    expect(sizeByName(DEFAULT_SIZE_NAMES, '五号')).toBe(10.5);
    expect(sizeByName(DEFAULT_SIZE_NAMES, '小五')).toBe(9);
    expect(sizeByName(DEFAULT_SIZE_NAMES, '新五号')).toBeUndefined();
  });

  it('reads an edited table, not the defaults', () => {
    // A paper that sets its own 新五号 and a heavier 五号.
    const table = [...DEFAULT_SIZE_NAMES.map((e) => (e.name === '五号' ? { ...e, pt: 10.75 } : e)), { name: '新五号', pt: 9.75 }];
    expect(sizeByName(table, '五号')).toBe(10.75);
    expect(sizeByName(table, '新五号')).toBe(9.75);
    expect(sizeByName(DEFAULT_SIZE_NAMES, '五号')).toBe(10.5);
  });
});
