// PageCanvas.tsx: the scrolling area that holds the page and its rulers, and measures itself so
// "fit" zoom always shows the whole page.
import { type ReactNode, useLayoutEffect, useRef } from 'react';
import type { Edition, Page } from '../../shared/model';
import type { EditorState, ViewState } from '../state';
import { effectiveZoom } from '../state';
import { fitZoom, pageViewport, RULER_PX } from './geometry';
import { type PageText, PageSvg } from './PageSvg';
import { HorizontalRuler, VerticalRuler } from './Rulers';

/** Room kept around the page at fit zoom, in pixels. */
const FIT_MARGIN_PX = 16;

export interface PageCanvasProps {
  readonly edition: Edition;
  readonly page: Page;
  readonly state: EditorState;
  readonly view: ViewState;
  readonly onFitZoom: (zoom: number) => void;
  readonly onSelect: (frameId: string | null) => void;
  readonly onMove: (frameId: string, x: number, y: number) => void;
  readonly text: PageText | null;
}

export function PageCanvas(props: PageCanvasProps): ReactNode {
  const { edition, page, view, onFitZoom } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const viewport = pageViewport(edition.format);
  const zoom = effectiveZoom(view);
  const { width: viewWidth, height: viewHeight } = viewport;
  const ruler = view.rulers ? RULER_PX : 0;

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = (): void => {
      const width = element.clientWidth - ruler - 2 * FIT_MARGIN_PX;
      const height = element.clientHeight - ruler - 2 * FIT_MARGIN_PX;
      onFitZoom(fitZoom({ x: 0, y: 0, width: viewWidth, height: viewHeight }, width, height));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [viewWidth, viewHeight, ruler, onFitZoom]);

  return (
    <div className="canvas-scroller" ref={scroller} data-testid="canvas">
      <div
        className="canvas-grid"
        style={{ gridTemplateColumns: `${ruler}px auto`, gridTemplateRows: `${ruler}px auto`, padding: FIT_MARGIN_PX }}
      >
        {view.rulers && <div className="ruler-corner" />}
        {view.rulers && (
          <div className="ruler-top-holder">
            <HorizontalRuler viewport={viewport} zoom={zoom} />
          </div>
        )}
        {view.rulers && (
          <div className="ruler-left-holder">
            <VerticalRuler viewport={viewport} zoom={zoom} />
          </div>
        )}
        <div className="page-holder">
          <PageSvg
            edition={edition}
            page={page}
            state={props.state}
            zoom={zoom}
            guides={view.guides}
            baseline={view.baseline}
            onSelect={props.onSelect}
            onMove={props.onMove}
            text={props.text}
          />
        </div>
      </div>
    </div>
  );
}
