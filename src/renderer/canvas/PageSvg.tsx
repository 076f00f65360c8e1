// PageSvg.tsx: the page as an SVG in points: paper, bleed, guides, frames with their composed
// text, overset marks, snap guides.
import { type PointerEvent, type ReactNode, type RefObject, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { FontCatalog } from '../../shared/layout/fonts';
import type { FrameLayout } from '../../shared/layout/output';
import type { PageComposition } from '../../shared/layout/page';
import type { Edition, Page } from '../../shared/model';
import { useI18n } from '../i18n';
import { FrameOverlay, type FrameEditing, type OverlayGestures, useCanvasGestures } from '../frames';
import { framesOnPage, movableWhen, type PlacedFrame } from '../state';
import type { GlyphPaths } from '../layout';
import { FrameOnPage } from './FrameOnPage';
import { frameLabel } from './frameLabel';
import { pageViewport } from './geometry';
import { type GuideLayers, PageGuides, PaperAndBleed } from './PageGuides';

export interface PageSvgProps {
  readonly edition: Edition;
  readonly page: Page;
  /** The edition may be changed now (not read-only, not reloading). */
  readonly editable: boolean;
  /** Every selected frame id, in selection order. */
  readonly selectedFrameIds: readonly string[];
  readonly zoom: number;
  /** The grid layers drawn under the frames (margins, columns, baseline grid). */
  readonly guides: GuideLayers;
  /** The page as composed, or null while fonts load or when they failed (frames only). */
  readonly text: PageText | null;
  /** The frame tools: selecting, moving, resizing, drawing, threading (src/renderer/frames). */
  readonly editing: FrameEditing;
  /** Drawn over the frames and under the frame handles, in page coordinates. */
  readonly overlay?: ReactNode;
  /** Set to the handler of a press on the empty page, for a press on the canvas around it. */
  readonly backgroundPress?: RefObject<((event: PointerEvent<Element>) => void) | null>;
}

export interface PageText {
  readonly composition: PageComposition;
  readonly glyphs: GlyphPaths;
  readonly fonts: FontCatalog;
}

export function PageSvg(props: PageSvgProps): ReactNode {
  const { edition, page, editable, zoom } = props;
  const { t } = useI18n();
  const format = edition.format;
  const viewport = pageViewport(format);
  const svgRef = useRef<SVGSVGElement>(null);
  const gestures = useCanvasGestures({ svg: svgRef, edition, page, zoom, editing: props.editing });
  const preview = gestures.preview;
  const { backgroundPress } = props;
  useLayoutEffect(() => {
    if (backgroundPress) backgroundPress.current = gestures.onBackgroundPointerDown;
  });
  // One handler for every frame, stable across renders, so the memoised frames stay memoised;
  // it reaches this render's gestures and frames through a ref.
  const shown = framesOnPage(edition, page);
  const latest = useRef({ gestures, placed: new Map<string, PlacedFrame>() });
  latest.current = { gestures, placed: new Map(shown.map((p) => [p.frame.id, p])) };
  const onFramePointerDown = useCallback((event: PointerEvent<SVGGElement>, frameId: string) => {
    const placed = latest.current.placed.get(frameId);
    if (placed) latest.current.gestures.onFramePointerDown(event, placed);
  }, []);
  // The overlay's handles and ports, stable like onFramePointerDown so the overlay stays memoised.
  const overlayGestures = useMemo(
    (): OverlayGestures => ({
      onHandlePointerDown: (event, frame, handle) => latest.current.gestures.onHandlePointerDown(event, frame, handle),
      onOutPortPointerDown: (event, frame) => latest.current.gestures.onOutPortPointerDown(event, frame),
    }),
    [],
  );
  const selectedIds = useMemo(() => new Set(props.selectedFrameIds), [props.selectedFrameIds]);
  const text = props.text;
  const frameText = useMemo(() => new Map<string, FrameLayout>(text?.composition.page.frames.map((f) => [f.frameId, f]) ?? []), [text]);
  const overset = useMemo(() => {
    const byFrame = new Map<string, number>();
    for (const report of text?.composition.overset ?? []) {
      if (report.lastFrame?.pageId === page.id) byFrame.set(report.lastFrame.frameId, report.chars);
    }
    return byFrame;
  }, [text, page.id]);
  return (
    <svg
      ref={svgRef}
      className={[text ? 'page-svg has-text' : 'page-svg', `tool-${props.editing.tool}`, props.editing.threadFrom ? 'is-threading' : ''].filter(Boolean).join(' ')}
      data-testid="page-svg"
      data-page-id={page.id}
      width={viewport.width * zoom}
      height={viewport.height * zoom}
      viewBox={`${viewport.x} ${viewport.y} ${viewport.width} ${viewport.height}`}
      onPointerDown={gestures.onBackgroundPointerDown}
    >
      <PaperAndBleed format={format} />
      <PageGuides format={format} layers={props.guides} />
      <g className="frames">
        {onTop(shown, preview?.kind === 'move' ? preview.frameIds : undefined).map((placed) => {
          const moved = preview?.kind === 'move' && preview.frameIds.has(placed.frame.id);
          const resized = preview?.kind === 'resize' && preview.frameId === placed.frame.id ? preview.box : null;
          // While a resize previews, the frame is drawn at its new size; its text stays until the drop.
          const frame = resized ? { ...placed.frame, width: resized.width, height: resized.height } : placed.frame;
          const x = resized ? resized.x : frame.x;
          const y = resized ? resized.y : frame.y;
          return (
            <FrameOnPage
              key={frame.id}
              frame={frame}
              x={x}
              y={y}
              textDx={x - placed.frame.x}
              textDy={y - placed.frame.y}
              drag={moved ? preview : null}
              label={frameLabel(frame, edition, page, t)}
              asset={frame.kind === 'image' ? (edition.assets.find((a) => a.id === frame.assetId) ?? null) : null}
              selected={selectedIds.has(frame.id)}
              movable={movableWhen(editable, placed)}
              fromMaster={placed.fromMaster}
              zoom={zoom}
              layout={frameText.get(frame.id) ?? null}
              glyphs={text?.glyphs ?? null}
              fonts={text?.fonts ?? null}
              oversetChars={overset.get(frame.id)}
              onFramePointerDown={onFramePointerDown}
            />
          );
        })}
      </g>
      {props.overlay}
      <FrameOverlay
        pages={edition.pages}
        format={format}
        page={page}
        selected={props.selectedFrameIds.flatMap((id) => shown.filter((p) => p.frame.id === id))}
        editable={editable}
        zoom={zoom}
        preview={preview}
        editing={props.editing}
        gestures={overlayGestures}
        overset={overset}
      />
    </svg>
  );
}

/** Draws the frames being dragged last, so they stay visible above the frames they pass over. */
function onTop(frames: PlacedFrame[], frameIds: ReadonlySet<string> | undefined): PlacedFrame[] {
  if (frameIds === undefined) return frames;
  return [...frames.filter((p) => !frameIds.has(p.frame.id)), ...frames.filter((p) => frameIds.has(p.frame.id))];
}
