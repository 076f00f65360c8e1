// ruleGeometry.ts: where a rule frame's stroke runs. The screen and the PDF both stroke this
// segment, centred on it with butt caps, so the ink sits in the same place in both.
export interface RuleSegment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** A rule runs along the long axis of its frame, on the frame's centre line. */
export function ruleSegment(frame: { readonly x: number; readonly y: number; readonly width: number; readonly height: number }): RuleSegment {
  if (frame.width >= frame.height) {
    const y = frame.y + frame.height / 2;
    return { x1: frame.x, y1: y, x2: frame.x + frame.width, y2: y };
  }
  const x = frame.x + frame.width / 2;
  return { x1: x, y1: frame.y, x2: x, y2: frame.y + frame.height };
}
