// frameCommands.ts: the frame commands as free functions over the store (the toolbar buttons,
// the keyboard and the properties panel all call these). Each reads the state as it is at the
// moment of the call and makes one applyOps call: one command, one undo step.
import { type Box, type Frame, type FrameRef, mmToPt, type Op, type Page, typeArea } from '../../shared/model';
import { captionFollowOps } from '../photos';
import { canMove, currentEdition, currentPage, type EditorStore, isEditable, selectedFrames } from '../state';
import { type Alignment, alignOps, type Distribution, distributeOps, stackOps, type Stacking } from './arrange';
import { copyFrames, type FrameClip, pasteOps } from './clipboard';
import { deleteOps, groupOps, lockOps, moveOps, ungroupOps } from './frameOps';
import { freshIds } from '../state/ids';
import { linkOps, unlinkOps } from './threading';
import { type DrawTool, newFrame } from './tools';

/** How far a paste on the page it was copied from lands from the original, per paste. */
export const PASTE_OFFSET_MM = 5;

interface Selection {
  readonly page: Page;
  /** Selected frames of the page itself (master furniture is edited on its master). */
  readonly frames: Frame[];
  /** Of those, the ones that may move: not locked, and the edition is editable. */
  readonly movable: Frame[];
}

export function selection(store: EditorStore): Selection | null {
  const state = store.getState();
  const page = currentPage(state);
  if (!page) return null;
  const placed = selectedFrames(state).filter((p) => !p.fromMaster);
  return { page, frames: placed.map((p) => p.frame), movable: placed.filter((p) => canMove(state, p)).map((p) => p.frame) };
}

function apply(store: EditorStore, ops: Op[]): void {
  if (ops.length > 0) store.applyOps(ops);
}

export function moveSelection(store: EditorStore, frames: readonly Frame[], dx: number, dy: number): void {
  const page = currentPage(store.getState());
  if (page) apply(store, moveOps(page.id, frames, dx, dy));
}

export function resizeFrame(store: EditorStore, frameId: string, box: Box): void {
  const page = currentPage(store.getState());
  const frame = page?.frames.find((f) => f.id === frameId);
  if (!page || !frame || frame.locked) return;
  if (frame.x === box.x && frame.y === box.y && frame.width === box.width && frame.height === box.height) return;
  apply(store, [{ type: 'resizeFrame', pageId: page.id, frameId, ...box }, ...captionFollowOps(page, frame, box)]);
}

/** Adds a frame drawn with a tool, on top of the page, and selects it. */
export function createFrame(store: EditorStore, tool: DrawTool, box: Box): string | null {
  const state = store.getState();
  const edition = currentEdition(state);
  const page = currentPage(state);
  if (!edition || !page || !isEditable(state)) return null;
  const id = freshIds(edition)('frame');
  store.applyOps([{ type: 'addFrame', pageId: page.id, index: page.frames.length, frame: newFrame(tool, id, box, edition) }]);
  store.selectFrames([id]);
  return id;
}

export function deleteSelection(store: EditorStore): void {
  const sel = selection(store);
  if (sel) apply(store, deleteOps(sel.page.id, sel.movable));
}

export function copySelection(store: EditorStore): FrameClip | null {
  const sel = selection(store);
  return sel ? copyFrames(sel.page, sel.frames.map((f) => f.id)) : null;
}

/** Pastes onto the shown page; `times` is how many pastes of this clip came before here. */
export function pasteClip(store: EditorStore, clip: FrameClip, times: number): void {
  const state = store.getState();
  const edition = currentEdition(state);
  const page = currentPage(state);
  if (!edition || !page || !isEditable(state)) return;
  // On the page it came from, while the originals are still there, each paste steps down and
  // right, so copies never hide exactly under their originals.
  const originalsHere = clip.sourcePageId === page.id && clip.frames.some((f) => page.frames.some((g) => g.id === f.id));
  const step = originalsHere ? (times + 1) * mmToPt(PASTE_OFFSET_MM) : 0;
  const paste = pasteOps(edition, page, clip, freshIds(edition), { dx: step, dy: step });
  if (paste.ops.length === 0) return;
  store.applyOps(paste.ops);
  store.selectFrames(paste.frameIds);
}

export function duplicateSelection(store: EditorStore): void {
  const clip = copySelection(store);
  if (clip) pasteClip(store, clip, 0);
}

export function selectAll(store: EditorStore): void {
  const page = currentPage(store.getState());
  if (page) store.selectFrames(page.frames.map((f) => f.id));
}

export function lockSelection(store: EditorStore, locked: boolean): void {
  const sel = selection(store);
  if (sel && isEditable(store.getState())) apply(store, lockOps(sel.page.id, sel.frames, locked));
}

export function groupSelection(store: EditorStore): void {
  const sel = selection(store);
  const edition = currentEdition(store.getState());
  if (sel && edition && isEditable(store.getState())) apply(store, groupOps(sel.page.id, sel.frames, freshIds(edition)('group')));
}

export function ungroupSelection(store: EditorStore): void {
  const sel = selection(store);
  if (sel && isEditable(store.getState())) apply(store, ungroupOps(sel.page.id, sel.frames));
}

export function alignSelection(store: EditorStore, alignment: Alignment): void {
  const sel = selection(store);
  const edition = currentEdition(store.getState());
  if (sel && edition) apply(store, alignOps(sel.page.id, sel.movable, alignment, typeArea(edition.format)));
}

export function distributeSelection(store: EditorStore, direction: Distribution): void {
  const sel = selection(store);
  if (sel) apply(store, distributeOps(sel.page.id, sel.movable, direction));
}

export function stackSelection(store: EditorStore, stacking: Stacking): void {
  const sel = selection(store);
  if (sel && isEditable(store.getState())) apply(store, stackOps(sel.page, sel.frames.map((f) => f.id), stacking));
}

/** Links `source`'s overflow into `target`; a refusal is shown as a notice. True when linked. */
export function linkFrames(store: EditorStore, source: FrameRef, target: FrameRef): boolean {
  const state = store.getState();
  const edition = currentEdition(state);
  if (!edition || !isEditable(state)) return false;
  const result = linkOps(edition, source, target);
  if (!result.ok) {
    store.notify({ key: `frames.thread.refused.${result.reason}`, tone: 'error' });
    return false;
  }
  apply(store, result.ops);
  return true;
}

export function unlinkAfter(store: EditorStore, ref: FrameRef): void {
  const edition = currentEdition(store.getState());
  if (edition && isEditable(store.getState())) apply(store, unlinkOps(edition, ref));
}
