// canvas/: the page view.
export { AssetProvider } from './assets';
export { PageCanvas, type PageCanvasProps } from './PageCanvas';
export type { PageText } from './PageSvg';
export { frameLabel } from './frameLabel';
export { EDIT_TO_PAINT_MEASURE, markEditStart } from './repaintProbe';
export { type TextBox, textBoxes, type TextHit, hitTestText } from './textMap';
export { TextSelectionOverlay, type TextSelectionSource } from './TextSelectionOverlay';
