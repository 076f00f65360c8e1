// applyOp.ts: Edition × Op → Edition × inverse Op. Pure: the input edition is never mutated,
// and applying the inverse to the result gives back an equal edition.
import type { Edition } from '../edition';
import { type Frame, FrameSchema } from '../frame';
import { EditionMetaSchema } from '../meta';
import { type Page, PageSchema } from '../page';
import { type Paragraph, ParagraphSchema, type Story, StorySchema } from '../story';
import { type ParagraphStyle, ParagraphStyleSchema, sizeNameFor } from '../styles';
import { formatPath } from '../schema';
import { assertNever } from '../../util/assert';
import type { Op } from './opSchema';

export interface Applied {
  readonly edition: Edition;
  readonly inverse: Op;
}

/** An op that does not fit the edition it is applied to: a missing page, an invalid patch. */
export class OpError extends Error {
  override readonly name = 'OpError';
}

export function applyOp(edition: Edition, op: Op): Applied {
  switch (op.type) {
    case 'moveFrame': {
      const { page, frame } = findFrame(edition, op.pageId, op.frameId);
      const inverse: Op = { type: 'moveFrame', pageId: page.id, frameId: frame.id, x: frame.x, y: frame.y };
      const next = validated(FrameSchema, { ...frame, x: op.x, y: op.y }, `frame ${frame.id}`);
      return { edition: replaceFrame(edition, page.id, next), inverse };
    }
    case 'resizeFrame': {
      const { page, frame } = findFrame(edition, op.pageId, op.frameId);
      const { x, y, width, height } = frame;
      const inverse: Op = { type: 'resizeFrame', pageId: page.id, frameId: frame.id, x, y, width, height };
      const next = validated(FrameSchema, { ...frame, x: op.x, y: op.y, width: op.width, height: op.height }, `frame ${frame.id}`);
      return { edition: replaceFrame(edition, page.id, next), inverse };
    }
    case 'updateFrame': {
      const { page, frame } = findFrame(edition, op.pageId, op.frameId);
      if ('id' in op.patch || 'kind' in op.patch) throw new OpError('a frame patch cannot change id or kind');
      const next = validated(FrameSchema, { ...frame, ...op.patch }, `frame ${frame.id}`);
      const old = pick(frame, Object.keys(op.patch));
      return { edition: replaceFrame(edition, page.id, next), inverse: { type: 'updateFrame', pageId: page.id, frameId: frame.id, patch: old } };
    }
    case 'addFrame': {
      const page = findPage(edition, op.pageId);
      if (allFrames(edition).some((f) => f.id === op.frame.id)) throw new OpError(`frame id "${op.frame.id}" is already used`);
      if (op.index > page.frames.length) throw new OpError(`frame index ${op.index} is past the end of page ${page.label}`);
      const frames = [...page.frames.slice(0, op.index), op.frame, ...page.frames.slice(op.index)];
      return { edition: replacePage(edition, { ...page, frames }), inverse: { type: 'removeFrame', pageId: page.id, frameId: op.frame.id } };
    }
    case 'removeFrame': {
      const { page, frame, index } = findFrame(edition, op.pageId, op.frameId);
      if (frame.kind === 'text' && (frame.prev || frame.next)) {
        // Removing a frame from a thread joins its neighbours, so the story keeps flowing
        // (as in InDesign); the batch's inverse restores the links exactly.
        const relink: Op[] = [];
        if (frame.prev) relink.push({ type: 'updateFrame', pageId: frame.prev.pageId, frameId: frame.prev.frameId, patch: { next: frame.next } });
        if (frame.next) relink.push({ type: 'updateFrame', pageId: frame.next.pageId, frameId: frame.next.frameId, patch: { prev: frame.prev } });
        const unlink: Op = { type: 'updateFrame', pageId: page.id, frameId: frame.id, patch: { prev: null, next: null } };
        return applyOp(edition, { type: 'batch', ops: [...relink, unlink, op] });
      }
      const frames = page.frames.filter((f) => f.id !== frame.id);
      return { edition: replacePage(edition, { ...page, frames }), inverse: { type: 'addFrame', pageId: page.id, index, frame } };
    }
    case 'addPage': {
      if (edition.pages.some((p) => p.id === op.page.id)) throw new OpError(`page id "${op.page.id}" is already used`);
      const used = new Set(allFrames(edition).map((f) => f.id));
      for (const frame of op.page.frames) {
        if (used.has(frame.id)) throw new OpError(`frame id "${frame.id}" is already used`);
        used.add(frame.id);
      }
      if (op.index > edition.pages.length) throw new OpError(`page index ${op.index} is past the end of the edition`);
      const pages = [...edition.pages.slice(0, op.index), op.page, ...edition.pages.slice(op.index)];
      return { edition: { ...edition, pages: renumber(pages) }, inverse: { type: 'removePage', pageId: op.page.id } };
    }
    case 'removePage': {
      const index = edition.pages.findIndex((p) => p.id === op.pageId);
      const page = edition.pages[index];
      if (!page) throw new OpError(`no page "${op.pageId}"`);
      if (page.frames.some((f) => f.kind === 'text' && (f.prev || f.next))) {
        // Threaded frames leave one by one so their threads are rejoined (see removeFrame).
        const removals: Op[] = page.frames.map((f) => ({ type: 'removeFrame', pageId: page.id, frameId: f.id }));
        return applyOp(edition, { type: 'batch', ops: [...removals, op] });
      }
      const pages = renumber(edition.pages.filter((p) => p.id !== op.pageId));
      return { edition: { ...edition, pages }, inverse: { type: 'addPage', index, page } };
    }
    case 'updateParagraphStyle': {
      const list = edition.styles.paragraph;
      const style = list.find((s) => s.id === op.styleId);
      if (!style) throw new OpError(`no paragraph style "${op.styleId}"`);
      if ('id' in op.patch) throw new OpError('a style patch cannot change its id');
      const patch = withSizeName(edition.format.sizeNames, op.patch);
      const next = validated(ParagraphStyleSchema, { ...style, ...patch }, `paragraph style ${style.name}`);
      checkSizeName(edition.format.sizeNames, next);
      const paragraph = list.map((s) => (s.id === style.id ? next : s));
      return {
        edition: { ...edition, styles: { ...edition.styles, paragraph } },
        inverse: { type: 'updateParagraphStyle', styleId: style.id, patch: pick(style, Object.keys(patch)) },
      };
    }
    case 'addStory': {
      if (edition.stories.some((s) => s.id === op.story.id)) throw new OpError(`story id "${op.story.id}" is already used`);
      if (op.index > edition.stories.length) throw new OpError(`story index ${op.index} is past the end of the edition`);
      const stories = [...edition.stories.slice(0, op.index), op.story, ...edition.stories.slice(op.index)];
      return { edition: { ...edition, stories }, inverse: { type: 'removeStory', storyId: op.story.id } };
    }
    case 'removeStory': {
      const index = edition.stories.findIndex((s) => s.id === op.storyId);
      const story = edition.stories[index];
      if (!story) throw new OpError(`no story "${op.storyId}"`);
      // A caption link places a story as surely as a text frame does: both would dangle.
      const onPage = edition.pages.find((p) => p.frames.some((f) => usesStory(f, story.id)));
      const onMaster = edition.masters.find((m) => m.frames.some((f) => usesStory(f, story.id)));
      const where = onPage ? `page ${onPage.label}` : onMaster ? `master ${onMaster.name}` : null;
      if (where) throw new OpError(`story "${story.slug}" is placed on ${where}; remove its frames first`);
      const stories = edition.stories.filter((s) => s.id !== story.id);
      return { edition: { ...edition, stories }, inverse: { type: 'addStory', index, story } };
    }
    case 'movePage': {
      const from = edition.pages.findIndex((p) => p.id === op.pageId);
      const page = edition.pages[from];
      if (!page) throw new OpError(`no page "${op.pageId}"`);
      if (op.index >= edition.pages.length) throw new OpError(`page index ${op.index} is past the end of the edition`);
      const rest = edition.pages.filter((p) => p.id !== page.id);
      const pages = renumber([...rest.slice(0, op.index), page, ...rest.slice(op.index)]);
      return { edition: { ...edition, pages }, inverse: { type: 'movePage', pageId: page.id, index: from } };
    }
    case 'updateMeta': {
      const meta = validated(EditionMetaSchema, { ...edition.meta, ...op.patch }, 'the edition details');
      return { edition: { ...edition, meta }, inverse: { type: 'updateMeta', patch: pick(edition.meta, Object.keys(op.patch)) } };
    }
    case 'updatePage': {
      const page = findPage(edition, op.pageId);
      for (const key of ['id', 'number', 'frames']) if (key in op.patch) throw new OpError(`a page patch cannot change ${key}`);
      if (typeof op.patch.masterId === 'string' && !edition.masters.some((m) => m.id === op.patch.masterId)) throw new OpError(`no master "${String(op.patch.masterId)}"`);
      const next = validated(PageSchema, { ...page, ...op.patch }, `page ${page.label}`);
      return { edition: replacePage(edition, next), inverse: { type: 'updatePage', pageId: page.id, patch: pick(page, Object.keys(op.patch)) } };
    }
    case 'reorderFrame': {
      const { page, frame, index } = findFrame(edition, op.pageId, op.frameId);
      if (op.index >= page.frames.length) throw new OpError(`frame index ${op.index} is past the end of page ${page.label}`);
      const rest = page.frames.filter((f) => f.id !== frame.id);
      const frames = [...rest.slice(0, op.index), frame, ...rest.slice(op.index)];
      return { edition: replacePage(edition, { ...page, frames }), inverse: { type: 'reorderFrame', pageId: page.id, frameId: frame.id, index } };
    }
    case 'updateStory': {
      const story = edition.stories.find((s) => s.id === op.storyId);
      if (!story) throw new OpError(`no story "${op.storyId}"`);
      if ('id' in op.patch) throw new OpError('a story patch cannot change its id');
      const next = paragraphsOnly(op.patch) ? withParagraphs(story, op.patch.paragraphs) : validated(StorySchema, { ...story, ...op.patch }, `story ${story.slug}`);
      const stories = edition.stories.map((s) => (s.id === story.id ? next : s));
      return { edition: { ...edition, stories }, inverse: { type: 'updateStory', storyId: story.id, patch: pick(story, Object.keys(op.patch)) } };
    }
    case 'addAsset': {
      if (edition.assets.some((a) => a.id === op.asset.id)) throw new OpError(`asset id "${op.asset.id}" is already used`);
      if (op.index > edition.assets.length) throw new OpError(`asset index ${op.index} is past the end of the edition`);
      const assets = [...edition.assets.slice(0, op.index), op.asset, ...edition.assets.slice(op.index)];
      return { edition: { ...edition, assets }, inverse: { type: 'removeAsset', assetId: op.asset.id } };
    }
    case 'removeAsset': {
      const index = edition.assets.findIndex((a) => a.id === op.assetId);
      const asset = edition.assets[index];
      if (!asset) throw new OpError(`no asset "${op.assetId}"`);
      const holders = [...edition.pages.map((p) => ({ where: `page ${p.label}`, frames: p.frames })), ...edition.masters.map((m) => ({ where: `master ${m.name}`, frames: m.frames }))];
      const user = holders.find((h) => h.frames.some((f) => f.kind === 'image' && f.assetId === asset.id));
      if (user) throw new OpError(`image "${asset.path}" is placed on ${user.where}; remove or empty its frames first`);
      const assets = edition.assets.filter((a) => a.id !== asset.id);
      return { edition: { ...edition, assets }, inverse: { type: 'addAsset', index, asset } };
    }
    case 'batch': {
      let current = edition;
      const inverses: Op[] = [];
      for (const child of op.ops) {
        const applied = applyOp(current, child);
        current = applied.edition;
        inverses.unshift(applied.inverse);
      }
      return { edition: current, inverse: { type: 'batch', ops: inverses } };
    }
    default:
      return assertNever(op, 'op');
  }
}

/** Applies ops in order; the returned inverse undoes all of them. */
export function applyOps(edition: Edition, ops: readonly Op[]): Applied {
  return applyOp(edition, { type: 'batch', ops });
}

function findPage(edition: Edition, pageId: string): Page {
  const page = edition.pages.find((p) => p.id === pageId);
  if (!page) throw new OpError(`no page "${pageId}"`);
  return page;
}

function findFrame(edition: Edition, pageId: string, frameId: string): { page: Page; frame: Frame; index: number } {
  const page = findPage(edition, pageId);
  const index = page.frames.findIndex((f) => f.id === frameId);
  const frame = page.frames[index];
  if (!frame) throw new OpError(`no frame "${frameId}" on page ${page.label}`);
  return { page, frame, index };
}

function usesStory(frame: Frame, storyId: string): boolean {
  return (frame.kind === 'text' && frame.storyId === storyId) || (frame.kind === 'image' && frame.caption?.storyId === storyId);
}

function allFrames(edition: Edition): Frame[] {
  return edition.pages.flatMap((p) => p.frames);
}

function replacePage(edition: Edition, page: Page): Edition {
  return { ...edition, pages: edition.pages.map((p) => (p.id === page.id ? page : p)) };
}

function replaceFrame(edition: Edition, pageId: string, frame: Frame): Edition {
  const page = findPage(edition, pageId);
  return replacePage(edition, { ...page, frames: page.frames.map((f) => (f.id === frame.id ? frame : f)) });
}

function renumber(pages: readonly Page[]): Page[] {
  return pages.map((p, i) => (p.number === i + 1 ? p : { ...p, number: i + 1 }));
}

function pick(source: object, keys: readonly string[]): Record<string, unknown> {
  const record = source as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (!(key in record)) throw new OpError(`unknown field "${key}"`);
    out[key] = record[key];
  }
  return out;
}

/** A patch of the paragraphs alone, as typing sends (one per keystroke). */
function paragraphsOnly(patch: Record<string, unknown>): patch is { paragraphs: unknown[] } {
  const keys = Object.keys(patch);
  return keys.length === 1 && keys[0] === 'paragraphs' && Array.isArray(patch.paragraphs);
}

/**
 * The story with these paragraphs, checking only the paragraph objects it does not already hold:
 * those were checked when they came in, and a keystroke changes one paragraph of a story whose
 * whole check costs ~0.5 ms (issue 5 §6). A paragraph that fails is reported by the whole
 * story's check, so the message is the same either way.
 */
function withParagraphs(story: Story, paragraphs: readonly unknown[]): Story {
  const held = new Set<unknown>(story.paragraphs);
  const next: Paragraph[] = [];
  for (const p of paragraphs) {
    if (held.has(p)) {
      next.push(p as Paragraph);
      continue;
    }
    const parsed = ParagraphSchema.safeParse(p);
    if (!parsed.success) return validated(StorySchema, { ...story, paragraphs }, `story ${story.slug}`);
    next.push(keepInputObjects(parsed.data, p) as Paragraph);
  }
  return { ...story, paragraphs: next.length === story.paragraphs.length && next.every((p, i) => p === story.paragraphs[i]) ? story.paragraphs : next };
}

function validated<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } }, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return keepInputObjects(result.data, value) as T;
  const first = result.error.issues[0];
  throw new OpError(`${what}: ${first ? `${formatPath(first.path)} ${first.message}` : 'invalid'}`);
}

/**
 * The parsed value, with every part equal to the input's replaced by the input's own object.
 * Parsing copies; an edit must make new objects only along the path it changed, because the
 * composers remember work by object (a paragraph that did not change is not set again).
 */
function keepInputObjects(parsed: unknown, input: unknown): unknown {
  if (parsed === input) return input;
  if (Array.isArray(parsed) && Array.isArray(input)) {
    const items = parsed.map((item: unknown, i) => keepInputObjects(item, input[i]));
    return items.length === input.length && items.every((item, i) => item === input[i]) ? input : items;
  }
  if (isRecord(parsed) && isRecord(input)) {
    const keys = Object.keys(parsed);
    let same = keys.length === Object.keys(input).length;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      out[key] = keepInputObjects(parsed[key], input[key]);
      if (out[key] !== input[key] || !(key in input)) same = false;
    }
    return same ? input : out;
  }
  return parsed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type SizeTable = Edition['format']['sizeNames'];

/**
 * A 字号 and its size move together: a patch naming a 字号 gets its size from the edition's
 * table, and a patch giving a size in points names the 字号 of that size, if any (or none).
 */
function withSizeName(table: SizeTable, patch: Record<string, unknown>): Record<string, unknown> {
  const name = patch.sizeName;
  if (typeof name === 'string' && !('size' in patch)) {
    const entry = table.find((e) => e.name === name);
    if (!entry) throw new OpError(`no 字号 "${name}" in this edition's size table`);
    return { ...patch, size: entry.pt };
  }
  if (typeof patch.size === 'number' && !('sizeName' in patch)) return { ...patch, sizeName: sizeNameFor(table, patch.size) };
  return patch;
}

function checkSizeName(table: SizeTable, style: ParagraphStyle): void {
  if (style.sizeName === null) return;
  const entry = table.find((e) => e.name === style.sizeName);
  if (!entry) throw new OpError(`no 字号 "${style.sizeName}" in this edition's size table`);
  if (entry.pt !== style.size) throw new OpError(`${style.sizeName} is ${entry.pt} pt, but the size given is ${style.size} pt`);
}
