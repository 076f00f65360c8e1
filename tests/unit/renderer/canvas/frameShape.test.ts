// A frame's label on the page: inside the frame, small and faint over text; above the top edge of
// a selected frame that shows text, where the full-size label does not cover its headline.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FrameShape } from '../../../../src/renderer/canvas/FrameShape';
import { newTextFrame } from '../../../../src/shared/model';

const frame = newTextFrame('f1', { x: 100, y: 200, width: 300, height: 150 }, { storyId: 's1' });

function labelBaseline(props: { selected: boolean; quietLabel: boolean }): number {
  const svg = renderToStaticMarkup(
    createElement('svg', null, createElement(FrameShape, { frame, x: frame.x, y: frame.y, label: '2023年度全区', asset: null, movable: true, fromMaster: false, zoom: 2, onPointerDown: () => undefined, ...props })),
  );
  const match = /<text class="frame-label"[^>]* y="(-?[\d.]+)"/u.exec(svg);
  if (!match) throw new Error(`no label in ${svg}`);
  return Number(match[1]);
}

describe('FrameShape label', () => {
  it('sits above the top edge of a selected frame that shows text', () => {
    expect(labelBaseline({ selected: true, quietLabel: true })).toBeLessThan(frame.y);
  });

  it('sits inside a frame that is not selected, or shows no text', () => {
    expect(labelBaseline({ selected: false, quietLabel: true })).toBeGreaterThan(frame.y);
    expect(labelBaseline({ selected: true, quietLabel: false })).toBeGreaterThan(frame.y);
  });
});
