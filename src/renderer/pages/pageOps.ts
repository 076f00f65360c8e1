// pageOps.ts: the pages panel's edits as model ops, built here and applied by the store as one
// undoable step each. Pure: ids come from the caller. Structural edits (add, duplicate, delete,
// move) also renumber automatic labels (pageLabels.ts), in the same step.
import type { Edition, Frame, FrameRef, NewId, Op, Page, Story } from '../../shared/model';
import { labelPattern, newPage } from '../../shared/model';
import type { MessageKey, Params } from '../i18n';
import { newPageLabel, withRelabel } from './pageLabels';

export interface PageEdit {
  readonly ops: Op[];
  /** The page to show once the edit is applied. */
  readonly showPageId: string;
}

function indexOf(edition: Edition, pageId: string): number {
  const index = edition.pages.findIndex((p) => p.id === pageId);
  if (index < 0) throw new Error(`no page "${pageId}" in the edition`);
  return index;
}

/**
 * A blank page after `afterPageId` (at the end when null), with that page's master and section,
 * so its running head is there at once and reads its own 第X版.
 */
export function addPageEdit(edition: Edition, afterPageId: string | null, newId: NewId): PageEdit {
  const after = afterPageId === null ? edition.pages.length - 1 : indexOf(edition, afterPageId);
  const near = edition.pages[after];
  const index = after + 1;
  const id = newId('page');
  const page = newPage({
    id,
    number: index + 1,
    label: newPageLabel(edition, index + 1, near?.id ?? null),
    section: near?.section ?? '',
    masterId: near?.masterId ?? edition.masters[0]?.id ?? null,
  });
  return { ops: withRelabel(edition, [{ type: 'addPage', index, page }]), showPageId: id };
}

/**
 * A copy of the page right after it. Every frame gets a new id; threads between frames of the
 * copy are kept (re-pointed to the copies), threads leading off the page are cut. Each story
 * placed on the page is copied too (slug + `storySuffix`), so the copy's text is its own to edit
 * and the original's thread is not disturbed; groups become new groups of the copies.
 */
export function duplicatePageEdit(edition: Edition, pageId: string, options: { newId: NewId; storySuffix: string }): PageEdit {
  const { newId } = options;
  const index = indexOf(edition, pageId);
  const source = edition.pages[index] as Page;
  const id = newId('page');
  const frameIds = new Map(source.frames.map((f) => [f.id, newId('frame')]));
  const groupIds = new Map<string, string>();
  const storyIds = new Map<string, string>();
  for (const frame of source.frames) {
    if (frame.groupId !== null && !groupIds.has(frame.groupId)) groupIds.set(frame.groupId, newId('group'));
    const storyId = frame.kind === 'text' ? frame.storyId : null;
    if (storyId !== null && !storyIds.has(storyId) && edition.stories.some((s) => s.id === storyId)) storyIds.set(storyId, newId('story'));
  }
  const relink = (ref: FrameRef | null): FrameRef | null => {
    const copy = ref && ref.pageId === source.id ? frameIds.get(ref.frameId) : undefined;
    return copy === undefined ? null : { pageId: id, frameId: copy };
  };
  const frames = source.frames.map((frame): Frame => {
    const base = { ...frame, id: frameIds.get(frame.id) ?? frame.id, groupId: frame.groupId === null ? null : (groupIds.get(frame.groupId) ?? null) };
    if (base.kind === 'text') {
      return { ...base, storyId: base.storyId === null ? null : (storyIds.get(base.storyId) ?? base.storyId), prev: relink(base.prev), next: relink(base.next) };
    }
    if (base.kind === 'image' && base.caption) {
      const caption = storyIds.get(base.caption.storyId);
      return caption === undefined ? base : { ...base, caption: { ...base.caption, storyId: caption } };
    }
    return base;
  });
  const stories = [...storyIds].flatMap(([original, copyId]): Story[] => {
    const story = edition.stories.find((s) => s.id === original);
    return story ? [{ ...story, id: copyId, slug: `${story.slug}${options.storySuffix}` }] : [];
  });
  const page: Page = { ...source, id, number: index + 2, label: newPageLabel(edition, index + 2, source.id), labelFollowsNumber: true, frames };
  const ops: Op[] = [
    ...stories.map((story, i): Op => ({ type: 'addStory', index: edition.stories.length + i, story })),
    { type: 'addPage', index: index + 1, page },
  ];
  return { ops: withRelabel(edition, ops), showPageId: id };
}

/**
 * Removes the page; its stories stay in the edition, unplaced (threads through it are rejoined
 * by the op). Null for the last page left: an edition always keeps one page to show.
 */
export function deletePageEdit(edition: Edition, pageId: string): PageEdit | null {
  if (edition.pages.length <= 1) return null;
  const index = indexOf(edition, pageId);
  const neighbour = edition.pages[index + 1] ?? edition.pages[index - 1];
  if (!neighbour) return null;
  return { ops: withRelabel(edition, [{ type: 'removePage', pageId }]), showPageId: neighbour.id };
}

/**
 * What deleting the page does to the stories set on it: how many become unplaced (all their text
 * frames are on it) and how many continue on other pages (their thread is rejoined past it).
 */
export function storiesOnPage(pages: Edition['pages'], pageId: string): { readonly unplaced: number; readonly continued: number } {
  const storyIds = (page: Edition['pages'][number]): string[] => page.frames.flatMap((f) => (f.kind === 'text' && f.storyId !== null ? [f.storyId] : []));
  const here = new Set(pages.filter((p) => p.id === pageId).flatMap(storyIds));
  const elsewhere = new Set(pages.filter((p) => p.id !== pageId).flatMap(storyIds));
  const continued = [...here].filter((id) => elsewhere.has(id)).length;
  return { unplaced: here.size - continued, continued };
}

/** Moves the page to `index` (its place once moved); null when it is already there. */
export function movePageEdit(edition: Edition, pageId: string, index: number): PageEdit | null {
  const from = indexOf(edition, pageId);
  const to = Math.max(0, Math.min(edition.pages.length - 1, index));
  if (from === to) return null;
  return { ops: withRelabel(edition, [{ type: 'movePage', pageId, index: to }]), showPageId: pageId };
}

/** Gives the page a master (or none); its furniture, such as the running head, follows. */
export function applyMasterEdit(edition: Edition, pageId: string, masterId: string | null): PageEdit | null {
  const page = edition.pages[indexOf(edition, pageId)];
  if (!page || page.masterId === masterId) return null;
  return { ops: [{ type: 'updatePage', pageId, patch: { masterId } }], showPageId: pageId };
}

/**
 * Why a label typed for a page is not taken: empty, or another page's (labels name the per-page
 * PDFs and the e-paper's pages, and 下转第X版 must point at one page). Null takes it.
 */
export function pageLabelRefusal(edition: Edition, pageId: string, label: string): { readonly key: MessageKey; readonly params: Params } | null {
  const typed = label.trim();
  if (typed === '') return { key: 'pages.refused.emptyLabel', params: {} };
  const other = edition.pages.find((p) => p.id !== pageId && p.label === typed);
  return other ? { key: 'pages.refused.duplicateLabel', params: { label: typed, number: other.number } } : null;
}

/** Renames the page's label or section; null when nothing changes or the label would be empty. */
export function pageFieldsEdit(edition: Edition, pageId: string, fields: { label?: string; section?: string }): PageEdit | null {
  const page = edition.pages[indexOf(edition, pageId)];
  if (!page) return null;
  const patch: Record<string, string | boolean> = {};
  const label = fields.label?.trim();
  if (label !== undefined && label !== '' && label !== page.label) {
    patch['label'] = label;
    // Typed with the page's own number (A03 on page 3), it follows the page; else it stays put.
    patch['labelFollowsNumber'] = labelPattern(label, page.number) !== null;
  }
  const section = fields.section?.trim();
  if (section !== undefined && section !== page.section) patch['section'] = section;
  if (Object.keys(patch).length === 0) return null;
  return { ops: [{ type: 'updatePage', pageId, patch }], showPageId: pageId };
}
