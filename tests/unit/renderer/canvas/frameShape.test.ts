// A frame's label on the page: inside an empty frame; for a frame that shows its content
// (composed text, a placed picture), only while it is selected, above its top edge, where it
// covers neither its headline nor the type around it.
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
  it('sits above the top edge of a selected frame that shows its content', () => {
    expect(labelBaseline({ selected: true, quietLabel: true })).toBeLessThan(frame.y);
  });

  it('is not drawn on a frame that shows its content and is not selected', () => {
    expect(labelBaseline({ selected: false, quietLabel: true })).toBeNull();
  });

  it('sits inside a frame that shows nothing yet, selected or not', () => {
    expect(labelBaseline({ selected: false, quietLabel: false })).toBeGreaterThan(frame.y);
    expect(labelBaseline({ selected: true, quietLabel: false })).toBeGreaterThan(frame.y);
  });
});
