// A frame's label on the page: inside an empty frame; a frame that shows its content (composed
// text, a placed picture) has none, selected or not, so no label covers type on the page.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FrameShape } from '../../../../src/renderer/canvas/FrameShape';
import { newTextFrame } from '../../../../src/shared/model';

const frame = newTextFrame('f1', { x: 100, y: 200, width: 300, height: 150 }, { storyId: 's1' });

/** The label's baseline, or null when no label is drawn. */
function labelBaseline(props: { selected: boolean; quietLabel: boolean }): number | null {
  const svg = renderToStaticMarkup(
    createElement('svg', null, createElement(FrameShape, { frame, x: frame.x, y: frame.y, label: '2023年度全区', asset: null, movable: true, fromMaster: false, zoom: 2, onPointerDown: () => undefined, ...props })),
  );
  const match = /<text class="frame-label"[^>]* y="(-?[\d.]+)"/u.exec(svg);
  return match ? Number(match[1]) : null;
}

describe('FrameShape label', () => {
  it('is not drawn on a frame that shows its content, selected or not', () => {
    expect(labelBaseline({ selected: false, quietLabel: true })).toBeNull();
    expect(labelBaseline({ selected: true, quietLabel: true })).toBeNull();
  });

  it('sits inside a frame that shows nothing yet, selected or not', () => {
    expect(labelBaseline({ selected: false, quietLabel: false })).toBeGreaterThan(frame.y);
    expect(labelBaseline({ selected: true, quietLabel: false })).toBeGreaterThan(frame.y);
  });
});
