// threading.ts: linking a text frame's overflow to another frame, and unlinking, as ops.
// A thread is a doubly linked list across pages (frame.prev / frame.next); the story flows from
// its head. Every frame of a thread names the thread's story, so a frame that joins takes the
// story and frames cut off by an unlink are emptied (their text goes back to the thread, which
// shows it as overset), as in InDesign.
import type { Edition, FrameRef, Op, Page, TextFrame } from '../../shared/model';

export type LinkRefusal = 'notText' | 'same' | 'notOnPage' | 'hasPrev' | 'otherStory' | 'cycle';
export type LinkResult = { readonly ok: true; readonly ops: Op[] } | { readonly ok: false; readonly reason: LinkRefusal };

interface Located {
  readonly page: Page;
  readonly frame: TextFrame;
}

/** A text frame of a page (master furniture cannot be threaded), or null. */
export function findTextFrame(edition: Edition, ref: FrameRef): Located | null {
  const page = edition.pages.find((p) => p.id === ref.pageId);
  const frame = page?.frames.find((f) => f.id === ref.frameId);
  return page && frame?.kind === 'text' ? { page, frame } : null;
}

function refOf(at: Located): FrameRef {
  return { pageId: at.page.id, frameId: at.frame.id };
}

/** The frames from `start` on, following next (stops at a cycle or a dangling link). */
export function chainFrom(edition: Edition, start: Located): Located[] {
  const chain: Located[] = [];
  const seen = new Set<string>();
  for (let at: Located | null = start; at && !seen.has(at.frame.id); at = at.frame.next ? findTextFrame(edition, at.frame.next) : null) {
    seen.add(at.frame.id);
    chain.push(at);
  }
  return chain;
}

const update = (at: Located, patch: Record<string, unknown>): Op => ({ type: 'updateFrame', pageId: at.page.id, frameId: at.frame.id, patch });

/**
 * Links `source`'s overflow into `target` (this page or another). The target must be a text
 * frame that continues nothing yet and holds no other story; it (and any frames already
 * threaded after it) take the source's story. When the source already continues somewhere,
 * the target's chain is put in between, as InDesign does.
 */
export function linkOps(edition: Edition, sourceRef: FrameRef, targetRef: FrameRef): LinkResult {
  const source = findTextFrame(edition, sourceRef);
  const target = findTextFrame(edition, targetRef);
  if (!source) return { ok: false, reason: 'notOnPage' };
  if (!target) {
    const page = edition.pages.find((p) => p.id === targetRef.pageId);
    return { ok: false, reason: page?.frames.some((f) => f.id === targetRef.frameId) ? 'notText' : 'notOnPage' };
  }
  if (source.frame.id === target.frame.id) return { ok: false, reason: 'same' };
  if (target.frame.prev !== null) return { ok: false, reason: 'hasPrev' };
  const storyId = source.frame.storyId;
  const chain = chainFrom(edition, target);
  if (chain.some((l) => l.frame.storyId !== null && l.frame.storyId !== storyId)) return { ok: false, reason: 'otherStory' };
  if (chain.some((l) => l.frame.id === source.frame.id)) return { ok: false, reason: 'cycle' };
  const tail = chain[chain.length - 1] as Located;
  const oldNext = source.frame.next ? findTextFrame(edition, source.frame.next) : null;
  const ops: Op[] = [update(source, { next: refOf(target) }), update(target, { prev: refOf(source) })];
  if (oldNext) ops.push(update(tail, { next: refOf(oldNext) }), update(oldNext, { prev: refOf(tail) }));
  for (const at of chain) if (at.frame.storyId !== storyId) ops.push(update(at, { storyId }));
  return { ok: true, ops };
}

/**
 * Cuts the thread after `ref`: the frames that followed keep their own links but are emptied,
 * and the story's text past `ref` becomes overset there.
 */
export function unlinkOps(edition: Edition, ref: FrameRef): Op[] {
  const at = findTextFrame(edition, ref);
  const next = at?.frame.next ? findTextFrame(edition, at.frame.next) : null;
  if (!at || !next) return [];
  const ops: Op[] = [update(at, { next: null }), update(next, { prev: null })];
  for (const cut of chainFrom(edition, next)) if (cut.frame.storyId !== null) ops.push(update(cut, { storyId: null }));
  return ops;
}
