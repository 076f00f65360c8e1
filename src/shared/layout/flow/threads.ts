// threads.ts: the frames a story flows through, in order. A thread is the doubly linked list of
// text frames (frame.prev / frame.next), possibly across pages; it starts at the story's first
// frame (in page order) whose prev is null.
import type { Edition, Frame, Page, TextFrame } from '../../model';
import { baselineGrid, contentBox, obstaclesFor } from './geometry';
import type { ThreadFrame } from './types';

interface Located {
  readonly page: Page;
  readonly frame: TextFrame;
}

/** The frames a page shows: its master's furniture underneath, then its own frames. */
export function pageFrames(edition: Edition, page: Page): Frame[] {
  const master = page.masterId === null ? undefined : edition.masters.find((m) => m.id === page.masterId);
  return [...(master?.frames ?? []), ...page.frames];
}

function textFramesById(edition: Edition): Map<string, Located> {
  const byId = new Map<string, Located>();
  for (const page of edition.pages) {
    for (const frame of page.frames) if (frame.kind === 'text') byId.set(frame.id, { page, frame });
  }
  return byId;
}

/**
 * The story's thread. Frames are found on pages only (master frames are furniture). A head is a
 * frame of the story with no prev (or a prev that does not resolve); the first head in page
 * order wins. A cycle with no head starts at the story's first frame. Another unlinked frame
 * showing the same story stays empty: a story flows through one thread.
 */
export function threadOf(edition: Edition, storyId: string, byId = textFramesById(edition)): Located[] {
  const own = [...byId.values()].filter((l) => l.frame.storyId === storyId);
  const head = own.find((l) => l.frame.prev === null || !byId.has(l.frame.prev.frameId)) ?? own[0];
  const chain: Located[] = [];
  const seen = new Set<string>();
  for (let at = head; at && !seen.has(at.frame.id); at = at.frame.next ? byId.get(at.frame.next.frameId) : undefined) {
    seen.add(at.frame.id);
    chain.push(at);
  }
  return chain;
}

/** A frame as flow sees it: its content box, columns, grid and the wraps on its page. */
export function toThreadFrame(edition: Edition, page: Page, frame: TextFrame): ThreadFrame {
  return {
    pageId: page.id,
    pageNumber: page.number,
    frameId: frame.id,
    content: contentBox(frame),
    columns: frame.columns,
    gutter: frame.gutter,
    obstacles: obstaclesFor(pageFrames(edition, page), frame.id),
    grid: baselineGrid(edition.format),
    verticalAlign: frame.verticalAlign,
  };
}

/** Every story's thread, keyed by story id, for the stories that are placed at all. */
export function storyThreads(edition: Edition): Map<string, ThreadFrame[]> {
  const byId = textFramesById(edition);
  const threads = new Map<string, ThreadFrame[]>();
  for (const story of edition.stories) {
    const chain = threadOf(edition, story.id, byId);
    if (chain.length > 0) threads.set(story.id, chain.map((l) => toThreadFrame(edition, l.page, l.frame)));
  }
  return threads;
}
