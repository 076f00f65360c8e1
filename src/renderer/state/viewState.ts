// viewState.ts: how the page is looked at (zoom, rulers, guides). Not part of the document and
// not undoable.
export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 8;
const ZOOM_STEP = 1.25;

export interface ViewState {
  /** 'fit' follows the window; a number is screen pixels per point. */
  readonly zoom: 'fit' | number;
  /** What 'fit' currently means, measured from the canvas size. */
  readonly fitZoom: number;
  readonly rulers: boolean;
  readonly guides: boolean;
  readonly baseline: boolean;
}

export const INITIAL_VIEW: ViewState = { zoom: 'fit', fitZoom: 1, rulers: true, guides: true, baseline: false };

export type ViewAction =
  | { type: 'zoomIn' }
  | { type: 'zoomOut' }
  | { type: 'zoomFit' }
  | { type: 'setFitZoom'; zoom: number }
  | { type: 'toggleRulers' }
  | { type: 'toggleGuides' }
  | { type: 'toggleBaseline' };

export function effectiveZoom(view: ViewState): number {
  return view.zoom === 'fit' ? view.fitZoom : view.zoom;
}

function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

export function viewReducer(view: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'zoomIn':
      return { ...view, zoom: clampZoom(effectiveZoom(view) * ZOOM_STEP) };
    case 'zoomOut':
      return { ...view, zoom: clampZoom(effectiveZoom(view) / ZOOM_STEP) };
    case 'zoomFit':
      return { ...view, zoom: 'fit' };
    case 'setFitZoom': {
      // Compared after clamping: a window too small for the minimum zoom measures the same
      // out-of-range value on every resize, and must not make a new view each time.
      const fitZoom = clampZoom(action.zoom);
      return view.fitZoom === fitZoom ? view : { ...view, fitZoom };
    }
    case 'toggleRulers':
      return { ...view, rulers: !view.rulers };
    case 'toggleGuides':
      return { ...view, guides: !view.guides };
    case 'toggleBaseline':
      return { ...view, baseline: !view.baseline };
  }
}
