// A frame being dragged: drawn where it is, inside a wrapper that a translate carries (on a
// compositing layer of its own, view.css), so a pointer move repaints nothing under it.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FrameOnPage, type FrameOnPageProps } from '../../../../src/renderer/canvas/FrameOnPage';
import { newTextFrame } from '../../../../src/shared/model';

const frame = newTextFrame('f1', { x: 100, y: 200, width: 300, height: 150 }, { storyId: 's1' });

function markup(drag: FrameOnPageProps['drag']): string {
  const props: FrameOnPageProps = {
    frame,
    x: frame.x,
    y: frame.y,
    textDx: 0,
    textDy: 0,
    drag,
    label: '2023年度全区',
    asset: null,
    selected: true,
    movable: true,
    fromMaster: false,
    zoom: 1,
    layout: null,
    glyphs: null,
    fonts: null,
    oversetChars: undefined,
    onFramePointerDown: () => undefined,
  };
  return renderToStaticMarkup(createElement('svg', null, createElement(FrameOnPage, props)));
}

describe('FrameOnPage while dragged', () => {
  it('keeps the frame drawn at its own place and moves it with a translate on its wrapper', () => {
    const svg = markup({ dx: 30, dy: -12.5 });
    expect(svg).toMatch(/^<svg><g class="frame-drag is-dragged" transform="translate\(30 -12.5\)"><g [^>]*data-testid="frame"/u);
    expect(svg).toContain('class="frame-outline" x="100" y="200"');
  });

  it('has the same wrapper, without a translate, when not dragged, so a drag does not mount the frame again', () => {
    const svg = markup(null);
    expect(svg).toMatch(/^<svg><g class="frame-drag"><g [^>]*data-testid="frame"/u);
    expect(svg).toContain('class="frame-outline" x="100" y="200"');
  });
});
