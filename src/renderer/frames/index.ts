// frames/: the frame editor: tools, selection gestures, arrange, clipboard, threading, the
// properties panel and copyfit (issue 5, part 2).
export { FrameOverlay, type OverlayGestures } from './FrameOverlay';
export { FrameToolbar } from './FrameToolbar';
export { PropertiesPanel } from './PropertiesPanel';
export { type CanvasGestures, type CanvasPreview, useCanvasGestures } from './useCanvasGestures';
export { type FrameEditing, useFrameEditing } from './useFrameEditing';
export { FRAME_SHORTCUTS, useFrameShortcuts } from './useFrameShortcuts';
export { type FrameTool } from './tools';
