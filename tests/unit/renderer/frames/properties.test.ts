import { describe, expect, it } from 'vitest';
import { geometryOp, geometryRange, parseNumber, rangeText, restyleOp, stylesUsed, swatchFor, withinRange } from '../../../../src/renderer/frames/properties';
import { pageViewport } from '../../../../src/renderer/canvas/geometry';
import { defaultSwatches, mmToPt, ParagraphStyleIds, ptToMm, roundPt } from '../../../../src/shared/model';
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
