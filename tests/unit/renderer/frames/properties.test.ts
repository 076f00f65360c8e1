import { describe, expect, it } from 'vitest';
import { geometryOp, parseNumber, restyleOp, stylesUsed, swatchFor } from '../../../../src/renderer/frames/properties';
import { defaultSwatches, mmToPt, ParagraphStyleIds, roundPt } from '../../../../src/shared/model';
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
