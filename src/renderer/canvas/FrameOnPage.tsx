// FrameOnPage.tsx: one frame of the page view with its composed text and overset mark,
// memoised on plain props (the frame object, its place, its FrameLayout, flags) so an edit
// re-renders only the frames it touched: a keystroke the frame of its story, a drag the frames
// being dragged. The pointer handler comes in stable and is told which frame was pressed.
//
// A frame being dragged is drawn where it is and carried by a translate on its own compositing
// layer (`will-change: transform`, view.css). Drawn at each new place instead, every pointer move
// made the browser paint the page's text again under the frame's old and new places: 12–23 ms
// of rastering a move on two cores, which the frames of the drag waited for.
import { memo, type PointerEvent, type ReactNode, useCallback } from 'react';
import type { FontCatalog } from '../../shared/layout/fonts';
import type { FrameLayout } from '../../shared/layout/output';
import type { Asset, Frame } from '../../shared/model';
import type { GlyphPaths } from '../layout';
import { FrameShape } from './FrameShape';
import { FrameText } from './FrameText';
import { OversetMark } from './OversetMark';

export interface FrameOnPageProps {
  /** The frame as drawn (a resize preview gives it its new size). */
  readonly frame: Frame;
  readonly x: number;
  readonly y: number;
  /** How far the text moves with a resize preview (it was set where the frame is). */
  readonly textDx: number;
  readonly textDy: number;
  /** How far a drag preview carries the frame, text and all; null when it is not dragged. */
  readonly drag: { readonly dx: number; readonly dy: number } | null;
  readonly label: string;
  readonly asset: Asset | null;
  readonly selected: boolean;
  readonly movable: boolean;
  readonly fromMaster: boolean;
  readonly zoom: number;
  readonly layout: FrameLayout | null;
  readonly glyphs: GlyphPaths | null;
  readonly fonts: FontCatalog | null;
  readonly oversetChars: number | undefined;
  readonly onFramePointerDown: (event: PointerEvent<SVGGElement>, frameId: string) => void;
}

export const FrameOnPage = memo(function FrameOnPage(props: FrameOnPageProps): ReactNode {
  const { frame, x, y, layout, glyphs, fonts, onFramePointerDown } = props;
  const id = frame.id;
  const onPointerDown = useCallback((event: PointerEvent<SVGGElement>) => onFramePointerDown(event, id), [onFramePointerDown, id]);
  const hasText = !!(glyphs && fonts && layout && layout.columns.length > 0);
  const moved = props.textDx !== 0 || props.textDy !== 0;
  // The wrapper is always there, so that a drag's start does not mount the frame again.
  return (
    <g className={props.drag ? 'frame-drag is-dragged' : 'frame-drag'} transform={props.drag ? `translate(${props.drag.dx} ${props.drag.dy})` : undefined}>
      <FrameShape
        frame={frame}
        x={x}
        y={y}
        label={props.label}
        asset={props.asset}
        selected={props.selected}
        movable={props.movable}
        fromMaster={props.fromMaster}
        zoom={props.zoom}
        quietLabel={hasText || (frame.kind === 'image' && frame.assetId !== null)}
        onPointerDown={onPointerDown}
      >
        {hasText && (
          <g transform={moved ? `translate(${props.textDx} ${props.textDy})` : undefined}>
            <FrameText layout={layout} glyphs={glyphs} fonts={fonts} />
          </g>
        )}
        {props.oversetChars !== undefined && <OversetMark x={x} y={y} width={frame.width} height={frame.height} chars={props.oversetChars} zoom={props.zoom} />}
      </FrameShape>
    </g>
  );
});
