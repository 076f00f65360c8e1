// PageSvg.tsx: the page as an SVG in points: paper, bleed, guides, frames, snap guides.
import type { ReactNode } from 'react';
import type { Edition, Page } from '../../shared/model';
import { useI18n } from '../i18n';
import { canMove, type EditorState, framesOnPage, type PlacedFrame } from '../state';
import { FrameShape } from './FrameShape';
import { frameLabel } from './frameLabel';
import { pageViewport } from './geometry';
import { PageGuides, PaperAndBleed } from './PageGuides';
import { SnapGuides } from './SnapGuides';
import { useFrameDrag } from './useFrameDrag';

export interface PageSvgProps {
  readonly edition: Edition;
  readonly page: Page;
  readonly state: EditorState;
  readonly zoom: number;
  readonly guides: boolean;
  readonly baseline: boolean;
  readonly onSelect: (frameId: string | null) => void;
  readonly onMove: (frameId: string, x: number, y: number) => void;
}

export function PageSvg(props: PageSvgProps): ReactNode {
  const { edition, page, state, zoom } = props;
  const { t } = useI18n();
  const format = edition.format;
  const viewport = pageViewport(format);
  const { preview, begin } = useFrameDrag({ zoom, format, onCommit: props.onMove });
  return (
    <svg
      className="page-svg"
      data-testid="page-svg"
      data-page-id={page.id}
      width={viewport.width * zoom}
      height={viewport.height * zoom}
      viewBox={`${viewport.x} ${viewport.y} ${viewport.width} ${viewport.height}`}
      onPointerDown={() => props.onSelect(null)}
    >
      <PaperAndBleed format={format} />
      {props.guides && <PageGuides format={format} baseline={props.baseline} />}
      <g className="frames">
        {onTop(framesOnPage(edition, page), preview?.frameId).map((placed) => {
          const { frame } = placed;
          const dragged = preview?.frameId === frame.id ? preview.snap : null;
          const movable = canMove(state, placed);
          return (
            <FrameShape
              key={frame.id}
              frame={frame}
              x={dragged ? dragged.x : frame.x}
              y={dragged ? dragged.y : frame.y}
              label={frameLabel(frame, edition, page, t)}
              asset={frame.kind === 'image' ? (edition.assets.find((a) => a.id === frame.assetId) ?? null) : null}
              selected={state.selectedFrameId === frame.id}
              movable={movable}
              fromMaster={placed.fromMaster}
              zoom={zoom}
              onPointerDown={(event) => {
                event.stopPropagation();
                props.onSelect(frame.id);
                if (movable) begin(event, frame);
              }}
            />
          );
        })}
      </g>
      {preview && <SnapGuides snap={preview.snap} format={format} />}
    </svg>
  );
}

/** Draws the frame being dragged last, so it stays visible above the frames it passes over. */
function onTop(frames: PlacedFrame[], frameId: string | undefined): PlacedFrame[] {
  if (frameId === undefined) return frames;
  return [...frames.filter((p) => p.frame.id !== frameId), ...frames.filter((p) => p.frame.id === frameId)];
}
