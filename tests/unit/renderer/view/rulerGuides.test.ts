import { describe, expect, it } from 'vitest';
import { guideDrop, guidesOp, hitGuide, movedGuide, snapGuide, withGuide, withoutGuide } from '../../../../src/renderer/canvas/rulerGuides';
import { applyOp, columnEdges, mmToPt, presetFormat, typeArea } from '../../../../src/shared/model';
import { sampleEdition } from '../../shared/model/fixtures';

const format = presetFormat('broadsheet');
const guides = { vertical: [100, 400], horizontal: [250] };

describe('ruler guide lists', () => {
  it('adds, moves and removes one guide, leaving the others and the input alone', () => {
    expect(withGuide(guides, 'horizontal', 300)).toEqual({ vertical: [100, 400], horizontal: [250, 300] });
    expect(movedGuide(guides, { axis: 'vertical', index: 1 }, 410)).toEqual({ vertical: [100, 410], horizontal: [250] });
    expect(withoutGuide(guides, { axis: 'vertical', index: 0 })).toEqual({ vertical: [400], horizontal: [250] });
    expect(guides).toEqual({ vertical: [100, 400], horizontal: [250] });
  });
});

describe('hitGuide', () => {
  it('finds the nearest guide within the tolerance, on either axis', () => {
    expect(hitGuide(guides, { x: 102, y: 600 }, 3)).toEqual({ axis: 'vertical', index: 0 });
    expect(hitGuide(guides, { x: 700, y: 248 }, 3)).toEqual({ axis: 'horizontal', index: 0 });
    expect(hitGuide(guides, { x: 101, y: 251.5 }, 3)).toEqual({ axis: 'vertical', index: 0 });
    expect(hitGuide(guides, { x: 700, y: 600 }, 3)).toBeNull();
  });
});

describe('snapGuide', () => {
  it('snaps to a column edge or a grid line nearby, else rounds to 0.1 mm', () => {
    const edge = columnEdges(format)[2]!.left;
    expect(snapGuide(edge + 1.5, 'vertical', format, 2)).toBe(edge);
    const area = typeArea(format);
    const line = area.y + 10 * format.baselineGrid.pitch;
    expect(snapGuide(line - 1, 'horizontal', format, 2)).toBeCloseTo(line, 3);
    const free = 200 + format.bodySize / 2;
    const snapped = snapGuide(free, 'vertical', format, 0.1);
    expect(snapped).toBe(mmToPt(Math.round((free / (72 / 25.4)) * 10) / 10));
  });
});

describe('guideDrop', () => {
  // The canvas from (200, 100) to (1200, 900); its rulers, inside its padding, end at y 138 and x 238.
  const bounds = { left: 200, top: 100, right: 1200, bottom: 900, rulerBottom: 138, rulerRight: 238 };
  it('places a guide over the page, and removes it back on its ruler or outside the canvas', () => {
    expect(guideDrop('horizontal', { x: 500, y: 400 }, bounds)).toBe('place');
    expect(guideDrop('horizontal', { x: 500, y: 130 }, bounds)).toBe('remove');
    expect(guideDrop('horizontal', { x: 500, y: 105 }, bounds)).toBe('remove');
    expect(guideDrop('vertical', { x: 230, y: 400 }, bounds)).toBe('remove');
    expect(guideDrop('vertical', { x: 500, y: 120 }, bounds)).toBe('place');
    expect(guideDrop('vertical', { x: 1300, y: 400 }, bounds)).toBe('remove');
    expect(guideDrop('horizontal', { x: 500, y: 50 }, { ...bounds, rulerBottom: 100 })).toBe('remove');
    expect(guideDrop('horizontal', { x: 500, y: 101 }, { ...bounds, rulerBottom: 100 })).toBe('place');
  });
});

describe('guidesOp', () => {
  it('is one updatePage, undone by its inverse', () => {
    const edition = sampleEdition();
    const page = edition.pages[0]!;
    const applied = applyOp(edition, guidesOp(page, withGuide(page.guides, 'vertical', 123.4)));
    expect(applied.edition.pages[0]?.guides).toEqual({ vertical: [123.4], horizontal: [] });
    expect(applyOp(applied.edition, applied.inverse).edition).toEqual(edition);
  });
});
