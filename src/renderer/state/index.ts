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
  redoAvailable,
  undoAvailable,
} from './editorState';
export { EditorStore } from './editorStore';
export { effectiveZoom, INITIAL_VIEW, MAX_ZOOM, MIN_ZOOM, type ViewAction, viewReducer, type ViewState } from './viewState';
