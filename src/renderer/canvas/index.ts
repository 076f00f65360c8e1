// canvas/: the page view.
export { AssetProvider } from './assets';
export { PageCanvas, type PageCanvasProps } from './PageCanvas';
export type { PageText } from './PageSvg';
export { frameLabel } from './frameLabel';
