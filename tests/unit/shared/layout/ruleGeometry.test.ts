import { describe, expect, it } from 'vitest';
import { ruleSegment } from '../../../../src/shared/layout/ruleGeometry';

describe('ruleSegment', () => {
  // Regression: the screen drew a 1 pt rule from the frame's top edge down while the PDF
  // stroked it on the centre line, half a point apart (found by the WYSIWYG proof).
  it('runs a horizontal rule along the frame’s centre line, so screen and PDF ink coincide', () => {
    expect(ruleSegment({ x: 10, y: 73.389, width: 200, height: 1 })).toEqual({ x1: 10, y1: 73.889, x2: 210, y2: 73.889 });
  });

  it('runs a rule of zero width vertically, down the centre', () => {
    expect(ruleSegment({ x: 50, y: 20, width: 0, height: 300 })).toEqual({ x1: 50, y1: 20, x2: 50, y2: 320 });
  });

  it('runs a tall thin frame vertically and a square one horizontally', () => {
    expect(ruleSegment({ x: 0, y: 0, width: 2, height: 40 })).toEqual({ x1: 1, y1: 0, x2: 1, y2: 40 });
    expect(ruleSegment({ x: 0, y: 0, width: 4, height: 4 })).toEqual({ x1: 0, y1: 2, x2: 4, y2: 2 });
  });
});
