// layout/: composition in the renderer — fonts from the host, HarfBuzz in the page, the shared
// engine, and glyph outlines for the painter (canvas/FrameText.tsx).
export { LayoutProvider, type PageLayoutState, useLayoutSession, usePageLayout } from './LayoutContext';
export { type GlyphPaths, type RunPath } from './glyphPaths';
export { pageFrozenForBench } from './testHooks';
