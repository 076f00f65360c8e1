// PageCanvas.tsx: the scrolling area that holds the page, its rulers and ruler guides. It
// measures itself so "fit page" and "fit width" follow the window, and leaves moving around to
// useViewGestures (wheel, pinch, hand tool) and ruler guides to useGuideDrag; frame tools work
// inside PageSvg. A readout in the corner says where the pointer is, in the rulers' units.
import { memo, type PointerEvent, type ReactNode, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Edition, Page } from '../../shared/model';
import { ptToMm } from '../../shared/model';
import type { FrameEditing } from '../frames';
import { useI18n } from '../i18n';
import { effectiveZoom, guideLayers, useEditorStore, type ViewAction, type ViewState } from '../state';
import { CursorReadout } from './CursorReadout';
import { createCursorTracker } from './cursorTracker';
import { fitZoom, pageViewport, RULER_PX } from './geometry';
import { type PageText, PageSvg } from './PageSvg';
import { RulerGuides } from './RulerGuides';
import { type DropBounds, type Guides, guidesOp } from './rulerGuides';
import { rulerScales } from './rulerScale';
import { HorizontalRuler, VerticalRuler } from './Rulers';
import { useGuideDrag } from './useGuideDrag';
import { useViewGestures } from './useViewGestures';
import { useViewShortcuts, VIEW_GESTURE_SHORTCUTS } from './viewShortcuts';
import { clientToPage, fitWidthZoom } from './viewMath';
import './view.css';

/** Room kept around the page at fit zoom, in pixels. */
const FIT_MARGIN_PX = 16;
const NO_GUIDES: Guides = { vertical: [], horizontal: [] };

export interface PageCanvasProps {
  readonly edition: Edition;
  readonly page: Page;
  /** The edition may be changed now (not read-only, not reloading). */
  readonly editable: boolean;
  /** Every selected frame id, in selection order. */
  readonly selectedFrameIds: readonly string[];
  readonly view: ViewState;
  /** Zoom changes from the canvas itself: its measured fit zooms, wheel and pinch zooms. */
  readonly onView: (action: ViewAction) => void;
  readonly text: PageText | null;
  /** The frame tools (src/renderer/frames): selection, moves, drawing, threading. */
  readonly editing: FrameEditing;
  /** Drawn over the frames in page coordinates (the story editor's selection, a story drop preview). */
  readonly overlay?: ReactNode;
}

// Memoised: the window renders again when the host confirms an edit, which changes nothing here.
export const PageCanvas = memo(function PageCanvas(props: PageCanvasProps): ReactNode {
  const { edition, page, view, onView } = props;
  const { t } = useI18n();
  const store = useEditorStore();
  const scroller = useRef<HTMLDivElement>(null);
  const holder = useRef<HTMLDivElement>(null);
  const backgroundPress = useRef<((event: PointerEvent<Element>) => void) | null>(null);
  const cursor = useMemo(createCursorTracker, []);
  // One object per format, so the memoised rulers are not rendered again for every edit.
  const viewport = useMemo(() => pageViewport(edition.format), [edition.format]);
  const zoom = effectiveZoom(view);
  const { width: viewWidth, height: viewHeight } = viewport;
  const ruler = view.rulers ? RULER_PX : 0;
  const layers = guideLayers(view);
  const scales = useMemo(() => rulerScales(view.rulerUnit, edition.format), [view.rulerUnit, edition.format]);
  const editable = props.editable;
  const master = page.masterId === null ? undefined : edition.masters.find((m) => m.id === page.masterId);
  useViewShortcuts(VIEW_GESTURE_SHORTCUTS);
  // The page's text is laid out once, at the zoom it is shown at: until the canvas has measured
  // its fit zoom the page is drawn without it (in the same task, before any paint). Measuring
  // with the text in place forced a layout of its 3.8 MB of path data at the initial zoom, and then
  // another at the fit zoom (~55 ms each at the opening).
  const [measured, setMeasured] = useState(false);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = (): void => {
      const width = element.clientWidth - ruler - 2 * FIT_MARGIN_PX;
      const height = element.clientHeight - ruler - 2 * FIT_MARGIN_PX;
      const box = { x: 0, y: 0, width: viewWidth, height: viewHeight };
      onView({ type: 'setFitZoom', zoom: fitZoom(box, width, height), width: fitWidthZoom(box, width) });
    };
    measure();
    setMeasured(true);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [viewWidth, viewHeight, ruler, onView]);

  const gestures = useViewGestures({ scroller, page: holder, viewport, zoom, onView });
  const bounds = useCallback((): DropBounds | null => {
    const box = scroller.current?.getBoundingClientRect();
    if (!box) return null;
    // The rulers stick to the top and left once scrolled, but sit inside the padding before that.
    const top = scroller.current?.querySelector('.ruler-top-holder')?.getBoundingClientRect();
    const left = scroller.current?.querySelector('.ruler-left-holder')?.getBoundingClientRect();
    return { left: box.left, top: box.top, right: box.right, bottom: box.bottom, rulerBottom: top?.bottom ?? box.top, rulerRight: left?.right ?? box.left };
  }, []);
  const guides = useGuideDrag({
    guides: page.guides,
    format: edition.format,
    editable,
    screen: gestures.screen,
    bounds,
    onCommit: (next) => store.applyOps([guidesOp(page, next)]),
  });

  const { beginNew } = guides;
  const pullHorizontal = useCallback((event: PointerEvent<SVGSVGElement>) => beginNew('horizontal', event), [beginNew]);
  const pullVertical = useCallback((event: PointerEvent<SVGSVGElement>) => beginNew('vertical', event), [beginNew]);

  const trackPointer = (event: { clientX: number; clientY: number }): void => {
    const at = gestures.screen();
    cursor.set(at ? clientToPage({ x: event.clientX, y: event.clientY }, at) : null);
  };
  const mm = (pt: number): string => ptToMm(pt).toFixed(1);
  const classes = ['canvas-scroller', gestures.panReady ? 'is-pan-ready' : '', gestures.panning ? 'is-panning' : '', guides.drag ? `is-dragging-guide-${guides.drag.axis}` : '']
    .filter(Boolean)
    .join(' ');

  return (
    <div className="canvas-area">
      <div
        className={classes}
        ref={scroller}
        data-testid="canvas"
        data-zoom={zoom}
        onPointerDownCapture={gestures.onPointerDownCapture}
        onPointerDown={(event) => {
          // The grey canvas around the page is pasteboard too: a marquee may start there (the
          // page is full of frames, and its own margin is a few mm wide).
          const target = event.target as Element;
          if (target === event.currentTarget || target.classList.contains('canvas-grid') || target.classList.contains('page-holder')) backgroundPress.current?.(event);
        }}
        onPointerMove={trackPointer}
        onPointerLeave={() => cursor.set(null)}
      >
        <div
          className="canvas-grid"
          style={{ gridTemplateColumns: `${ruler}px auto`, gridTemplateRows: `${ruler}px auto`, padding: FIT_MARGIN_PX }}
        >
          {view.rulers && <div className="ruler-corner" />}
          {view.rulers && (
            <div className="ruler-top-holder">
              <HorizontalRuler
                viewport={viewport}
                zoom={zoom}
                scale={scales.horizontal}
                cursor={cursor}
                label={t('view.rulerTop')}
                onPointerDown={pullHorizontal}
              />
            </div>
          )}
          {view.rulers && (
            <div className="ruler-left-holder">
              <VerticalRuler
                viewport={viewport}
                zoom={zoom}
                scale={scales.vertical}
                cursor={cursor}
                label={t('view.rulerLeft')}
                onPointerDown={pullVertical}
              />
            </div>
          )}
          <div className="page-holder" ref={holder}>
            <PageSvg
              edition={edition}
              page={page}
              editable={editable}
              selectedFrameIds={props.selectedFrameIds}
              zoom={zoom}
              guides={layers}
              text={measured ? props.text : null}
              editing={props.editing}
              overlay={props.overlay}
              backgroundPress={backgroundPress}
            />
            {(layers.rulerGuides || guides.drag) && (
              <RulerGuides
                viewport={viewport}
                zoom={zoom}
                guides={layers.rulerGuides ? page.guides : NO_GUIDES}
                masterGuides={layers.rulerGuides ? (master?.guides ?? NO_GUIDES) : NO_GUIDES}
                editable={editable}
                drag={guides.drag}
                label={(axis, at) => t(axis === 'vertical' ? 'view.guide.vertical' : 'view.guide.horizontal', { position: mm(at) })}
                onGrab={(ref, event) => guides.beginMove(ref, event)}
              />
            )}
          </div>
        </div>
      </div>
      <CursorReadout cursor={cursor} scales={scales} />
    </div>
  );
});
