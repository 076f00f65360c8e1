// canvas/: the page view.
export { AssetProvider } from './assets';
export { PageCanvas, type PageCanvasProps } from './PageCanvas';
export { frameLabel } from './frameLabel';
