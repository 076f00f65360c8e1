import { describe, expect, it } from 'vitest';
import { formatUnits, rulerScales, rulerTicks, toUnits } from '../../../../src/renderer/canvas/rulerScale';
import { PT_PER_MM, presetFormat, typeArea } from '../../../../src/shared/model';

const format = presetFormat('broadsheet');

describe('rulerTicks in millimetres', () => {
  const mm = rulerScales('mm', format).horizontal;

  it('puts zero at the trim corner and labels every 10 mm at a comfortable zoom', () => {
    // 2 px per pt: a millimetre is 5.7 px, so ticks every mm, labels every 10 mm.
    const ticks = rulerTicks(mm, -30, 200, 2);
    const zero = ticks.find((t) => t.value === 0);
    expect(zero?.at).toBeCloseTo(60, 9);
    expect(zero?.label).toBe('0');
    expect(ticks.filter((t) => t.label !== null).map((t) => t.label)).toEqual(['-10', '0', '10', '20', '30', '40', '50']);
    expect(ticks[1]!.at - ticks[0]!.at).toBeCloseTo(PT_PER_MM * 2, 9);
    expect(ticks.find((t) => t.value === 5)?.major).toBe(true);
    expect(ticks.find((t) => t.value === 3)?.major).toBe(false);
  });

  it('thins the ticks out as the zoom goes down, with labels on ticks', () => {
    const ticks = rulerTicks(mm, 0, 1000, 0.3);
    const gap = ticks[1]!.at - ticks[0]!.at;
    expect(gap).toBeGreaterThanOrEqual(5);
    for (const tick of ticks) if (tick.label !== null) expect(Number(tick.label) % 50).toBe(0);
    expect(ticks.filter((t) => t.label !== null).length).toBeGreaterThan(3);
  });

  it('does not drift over a long ruler', () => {
    const ticks = rulerTicks(mm, 0, 1500, 1);
    const last = ticks.at(-1)!;
    expect(last.at).toBeCloseTo(last.value * PT_PER_MM, 6);
  });
});

describe('rulerTicks in 字 and 行', () => {
  const { horizontal, vertical } = rulerScales('grid', format);
  const area = typeArea(format);

  it('counts 字 of the body size across from the type area, and 行 of the grid pitch down', () => {
    expect(horizontal).toMatchObject({ unit: 'zi', origin: area.x, unitPt: format.bodySize });
    expect(vertical).toMatchObject({ unit: 'hang', origin: area.y, unitPt: format.baselineGrid.pitch });
    // A base column is 13 字 and a gutter 1 字: the second column starts at 14 字.
    expect(toUnits(area.x + 14 * format.bodySize, horizontal)).toBeCloseTo(14, 9);
    expect(formatUnits(area.y + 40 * format.baselineGrid.pitch, vertical)).toBe('40.0');
    expect(formatUnits(area.y - 0.01, vertical)).toBe('0.0');
  });

  it('puts the 0 字 tick on the type area edge and labels multiples of the label step', () => {
    const ticks = rulerTicks(horizontal, 0, 300, 1.5);
    const zero = ticks.find((t) => t.value === 0);
    expect(zero?.at).toBeCloseTo(area.x * 1.5, 9);
    expect(zero?.label).toBe('0');
    const labelled = ticks.filter((t) => t.label !== null).map((t) => t.value);
    expect(labelled.length).toBeGreaterThan(1);
    const step = labelled[1]! - labelled[0]!;
    expect(step * format.bodySize * 1.5).toBeGreaterThanOrEqual(44);
  });
});
