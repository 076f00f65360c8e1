// viewState.ts: how the page is looked at (zoom, rulers, guides). Not part of the document and
// not undoable.
export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 8;
const ZOOM_STEP = 1.25;

/** Pixels per point at 100 %: a point is 1/72 in and CSS assumes 96 px per inch. */
export const ACTUAL_SIZE_ZOOM = 96 / 72;

/** Millimetres from the trim corner, or 字 and 行 of the body size from the type area's corner. */
export type RulerUnit = 'mm' | 'grid';

export interface ViewState {
  /** 'fit' shows the whole page, 'fitWidth' its width; both follow the window. A number is screen pixels per point. */
  readonly zoom: 'fit' | 'fitWidth' | number;
  /** What 'fit' currently means, measured from the canvas size. */
  readonly fitZoom: number;
  /** What 'fitWidth' currently means. */
  readonly fitWidthZoom: number;
  readonly rulers: boolean;
  readonly rulerUnit: RulerUnit;
  /** All guides at once (the View menu's switch); the layers below choose among them. */
  readonly guides: boolean;
  readonly margins: boolean;
  readonly columns: boolean;
  readonly baseline: boolean;
  /** Ruler guides dragged out by staff (page.guides, and the master's). */
  readonly rulerGuides: boolean;
}

export const INITIAL_VIEW: ViewState = {
  zoom: 'fit',
  fitZoom: 1,
  fitWidthZoom: 1,
  rulers: true,
  rulerUnit: 'mm',
  guides: true,
  margins: true,
  columns: true,
  baseline: false,
  rulerGuides: true,
};

export type ViewAction =
  | { type: 'zoomIn' }
  | { type: 'zoomOut' }
  | { type: 'zoomFit' }
  | { type: 'zoomFitWidth' }
  | { type: 'zoomActual' }
  /** A zoom of the user's own (wheel, pinch): screen pixels per point, clamped. */
  | { type: 'setZoom'; zoom: number }
  /** The canvas measured itself: the zooms at which the page, or its width, fits. */
  | { type: 'setFitZoom'; zoom: number; width?: number }
  | { type: 'toggleRulers' }
  | { type: 'setRulerUnit'; unit: RulerUnit }
  | { type: 'toggleGuides' }
  | { type: 'toggleMargins' }
  | { type: 'toggleColumns' }
  | { type: 'toggleBaseline' }
  | { type: 'toggleRulerGuides' };

export function effectiveZoom(view: ViewState): number {
  if (view.zoom === 'fit') return view.fitZoom;
  if (view.zoom === 'fitWidth') return view.fitWidthZoom;
  return view.zoom;
}

/** The zoom as the toolbar shows it, 100 at actual size. */
export function zoomPercent(view: ViewState): number {
  return Math.round((effectiveZoom(view) / ACTUAL_SIZE_ZOOM) * 100);
}

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

/** Which guide layers are drawn, with the master switch applied. */
export function guideLayers(view: ViewState): { margins: boolean; columns: boolean; baseline: boolean; rulerGuides: boolean } {
  return {
    margins: view.guides && view.margins,
    columns: view.guides && view.columns,
    baseline: view.guides && view.baseline,
    rulerGuides: view.guides && view.rulerGuides,
  };
}

export function viewReducer(view: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'zoomIn':
      return { ...view, zoom: clampZoom(effectiveZoom(view) * ZOOM_STEP) };
    case 'zoomOut':
      return { ...view, zoom: clampZoom(effectiveZoom(view) / ZOOM_STEP) };
    case 'zoomFit':
      return { ...view, zoom: 'fit' };
    case 'zoomFitWidth':
      return { ...view, zoom: 'fitWidth' };
    case 'zoomActual':
      return { ...view, zoom: ACTUAL_SIZE_ZOOM };
    case 'setZoom': {
      const zoom = clampZoom(action.zoom);
      return view.zoom === zoom ? view : { ...view, zoom };
    }
    case 'setFitZoom': {
      // Compared after clamping: a window too small for the minimum zoom measures the same
      // out-of-range value on every resize, and must not make a new view each time.
      const fitZoom = clampZoom(action.zoom);
      const fitWidthZoom = action.width === undefined ? view.fitWidthZoom : clampZoom(action.width);
      return view.fitZoom === fitZoom && view.fitWidthZoom === fitWidthZoom ? view : { ...view, fitZoom, fitWidthZoom };
    }
    case 'toggleRulers':
      return { ...view, rulers: !view.rulers };
    case 'setRulerUnit':
      return view.rulerUnit === action.unit ? view : { ...view, rulerUnit: action.unit };
    case 'toggleGuides':
      return { ...view, guides: !view.guides };
    case 'toggleMargins':
      return { ...view, margins: !view.margins };
    case 'toggleColumns':
      return { ...view, columns: !view.columns };
    case 'toggleBaseline':
      return { ...view, baseline: !view.baseline };
    case 'toggleRulerGuides':
      return { ...view, rulerGuides: !view.rulerGuides };
  }
}
