// threadRules.ts: broken threads. A thread is a doubly linked list of text frames on pages
// (frame.prev / frame.next, possibly across pages) carrying one story. Loading refuses links to
// frames that do not exist or do not link back (model/schema.ts), but an edition in memory can
// still hold them, and a loadable edition can hold the rest: a cycle, a link into another
// story's frame, or a frame showing a story outside that story's thread (it stays empty).
// Each issue's `detail` is a reason code the messages word; `target` names the other frame.
import { threadOf } from '../layout/flow';
import type { Page, TextFrame } from '../model';
import type { PreflightContext } from './context';
import type { PreflightIssue } from './report';

export type ThreadDetail = 'missing-target' | 'wrong-page' | 'no-link-back' | 'other-story' | 'cycle' | 'not-in-thread';

interface OnPage {
  readonly page: Page;
  readonly frame: TextFrame;
}

export function threadIssues(ctx: PreflightContext): PreflightIssue[] {
  const { edition } = ctx;
  const byId = new Map<string, OnPage>();
  for (const page of edition.pages) for (const frame of page.frames) if (frame.kind === 'text') byId.set(frame.id, { page, frame });
  const issues: PreflightIssue[] = [];
  const broken = (at: OnPage, detail: ThreadDetail, target: string): void => {
    issues.push(ctx.issue('broken-thread', 'error', { pageId: at.page.id, frameId: at.frame.id }, { detail, target }));
  };

  for (const at of byId.values()) {
    for (const dir of ['prev', 'next'] as const) {
      const ref = at.frame[dir];
      if (ref === null) continue;
      const target = byId.get(ref.frameId);
      if (!target) {
        broken(at, 'missing-target', ref.frameId);
        continue;
      }
      if (target.page.id !== ref.pageId) broken(at, 'wrong-page', ref.frameId);
      const back = target.frame[dir === 'next' ? 'prev' : 'next'];
      if (back?.frameId !== at.frame.id) broken(at, 'no-link-back', ref.frameId);
      // Said once, from the frame that links on.
      if (dir === 'next' && target.frame.storyId !== at.frame.storyId) broken(at, 'other-story', ref.frameId);
    }
  }

  reportCycles(byId, broken);

  for (const story of edition.stories) {
    const chain = new Set(threadOf(edition, story.id).map((l) => l.frame.id));
    const head = [...chain][0] ?? '';
    for (const at of byId.values()) if (at.frame.storyId === story.id && !chain.has(at.frame.id)) broken(at, 'not-in-thread', head);
  }
  return issues;
}

/** One issue per cycle of `next` links, on its frame that comes first in page order. */
function reportCycles(byId: ReadonlyMap<string, OnPage>, broken: (at: OnPage, detail: ThreadDetail, target: string) => void): void {
  const done = new Set<string>();
  for (const start of byId.values()) {
    if (done.has(start.frame.id)) continue;
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let at: OnPage | undefined = start;
    while (at && !done.has(at.frame.id) && !onPath.has(at.frame.id)) {
      onPath.set(at.frame.id, path.length);
      path.push(at.frame.id);
      at = at.frame.next ? byId.get(at.frame.next.frameId) : undefined;
    }
    if (at && onPath.has(at.frame.id)) {
      const cycle = path.slice(onPath.get(at.frame.id));
      // byId is in page order, so the first member met in it comes first on the pages.
      const first = [...byId.values()].find((l) => cycle.includes(l.frame.id));
      const closing = first ? cycle[(cycle.indexOf(first.frame.id) + cycle.length - 1) % cycle.length] : undefined;
      if (first && closing !== undefined) broken(first, 'cycle', closing);
    }
    for (const id of path) done.add(id);
  }
}
