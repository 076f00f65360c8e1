// clipboard.ts: copy and paste of frames inside the app, on the same page or another one.
//
// Pasted frames get new ids and new group ids (a pasted photo and caption are their own group).
// A text frame's story is a piece of editorial work with its slug, status and proof marks, and
// it flows through one thread, so a paste never makes a second copy of an article behind the
// editors' backs:
// - when the story is placed nowhere else (it was cut, or its frames were deleted), the pasted
//   frame takes the story with it: cut and paste moves an article to another page;
// - when the story is still placed, the pasted frame arrives empty (same size, columns, gutter,
//   insets), ready for another story or to be threaded onto this one.
// Thread links survive only between frames pasted together; a link to a frame left behind is
// dropped (the model would otherwise point at a frame that does not link back).
import { type Edition, type Frame, type FrameRef, type Op, type Page, roundPt } from '../../shared/model';
import type { NewId } from '../../shared/model';

export interface FrameClip {
  readonly sourcePageId: string;
  /** Copies of the frames, in the page's stacking order. */
  readonly frames: readonly Frame[];
}

/** The page frames among `frameIds`, bottom first, as they are now. */
export function copyFrames(page: Page, frameIds: readonly string[]): FrameClip | null {
  const wanted = new Set(frameIds);
  const frames = page.frames.filter((f) => wanted.has(f.id));
  return frames.length > 0 ? { sourcePageId: page.id, frames } : null;
}

/** Story ids placed in a text frame anywhere in the edition (master furniture has none). */
function placedStories(edition: Edition): Set<string> {
  const placed = new Set<string>();
  for (const page of edition.pages) for (const f of page.frames) if (f.kind === 'text' && f.storyId !== null) placed.add(f.storyId);
  return placed;
}

export interface Paste {
  readonly ops: Op[];
  /** The new frames' ids, for selecting them. */
  readonly frameIds: string[];
}

/** addFrame ops that put the clip on `page`, moved by `offset`, on top of what is there. */
export function pasteOps(edition: Edition, page: Page, clip: FrameClip, newId: NewId, offset: { dx: number; dy: number }): Paste {
  const placed = placedStories(edition);
  const ids = new Map(clip.frames.map((f) => [f.id, newId('frame')]));
  const groups = new Map<string, string>();
  const groupOf = (groupId: string | null): string | null => {
    if (groupId === null) return null;
    let fresh = groups.get(groupId);
    if (!fresh) {
      fresh = newId('group');
      groups.set(groupId, fresh);
    }
    return fresh;
  };
  const link = (ref: FrameRef | null): FrameRef | null => {
    const id = ref ? ids.get(ref.frameId) : undefined;
    return id ? { pageId: page.id, frameId: id } : null;
  };
  const frames = clip.frames.map((source): Frame => {
    const id = ids.get(source.id) as string;
    const common = { id, x: roundPt(source.x + offset.dx), y: roundPt(source.y + offset.dy), groupId: groupOf(source.groupId) };
    switch (source.kind) {
      case 'text': {
        const keepStory = source.storyId !== null && !placed.has(source.storyId) && edition.stories.some((s) => s.id === source.storyId);
        if (!keepStory) return { ...source, ...common, storyId: null, prev: null, next: null };
        return { ...source, ...common, prev: link(source.prev), next: link(source.next) };
      }
      case 'image': {
        const caption = source.caption;
        const captionOk = caption !== null && edition.stories.some((s) => s.id === caption.storyId && s.paragraphs.some((p) => p.id === caption.paragraphId));
        const assetOk = source.assetId !== null && edition.assets.some((a) => a.id === source.assetId);
        return { ...source, ...common, caption: captionOk ? caption : null, assetId: assetOk ? source.assetId : null };
      }
      case 'rule':
      case 'box':
        return { ...source, ...common };
    }
  });
  // A link is kept only when both ends came along with the same story.
  const byId = new Map(frames.map((f) => [f.id, f]));
  const consistent = frames.map((f): Frame => {
    if (f.kind !== 'text') return f;
    const ok = (ref: FrameRef | null): FrameRef | null => {
      const other = ref ? byId.get(ref.frameId) : undefined;
      return other && other.kind === 'text' && other.storyId === f.storyId ? ref : null;
    };
    return { ...f, prev: ok(f.prev), next: ok(f.next) };
  });
  const start = page.frames.length;
  return {
    ops: consistent.map((frame, i): Op => ({ type: 'addFrame', pageId: page.id, index: start + i, frame })),
    frameIds: consistent.map((f) => f.id),
  };
}
