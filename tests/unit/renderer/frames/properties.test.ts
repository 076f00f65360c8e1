import { describe, expect, it } from 'vitest';
import { columnsRefusal, geometryOp, geometryRange, geometryRefusal, gutterRefusal, insetRefusal, MAX_STROKE_PT, offsetRefusal, parseNumber, rangeText, restyleOp, strokeRefusal, stylesUsed, swatchFor, withinRange } from '../../../../src/renderer/frames/properties';
import { pageViewport } from '../../../../src/renderer/canvas/geometry';
import { defaultSwatches, type Frame, mmToPt, newTextFrame, ParagraphStyleIds, ptToMm, roundPt } from '../../../../src/shared/model';
import { sampleEdition } from '../../shared/model/fixtures';
import { box } from './fixtures';

describe('properties panel edits', () => {
  it('reads numbers as staff type them, full-width digits and decimal commas included', () => {
    expect(parseNumber('12.5')).toBe(12.5);
    expect(parseNumber('１２．５')).toBe(12.5);
    expect(parseNumber('3,5')).toBe(3.5);
    expect(parseNumber('-.5')).toBe(-0.5);
    expect(parseNumber('12mm')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });

  it('turns a millimetre field into one resizeFrame op, or none', () => {
    const frame = box('b', 100, 200, 300, 40);
    expect(geometryOp('p', frame, 'width', 50)).toEqual({ type: 'resizeFrame', pageId: 'p', frameId: 'b', x: 100, y: 200, width: roundPt(mmToPt(50)), height: 40 });
    expect(geometryOp('p', frame, 'width', 0)).toBeNull();
    expect(geometryOp('p', box('c', roundPt(mmToPt(10)), 0, 1, 1), 'x', 10)).toBeNull();
  });

  it('keeps a typed position or size inside what the page view shows: the page, its bleed and pasteboard', () => {
    const format = sampleEdition().format;
    const view = pageViewport(format);
    const frame = box('b', 100, 200, 300, 40);
    const right = view.x + view.width;
    expect(geometryRange(format, frame, 'width')).toEqual({ min: 0, max: right - 100 });
    expect(geometryRange(format, frame, 'x')).toEqual({ min: view.x, max: right - 300 });
    expect(geometryRange(format, frame, 'height')).toEqual({ min: 0, max: view.y + view.height - 200 });
    // 2000 mm wide, as a slip of the keyboard made it, runs two metres off a broadsheet.
    expect(withinRange(format, frame, 'width', 2000)).toBe(false);
    expect(withinRange(format, frame, 'width', ptToMm(right - 100))).toBe(true);
    expect(withinRange(format, frame, 'x', ptToMm(view.x) - 1)).toBe(false);
    expect(withinRange(format, frame, 'y', 0)).toBe(true);
    // What the refusal names as the range can be typed: rounded inwards.
    const shown = rangeText(geometryRange(format, frame, 'width'));
    expect(withinRange(format, frame, 'width', Number(shown.max))).toBe(true);
    expect(withinRange(format, frame, 'width', Number(shown.max) + 0.1)).toBe(false);
  });

  it('finds the swatch a colour came from', () => {
    const swatches = defaultSwatches();
    expect(swatchFor({ c: 0, m: 100, y: 100, k: 0 }, swatches)?.name).toBe('报红');
    expect(swatchFor({ c: 1, m: 100, y: 100, k: 0 }, swatches)).toBeNull();
    expect(swatchFor(null, swatches)).toBeNull();
  });

  it('restyles every paragraph of one style in a story, as one updateStory', () => {
    const story = sampleEdition().stories[0];
    if (!story) throw new Error('no story');
    expect(stylesUsed(story)).toEqual([
      { styleId: ParagraphStyleIds.headline, count: 1 },
      { styleId: ParagraphStyleIds.byline, count: 1 },
      { styleId: ParagraphStyleIds.body, count: 1 },
    ]);
    const op = restyleOp(story, ParagraphStyleIds.body, ParagraphStyleIds.caption);
    expect(op?.type === 'updateStory' && (op.patch.paragraphs as Array<{ style: string }>).map((p) => p.style)).toEqual([
      ParagraphStyleIds.headline,
      ParagraphStyleIds.byline,
      ParagraphStyleIds.caption,
    ]);
    expect(restyleOp(story, ParagraphStyleIds.body, ParagraphStyleIds.body)).toBeNull();
  });
});

describe('what the properties panel refuses', () => {
  const format = sampleEdition().format;
  // 3 columns of 100 pt with 2 gutters of 9 pt, no insets: 318 pt wide, 120 pt deep.
  const text = { ...newTextFrame('t', { x: 100, y: 200, width: 318, height: 120 }), columns: 3, gutter: 9 };

  it('a width of nothing or a negative height, before the range', () => {
    expect(geometryRefusal(format, text, 'width', 0)).toEqual({ key: 'frames.refused.notPositive', params: {} });
    expect(geometryRefusal(format, text, 'width', -50)?.key).toBe('frames.refused.notPositive');
    expect(geometryRefusal(format, text, 'height', 0)?.key).toBe('frames.refused.notPositive');
    expect(geometryRefusal(format, { ...box('r', 0, 0, 100, 0), kind: 'rule' } as unknown as Frame, 'height', 0)).toBeNull();
    expect(geometryRefusal(format, text, 'width', 2000)?.key).toBe('frames.refused.outside');
    expect(geometryRefusal(format, text, 'width', 50)).toBeNull();
  });

  it('columns: whole numbers from 1 to as many as hold one body 字 each', () => {
    // (318 + 9) / (9 + 9) = 18.2: at most 18 columns of at least 9 pt.
    expect([1, 3, 18].map((n) => columnsRefusal(text, 9, n))).toEqual([null, null, null]);
    expect(columnsRefusal(text, 9, 19)).toEqual({ key: 'frames.refused.columns', params: { value: '19', max: 18 } });
    expect(columnsRefusal(text, 9, 2.5)?.key).toBe('frames.refused.columns');
    expect(columnsRefusal(text, 9, 0)?.key).toBe('frames.refused.columns');
  });

  it('gutters and insets that leave each column one body 字 and the frame one line', () => {
    // Gutters: (318 − 3 × 9) / 2 = 145.5 pt at most.
    expect(gutterRefusal(text, 9, ptToMm(145.5))).toBeNull();
    expect(gutterRefusal(text, 9, ptToMm(146))?.params).toEqual({ value: ptToMm(146).toFixed(1), max: (Math.floor(ptToMm(145.5) * 10) / 10).toFixed(1) });
    expect(gutterRefusal(text, 9, -1)?.key).toBe('frames.refused.gutter');
    // Across: 318 − (3 × 9 + 2 × 9) = 273 pt; down: 120 pt less one line.
    expect(insetRefusal(text, format, 'left', ptToMm(273))).toBeNull();
    expect(insetRefusal(text, format, 'left', 400)?.key).toBe('frames.refused.inset');
    expect(insetRefusal({ ...text, insets: { ...text.insets, right: 100 } }, format, 'left', ptToMm(200))?.key).toBe('frames.refused.inset');
    const depth = 120 - format.baselineGrid.pitch;
    expect(insetRefusal(text, format, 'top', ptToMm(depth))).toBeNull();
    expect(insetRefusal(text, format, 'bottom', ptToMm(depth + 1))?.key).toBe('frames.refused.inset');
    expect(insetRefusal(text, format, 'top', -5)?.key).toBe('frames.refused.inset');
  });

  it('wrap offsets from 0 to the page, strokes from 0 to 12 pt and half a box', () => {
    expect(offsetRefusal(format, 3)).toBeNull();
    expect(offsetRefusal(format, -3)?.key).toBe('frames.refused.offset');
    expect(offsetRefusal(format, 5000)?.key).toBe('frames.refused.offset');
    expect(strokeRefusal(box('b', 0, 0, 100, 10), 5)).toBeNull();
    expect(strokeRefusal(box('b', 0, 0, 100, 10), 6)).toEqual({ key: 'frames.refused.stroke', params: { value: '6', max: 5 } });
    expect(strokeRefusal(box('b', 0, 0, 300, 300), 100)).toEqual({ key: 'frames.refused.stroke', params: { value: '100', max: MAX_STROKE_PT } });
    expect(strokeRefusal(box('b', 0, 0, 300, 300), -1)?.key).toBe('frames.refused.stroke');
  });
});
