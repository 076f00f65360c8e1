// PageSvg.tsx: the page as an SVG in points: paper, bleed, guides, frames with their composed
// text, overset marks, snap guides.
import { type ReactNode, useMemo } from 'react';
import type { FontCatalog } from '../../shared/layout/fonts';
import type { FrameLayout } from '../../shared/layout/output';
import type { PageComposition } from '../../shared/layout/page';
import type { Edition, Page } from '../../shared/model';
import { useI18n } from '../i18n';
import { canMove, type EditorState, framesOnPage, type PlacedFrame } from '../state';
import type { GlyphPaths } from '../layout';
import { FrameShape } from './FrameShape';
import { FrameText, GlyphDefs } from './FrameText';
import { OversetMark } from './OversetMark';
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
  /** The page as composed, or null while fonts load or when they failed (frames only). */
  readonly text: PageText | null;
}

export interface PageText {
  readonly composition: PageComposition;
  readonly glyphs: GlyphPaths;
  readonly fonts: FontCatalog;
}

export function PageSvg(props: PageSvgProps): ReactNode {
  const { edition, page, state, zoom } = props;
  const { t } = useI18n();
  const format = edition.format;
  const viewport = pageViewport(format);
  const { preview, begin } = useFrameDrag({ zoom, format, onCommit: props.onMove });
  const text = props.text;
  const frameText = useMemo(() => new Map<string, FrameLayout>(text?.composition.page.frames.map((f) => [f.frameId, f]) ?? []), [text]);
  const defs = useMemo(() => (text ? text.glyphs.defsFor(text.composition.page) : []), [text]);
  const overset = useMemo(() => {
    const byFrame = new Map<string, number>();
    for (const report of text?.composition.overset ?? []) {
      if (report.lastFrame?.pageId === page.id) byFrame.set(report.lastFrame.frameId, report.chars);
    }
    return byFrame;
  }, [text, page.id]);
  return (
    <svg
      className={text ? 'page-svg has-text' : 'page-svg'}
      data-testid="page-svg"
      data-page-id={page.id}
      width={viewport.width * zoom}
      height={viewport.height * zoom}
      viewBox={`${viewport.x} ${viewport.y} ${viewport.width} ${viewport.height}`}
      onPointerDown={() => props.onSelect(null)}
    >
      <GlyphDefs defs={defs} />
      <PaperAndBleed format={format} />
      {props.guides && <PageGuides format={format} baseline={props.baseline} />}
      <g className="frames">
        {onTop(framesOnPage(edition, page), preview?.frameId).map((placed) => {
          const { frame } = placed;
          const dragged = preview?.frameId === frame.id ? preview.snap : null;
          const movable = canMove(state, placed);
          const x = dragged ? dragged.x : frame.x;
          const y = dragged ? dragged.y : frame.y;
          const layout = frameText.get(frame.id);
          const oversetChars = overset.get(frame.id);
          return (
            <FrameShape
              key={frame.id}
              frame={frame}
              x={x}
              y={y}
              label={frameLabel(frame, edition, page, t)}
              asset={frame.kind === 'image' ? (edition.assets.find((a) => a.id === frame.assetId) ?? null) : null}
              selected={state.selectedFrameId === frame.id}
              movable={movable}
              fromMaster={placed.fromMaster}
              zoom={zoom}
              quietLabel={!!(text && layout && layout.columns.length > 0)}
              onPointerDown={(event) => {
                event.stopPropagation();
                props.onSelect(frame.id);
                if (movable) begin(event, frame);
              }}
            >
              {text && layout && layout.columns.length > 0 && (
                // The text was set where the frame is; while a drag previews a new place it moves along.
                <g transform={dragged ? `translate(${x - frame.x} ${y - frame.y})` : undefined}>
                  <FrameText layout={layout} glyphs={text.glyphs} fonts={text.fonts} />
                </g>
              )}
              {oversetChars !== undefined && <OversetMark x={x} y={y} width={frame.width} height={frame.height} chars={oversetChars} zoom={zoom} />}
            </FrameShape>
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
