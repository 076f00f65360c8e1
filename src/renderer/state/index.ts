// state/: the document as the renderer holds it, and how the page is viewed.
export { subscribeAfterPaint } from './afterPaint';
export { EditorProvider, useEditorReadout, useEditorSelector, useEditorState, useEditorStore, useValueAfterPaint } from './EditorContext';
export { createSelection, sameFields, sameItems } from './selection';
export {
  canMove,
  currentEdition,
  currentPage,
  type EditorState,
  framesOnPage,
  isEditable,
  movableWhen,
  type Notice,
  type PlacedFrame,
  type SaveStatus,
  saveStatus,
  selectedFrame,
  selectedFrames,
  redoAvailable,
  samePlacedFrame,
  samePlacedFrames,
  undoAvailable,
  isWholeGroup,
  withGroup,
} from './editorState';
export { EditorStore, type SelectMode } from './editorStore';
export {
  ACTUAL_SIZE_ZOOM,
  clampZoom,
  effectiveZoom,
  guideLayers,
  INITIAL_VIEW,
  MAX_ZOOM,
  MIN_ZOOM,
  type RulerUnit,
  type ViewAction,
  viewReducer,
  type ViewState,
  zoomPercent,
} from './viewState';
