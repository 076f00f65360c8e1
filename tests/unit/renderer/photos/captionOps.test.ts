import { describe, expect, it } from 'vitest';
import { type Asset, applyOps, counterIds, type Edition, emptyEdition, type ImageFrame, newImageFrame, newPage, newTextFrame, ParagraphStyleIds, parseEdition, type Story, type TextFrame } from '../../../../src/shared/model';
import { addCaptionOps, attachCaptionOps, CAPTION_GAP_PT, captionFollowOps, captionText, detachCaptionOps } from '../../../../src/renderer/photos/captionOps';

const ids = { frameId: 'frame-cap', storyId: 'story-cap', paragraphId: 'para-cap', groupId: 'group-new' };
const photoAsset: Asset = {
  id: 'asset-1',
  kind: 'image',
  path: 'assets/p.jpg',
  mime: 'image/jpeg',
  pixelWidth: 1200,
  pixelHeight: 800,
  description: 'p.jpg',
  colorSpace: 'rgb',
  ppi: 300,
  caption: '科技节上，学生展示机器人。',
  credit: '王乐平',
  preview: null,
};

function setup(extra: { text?: TextFrame; story?: Story; photoGroup?: string | null } = {}): { edition: Edition; photo: ImageFrame } {
  const base = emptyEdition({ preset: 'broadsheet', newId: counterIds(), meta: { paper: 'p', date: '2023-05-15', issue: 1, totalIssue: 1, credits: { editor: '', designer: '', proofreader: '' } } });
  const photo = { ...newImageFrame('frame-photo', { x: 60, y: 120, width: 200, height: 150 }, { assetId: 'asset-1' }), groupId: extra.photoGroup ?? null };
  const page = { ...newPage({ id: 'page-1', number: 1, label: 'A01', section: '要闻', masterId: null }), frames: [photo, ...(extra.text ? [extra.text] : [])] };
  return { edition: { ...base, pages: [page], assets: [photoAsset], stories: extra.story ? [extra.story] : [] }, photo };
}

function valid(e: Edition): Edition {
  const checked = parseEdition(e);
  if (!checked.ok) throw new Error(checked.issues.map((i) => `${i.path}: ${i.reason}`).join('; '));
  return checked.edition;
}

describe('captionText', () => {
  it('signs the credit as a photo credit, set off by an ideographic space', () => {
    expect(captionText(photoAsset)).toBe('科技节上，学生展示机器人。\u3000王乐平 摄');
    expect(captionText({ caption: '', credit: '新华社发' })).toBe('新华社发');
    expect(captionText({ caption: '说明', credit: '' })).toBe('说明');
  });
});

describe('addCaptionOps', () => {
  it('adds a 图片说明 story prefilled from the file, a frame under the photo, and groups them', () => {
    const { edition, photo } = setup();
    const after = valid(applyOps(edition, addCaptionOps(edition, edition.pages[0]!, photo, photoAsset, ids, '图片说明·p')).edition);
    const story = after.stories.find((s) => s.id === 'story-cap')!;
    expect(story).toMatchObject({ slug: '图片说明·p', credits: [{ role: '摄影', names: ['王乐平'] }] });
    expect(story.paragraphs[0]).toMatchObject({ id: 'para-cap', style: ParagraphStyleIds.caption, runs: [{ text: captionText(photoAsset) }] });
    const [placedPhoto, caption] = after.pages[0]!.frames as [ImageFrame, TextFrame];
    expect(placedPhoto).toMatchObject({ groupId: 'group-new', caption: { storyId: 'story-cap', paragraphId: 'para-cap' } });
    expect(caption).toMatchObject({ kind: 'text', storyId: 'story-cap', groupId: 'group-new', x: photo.x, width: photo.width });
    expect(caption.y).toBeCloseTo(photo.y + photo.height + CAPTION_GAP_PT, 3);
    expect(caption.height).toBeGreaterThan(0);
  });

  it('joins the photo\'s existing group, wraps as the photo does, and starts empty without file metadata', () => {
    const { edition, photo: plain } = setup({ photoGroup: 'group-old' });
    const photo = { ...plain, wrap: { enabled: true, offsets: { top: 0, right: 4, bottom: 6, left: 4 } } };
    const ops = addCaptionOps(edition, edition.pages[0]!, photo, { ...photoAsset, caption: '', credit: '' }, ids, 's');
    expect(ops[1]).toMatchObject({ type: 'addFrame', frame: { wrap: photo.wrap } });
    const after = valid(applyOps(edition, ops).edition);
    expect(after.pages[0]!.frames.map((f) => f.groupId)).toEqual(['group-old', 'group-old']);
    expect(after.stories[0]!.paragraphs[0]!.runs).toEqual([]);
  });
});

describe('attachCaptionOps and detachCaptionOps', () => {
  const story: Story = {
    id: 'story-t',
    slug: '说明稿',
    status: 'draft',
    credits: [],
    importNotes: [],
    paragraphs: [
      { id: 'p1', style: ParagraphStyleIds.body, runs: [{ text: '正文', charStyle: null, marks: [] }] },
      { id: 'p2', style: ParagraphStyleIds.caption, runs: [{ text: '说明', charStyle: null, marks: [] }] },
    ],
  };
  const text = newTextFrame('frame-text', { x: 60, y: 280, width: 200, height: 20 }, { storyId: 'story-t' });

  it('attaches a text frame by its 图片说明 paragraph and groups the two', () => {
    const { edition, photo } = setup({ text, story });
    const ops = attachCaptionOps(edition, edition.pages[0]!, photo, text, 'group-x');
    const after = valid(applyOps(edition, ops!).edition);
    expect(after.pages[0]!.frames[0]).toMatchObject({ groupId: 'group-x', caption: { storyId: 'story-t', paragraphId: 'p2' } });
    expect(after.pages[0]!.frames[1]).toMatchObject({ groupId: 'group-x' });
  });

  it('refuses a frame with no story to offer', () => {
    const { edition, photo } = setup({ text: { ...text, storyId: null } });
    expect(attachCaptionOps(edition, edition.pages[0]!, photo, { ...text, storyId: null }, 'g')).toBeNull();
  });

  it('detaches, ungrouping when the group held only the photo and its caption', () => {
    const { edition, photo } = setup({ text, story });
    const attached = applyOps(edition, attachCaptionOps(edition, edition.pages[0]!, photo, text, 'group-x')!).edition;
    const page = attached.pages[0]!;
    const after = valid(applyOps(attached, detachCaptionOps(page, page.frames[0] as ImageFrame)).edition);
    expect(after.pages[0]!.frames.map((f) => f.groupId)).toEqual([null, null]);
    expect(after.pages[0]!.frames[0]).toMatchObject({ caption: null });
  });

  it('detaches but keeps a group that holds other frames too', () => {
    const other = { ...newTextFrame('frame-other', { x: 0, y: 0, width: 10, height: 10 }), groupId: 'group-x' };
    const { edition, photo } = setup({ text, story });
    const attached = applyOps(edition, attachCaptionOps(edition, edition.pages[0]!, photo, text, 'group-x')!).edition;
    const page = { ...attached.pages[0]!, frames: [...attached.pages[0]!.frames, other] };
    const ops = detachCaptionOps(page, page.frames[0] as ImageFrame);
    expect(ops).toEqual([{ type: 'updateFrame', pageId: 'page-1', frameId: 'frame-photo', patch: { caption: null } }]);
  });
});

describe('captionFollowOps', () => {
  function captioned(): { edition: Edition; photo: ImageFrame; caption: TextFrame } {
    const { edition, photo } = setup();
    const after = applyOps(edition, addCaptionOps(edition, edition.pages[0]!, photo, photoAsset, ids, '图片说明·p')).edition;
    const [placedPhoto, caption] = after.pages[0]!.frames as [ImageFrame, TextFrame];
    return { edition: after, photo: placedPhoto, caption };
  }
  const resize = (photo: ImageFrame, box: { x: number; y: number; width: number; height: number }) => ({ type: 'resizeFrame' as const, pageId: 'page-1', frameId: photo.id, ...box });

  it('keeps a caption under the photo the same distance under it, and as wide, when the photo alone is resized', () => {
    const { edition, photo, caption } = captioned();
    const box = { x: photo.x + 20, y: photo.y, width: photo.width - 40, height: photo.height - 60 };
    const ops = captionFollowOps(edition.pages[0]!, photo, box);
    const after = valid(applyOps(edition, [resize(photo, box), ...ops]).edition);
    const moved = after.pages[0]!.frames.find((f) => f.id === caption.id)!;
    expect(moved.y).toBeCloseTo(box.y + box.height + CAPTION_GAP_PT, 3);
    expect([moved.x, moved.width, moved.height]).toEqual([box.x, box.width, caption.height]);
  });

  it('keeps a caption over the photo over its top edge, and a narrower one at its offset', () => {
    const { edition, photo, caption } = captioned();
    const over = { ...caption, y: photo.y - caption.height - 4, x: photo.x + 10, width: 80 };
    const page = { ...edition.pages[0]!, frames: [photo, over] };
    const box = { x: photo.x - 5, y: photo.y + 30, width: photo.width, height: photo.height };
    expect(captionFollowOps(page, photo, box)).toEqual([{ type: 'resizeFrame', pageId: 'page-1', frameId: caption.id, x: over.x - 5, y: box.y - caption.height - 4, width: 80, height: caption.height }]);
  });

  it('leaves a caption beside the photo, a locked one, and frames that are not attached captions alone', () => {
    const { edition, photo, caption } = captioned();
    const box = { ...photo, height: photo.height - 50 };
    const beside = { ...caption, x: photo.x + photo.width + 5, y: photo.y + 10 };
    expect(captionFollowOps({ ...edition.pages[0]!, frames: [photo, beside] }, photo, box)).toEqual([]);
    expect(captionFollowOps({ ...edition.pages[0]!, frames: [photo, { ...caption, locked: true }] }, photo, box)).toEqual([]);
    expect(captionFollowOps({ ...edition.pages[0]!, frames: [photo, { ...caption, groupId: null }] }, photo, box)).toEqual([]);
    expect(captionFollowOps(edition.pages[0]!, caption, box)).toEqual([]);
    // Unchanged where the photo's bottom edge stays: nothing to do.
    expect(captionFollowOps(edition.pages[0]!, photo, { x: photo.x, y: photo.y + 20, width: photo.width, height: photo.height - 20 })).toEqual([]);
  });
});
