// editorState.ts: the renderer's document state and the pure questions asked of it. The store
// (editorStore.ts) is the only thing that changes it.
import type { LockInfo } from '../../shared/host-api';
import { canRedo, canUndo, type Edition, type Frame, type History, type Page } from '../../shared/model';
import type { MessageKey, Params } from '../i18n';

/** A message for the user, kept as a key so it follows a language switch. */
export interface Notice {
  readonly key: MessageKey;
  readonly params?: Params;
  readonly tone: 'info' | 'error';
}

export interface EditorState {
  readonly status: 'loading' | 'ready' | 'error';
  /** Why the edition could not be loaded, as the splash and the notice say it. */
  readonly loadError: Notice | null;
  /** A reload is on its way (after a conflict): edits now would be based on a stale revision. */
  readonly reloading: boolean;
  /** Local undo/redo history; its `edition` is what the screen shows. Null until loaded. */
  readonly history: History | null;
  readonly name: string;
  readonly readOnly: boolean;
  readonly lockedBy: LockInfo | null;
  /** The last revision the host confirmed; the next applyOps names it as its base. */
  readonly revision: number;
  /** Edits applied here but not yet confirmed by the host. */
  readonly pendingOps: number;
  /** The revision last known to be on disk. */
  readonly savedRevision: number;
  readonly saving: boolean;
  readonly saveFailed: boolean;
  readonly pageId: string | null;
  /**
   * The primary selection: the frame last clicked, which the status bar and the properties
   * panel describe. Always one of `selectedFrameIds`, or null when that is empty.
   */
  readonly selectedFrameId: string | null;
  /** Every selected frame of the shown page, in the order they were selected. */
  readonly selectedFrameIds: readonly string[];
  readonly notice: Notice | null;
}

export const INITIAL_STATE: EditorState = {
  status: 'loading',
  loadError: null,
  reloading: false,
  history: null,
  name: '',
  readOnly: false,
  lockedBy: null,
  revision: 0,
  pendingOps: 0,
  savedRevision: 0,
  saving: false,
  saveFailed: false,
  pageId: null,
  selectedFrameId: null,
  selectedFrameIds: [],
  notice: null,
};

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'failed';

export function saveStatus(state: EditorState): SaveStatus {
  if (state.saving) return 'saving';
  if (state.saveFailed) return 'failed';
  if (state.pendingOps > 0 || state.savedRevision < state.revision) return 'unsaved';
  return 'saved';
}

export function currentEdition(state: EditorState): Edition | null {
  return state.history?.edition ?? null;
}

export function currentPage(state: EditorState): Page | null {
  const edition = currentEdition(state);
  if (!edition) return null;
  return edition.pages.find((p) => p.id === state.pageId) ?? edition.pages[0] ?? null;
}

/** Frames drawn on a page, master furniture first (it sits underneath), each marked by origin. */
export interface PlacedFrame {
  readonly frame: Frame;
  /** Master frames are shown on the page but edited on the master, so they cannot move here. */
  readonly fromMaster: boolean;
}

export function framesOnPage(edition: Pick<Edition, 'masters'>, page: Page): PlacedFrame[] {
  const master = page.masterId === null ? undefined : edition.masters.find((m) => m.id === page.masterId);
  return [
    ...(master?.frames ?? []).map((frame) => ({ frame, fromMaster: true })),
    ...page.frames.map((frame) => ({ frame, fromMaster: false })),
  ];
}

// Several panels ask for the selection after every change of the state (a keystroke is one):
// answered once per state object, which the store never changes in place.
const selectionByState = new WeakMap<EditorState, PlacedFrame[]>();
const primaryByState = new WeakMap<EditorState, PlacedFrame | null>();

export function selectedFrame(state: EditorState): PlacedFrame | null {
  const known = primaryByState.get(state);
  if (known !== undefined) return known;
  const edition = currentEdition(state);
  const page = currentPage(state);
  const primary = !edition || !page || state.selectedFrameId === null ? null : (framesOnPage(edition, page).find((p) => p.frame.id === state.selectedFrameId) ?? null);
  primaryByState.set(state, primary);
  return primary;
}

/** The same frame drawn the same way (framesOnPage makes new PlacedFrame objects each call). */
export function samePlacedFrame(a: PlacedFrame | null, b: PlacedFrame | null): boolean {
  return a === b || (a !== null && b !== null && a.frame === b.frame && a.fromMaster === b.fromMaster);
}

export function samePlacedFrames(a: readonly PlacedFrame[], b: readonly PlacedFrame[]): boolean {
  return a.length === b.length && a.every((p, i) => samePlacedFrame(p, b[i] ?? null));
}

/** The selected frames still drawn on the shown page, in selection order. */
export function selectedFrames(state: EditorState): PlacedFrame[] {
  let selected = selectionByState.get(state);
  if (!selected) {
    const edition = currentEdition(state);
    const page = currentPage(state);
    if (!edition || !page || state.selectedFrameIds.length === 0) selected = [];
    else {
      const shown = framesOnPage(edition, page);
      selected = state.selectedFrameIds.flatMap((id) => shown.filter((p) => p.frame.id === id));
    }
    selectionByState.set(state, selected);
  }
  // A copy: callers may sort or filter it.
  return [...selected];
}

/**
 * The frames selecting `frameId` selects: the frame and every frame of the same page sharing its
 * group (a photo and its caption select together). Master furniture is never grouped here.
 */
export function withGroup(page: Page, frameId: string): string[] {
  const frame = page.frames.find((f) => f.id === frameId);
  if (!frame || frame.groupId === null) return [frameId];
  const members = page.frames.filter((f) => f.groupId === frame.groupId).map((f) => f.id);
  // The clicked frame first, so it becomes the primary selection.
  return [frameId, ...members.filter((id) => id !== frameId)];
}

/** Whether `frameIds` are one whole group of `page`, of two frames or more (a click on a member selects them so). */
export function isWholeGroup(page: Page, frameIds: readonly string[]): boolean {
  const first = frameIds[0];
  if (first === undefined || frameIds.length < 2) return false;
  const group = withGroup(page, first);
  return group.length === frameIds.length && group.every((id) => frameIds.includes(id));
}

/** Whether the user may move this frame: not read-only, not locked, not master furniture. */
export function canMove(state: EditorState, placed: PlacedFrame): boolean {
  return movableWhen(isEditable(state), placed);
}

/** canMove, for a caller that already knows whether the edition is editable. */
export function movableWhen(editable: boolean, placed: PlacedFrame): boolean {
  return editable && !placed.fromMaster && !placed.frame.locked;
}

export function isEditable(state: EditorState): boolean {
  return state.status === 'ready' && !state.reloading && !state.readOnly;
}

export function undoAvailable(state: EditorState): boolean {
  return isEditable(state) && state.history !== null && canUndo(state.history);
}

export function redoAvailable(state: EditorState): boolean {
  return isEditable(state) && state.history !== null && canRedo(state.history);
}
