// captionOps.ts: a photo's caption (图片说明) as ops. A caption is a text frame whose story holds
// the caption paragraph; it is attached to the photo by giving both frames one groupId (groups
// select and move together) and pointing ImageFrame.caption at the paragraph.
//   add    — a new story in the 图片说明 style, prefilled from the picture's IPTC caption and
//            credit, in a new frame just under the photo and as wide as it; attached
//   attach — an existing text frame's story becomes the caption (its first 图片说明 paragraph,
//            else its first paragraph)
//   detach — the link goes; the group goes too when it held only the photo and its caption
import { type Asset, type Box, countChars, type Edition, type Frame, type ImageFrame, mmToPt, newTextFrame, type Op, type Page, ParagraphStyleIds, roundPt, type Story, type TextFrame } from '../../shared/model';

/** Space between the photo's bottom edge and its caption frame. */
export const CAPTION_GAP_PT = mmToPt(1);

export interface CaptionIds {
  readonly frameId: string;
  readonly storyId: string;
  readonly paragraphId: string;
  /** Used when the photo is not in a group yet. */
  readonly groupId: string;
}

/** Caption, then the credit as a Chinese photo credit reads (王乐平 摄), unless it says so itself (新华社发, 本报供图). */
export function captionText(asset: Pick<Asset, 'caption' | 'credit'>): string {
  const caption = asset.caption.trim();
  const credit = asset.credit.trim();
  if (credit === '') return caption;
  const signed = /(摄|供图|图|提供|发)$/u.test(credit) ? credit : `${credit} 摄`;
  // An ideographic space (U+3000) sets the credit off, as captions in Chinese papers do.
  return caption === '' ? signed : `${caption}\u3000${signed}`;
}

/**
 * The ops that add a caption under `photo`. `slug` names the new story in the stories panel.
 * The frame is tall enough for the prefilled text in the caption style (at least one line),
 * estimated at one 字 per em of the width; typing more shows the usual overset mark.
 */
export function addCaptionOps(edition: Edition, page: Page, photo: ImageFrame, asset: Asset | null, ids: CaptionIds, slug: string): Op[] {
  const text = asset ? captionText(asset) : '';
  const style = edition.styles.paragraph.find((s) => s.id === ParagraphStyleIds.caption);
  const size = style?.size ?? 7.5;
  const leading = style?.leading ?? 10.5;
  const perLine = Math.max(1, Math.floor(photo.width / size));
  const lines = Math.max(1, Math.ceil((countChars(text) + (style?.firstLineIndentEm ?? 0)) / perLine));
  const credit = asset?.credit.trim() ?? '';
  const story: Story = {
    id: ids.storyId,
    slug,
    status: 'draft',
    credits: credit === '' ? [] : [{ role: '摄影', names: credit.split(/\s+/u) }],
    paragraphs: [{ id: ids.paragraphId, style: ParagraphStyleIds.caption, runs: text === '' ? [] : [{ text, charStyle: null, marks: [] }] }],
    importNotes: [],
  };
  const groupId = photo.groupId ?? ids.groupId;
  // A line's own height (ascent + descent of a CJK face, about 1.45 em) exceeds a tight leading:
  // one em on top of the lines' leading keeps the first line in.
  const box = { x: photo.x, y: roundPt(photo.y + photo.height + CAPTION_GAP_PT), width: photo.width, height: roundPt(lines * leading + size) };
  // The caption stands to the surrounding text as its photo does: it wraps when the photo wraps.
  const frame: TextFrame = { ...newTextFrame(ids.frameId, box, { storyId: story.id, name: slug }), groupId, wrap: photo.wrap };
  return [
    { type: 'addStory', index: edition.stories.length, story },
    { type: 'addFrame', pageId: page.id, index: page.frames.length, frame },
    { type: 'updateFrame', pageId: page.id, frameId: photo.id, patch: { groupId, caption: { storyId: story.id, paragraphId: ids.paragraphId } } },
  ];
}

/** The paragraph a text frame's story offers as a caption, or null when it has none. */
export function captionParagraph(edition: Edition, frame: TextFrame): { storyId: string; paragraphId: string } | null {
  const story = edition.stories.find((s) => s.id === frame.storyId);
  const paragraph = story?.paragraphs.find((p) => p.style === ParagraphStyleIds.caption) ?? story?.paragraphs[0];
  return story && paragraph ? { storyId: story.id, paragraphId: paragraph.id } : null;
}

/** Attaches `caption` (a text frame on the same page) to `photo`; null when it has no text to offer. */
export function attachCaptionOps(edition: Edition, page: Page, photo: ImageFrame, caption: TextFrame, newGroupId: string): Op[] | null {
  const target = captionParagraph(edition, caption);
  if (!target) return null;
  const groupId = photo.groupId ?? caption.groupId ?? newGroupId;
  const ops: Op[] = [{ type: 'updateFrame', pageId: page.id, frameId: photo.id, patch: { groupId, caption: target } }];
  if (caption.groupId !== groupId) ops.push({ type: 'updateFrame', pageId: page.id, frameId: caption.id, patch: { groupId } });
  return ops;
}

/** Text frames on the page that show the photo's caption story. */
export function captionFrames(page: Page, photo: ImageFrame): TextFrame[] {
  const storyId = photo.caption?.storyId;
  if (storyId === undefined) return [];
  return page.frames.filter((f): f is TextFrame => f.kind === 'text' && f.storyId === storyId);
}

/**
 * The ops that keep an attached caption with its photo when the photo alone is resized to `box`
 * (a group moves as one; a resize is of one frame). A caption under the photo stays the same
 * distance under its bottom edge, one over it the same distance over its top edge; one as wide
 * as the photo and flush with it stays so, any other keeps its offset from the photo's left edge.
 * A caption beside the photo is left where it is.
 */
export function captionFollowOps(page: Page, frame: Frame, box: Box): Op[] {
  if (frame.kind !== 'image' || frame.groupId === null) return [];
  const photo = frame;
  const bottom = photo.y + photo.height;
  return captionFrames(page, photo)
    .filter((caption) => caption.groupId === photo.groupId && !caption.locked)
    .flatMap((caption): Op[] => {
      const below = caption.y >= bottom - EDGE_SLOP_PT;
      const above = caption.y + caption.height <= photo.y + EDGE_SLOP_PT;
      if (!below && !above) return [];
      const y = below ? box.y + box.height + (caption.y - bottom) : box.y - (photo.y - caption.y);
      const flush = Math.abs(caption.x - photo.x) <= EDGE_SLOP_PT && Math.abs(caption.width - photo.width) <= EDGE_SLOP_PT;
      const x = flush ? box.x : caption.x + (box.x - photo.x);
      const width = flush ? box.width : caption.width;
      const next = { x: roundPt(x), y: roundPt(y), width: roundPt(width), height: caption.height };
      if (next.x === caption.x && next.y === caption.y && next.width === caption.width) return [];
      return [{ type: 'resizeFrame', pageId: page.id, frameId: caption.id, ...next }];
    });
}

/** How far off an edge a caption may be and still count as on it (rounding, a nudge). */
const EDGE_SLOP_PT = 0.5;

/** Detaches the caption; the frame and its story stay on the page as ordinary text. */
export function detachCaptionOps(page: Page, photo: ImageFrame): Op[] {
  if (!photo.caption) return [];
  const captions = captionFrames(page, photo).filter((f) => f.groupId !== null && f.groupId === photo.groupId);
  const members = photo.groupId === null ? [] : page.frames.filter((f) => f.groupId === photo.groupId);
  const ungroup = photo.groupId !== null && members.length === captions.length + 1;
  const ops: Op[] = [{ type: 'updateFrame', pageId: page.id, frameId: photo.id, patch: ungroup ? { caption: null, groupId: null } : { caption: null } }];
  if (ungroup) for (const frame of captions) ops.push({ type: 'updateFrame', pageId: page.id, frameId: frame.id, patch: { groupId: null } });
  return ops;
}
