// state/: the document as the renderer holds it, and how the page is viewed.
export { EditorProvider, useEditorState, useEditorStore } from './EditorContext';
export {
  canMove,
  currentEdition,
  currentPage,
  type EditorState,
  framesOnPage,
  isEditable,
  type Notice,
  type PlacedFrame,
  type SaveStatus,
  saveStatus,
  selectedFrame,
  selectedFrames,
  redoAvailable,
  undoAvailable,
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
