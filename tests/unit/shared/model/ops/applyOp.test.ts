import { describe, expect, it } from 'vitest';
import {
  applyOp,
  applyOps,
  type Edition,
  type Frame,
  newImageFrame,
  newPage,
  newTextFrame,
  type Op,
  OpError,
  OpSchema,
  type Page,
  parseEdition,
  ParagraphStyleIds,
} from '../../../../../src/shared/model';
import { boxFrame, deepFreeze, paragraph, sampleEdition, story } from '../fixtures';

/**
 * Applies `op` to a frozen sample edition, checks the input was left alone and that the inverse
 * restores it exactly, and returns the edited edition for op-specific checks.
 */
function applyAndUndo(op: Op, start: Edition = sampleEdition()): Edition {
  const original = deepFreeze(start);
  const snapshot = structuredClone(original);
  expect(OpSchema.safeParse(op).success).toBe(true);
  const { edition, inverse } = applyOp(original, op);
  expect(original).toStrictEqual(snapshot);
  expect(edition).not.toStrictEqual(snapshot);
  expect(OpSchema.safeParse(inverse).success).toBe(true);
  const restored = applyOp(deepFreeze(edition), inverse);
  expect(restored.edition).toStrictEqual(snapshot);
  return edition;
}

function expectValid(edition: Edition): void {
  const result = parseEdition(edition);
  expect(result.ok ? [] : result.issues).toEqual([]);
}

function opError(op: Op, edition: Edition = sampleEdition()): string {
  const frozen = deepFreeze(edition);
  const snapshot = structuredClone(frozen);
  try {
    applyOp(frozen, op);
  } catch (error) {
    expect(frozen).toStrictEqual(snapshot);
    if (error instanceof OpError) return error.message;
    throw error;
  }
  throw new Error(`expected ${op.type} to throw an OpError`);
}

function frameOf(edition: Edition, pageIndex: number, frameId: string): Frame {
  const frame = edition.pages[pageIndex]?.frames.find((f) => f.id === frameId);
  if (!frame) throw new Error(`no ${frameId} on page ${pageIndex}`);
  return frame;
}

const newPageWith = (id: string, frames: Frame[]): Page => ({ ...newPage({ id, number: 99, label: 'B01', section: '体育', masterId: null }), frames });

describe('applyOp', () => {
  describe('moveFrame', () => {
    it('moves a frame and its inverse moves it back', () => {
      const edition = applyAndUndo({ type: 'moveFrame', pageId: 'page-1', frameId: 'frame-5', x: 12.5, y: -3 });
      expect(frameOf(edition, 0, 'frame-5')).toMatchObject({ x: 12.5, y: -3, width: 200, height: 120 });
      expectValid(edition);
    });

    it('refuses a missing page or frame', () => {
      expect(opError({ type: 'moveFrame', pageId: 'page-404', frameId: 'frame-5', x: 0, y: 0 })).toBe('no page "page-404"');
      expect(opError({ type: 'moveFrame', pageId: 'page-2', frameId: 'frame-5', x: 0, y: 0 })).toBe('no frame "frame-5" on page A02');
    });

    it('refuses a position that is not a finite number', () => {
      expect(opError({ type: 'moveFrame', pageId: 'page-1', frameId: 'frame-5', x: Number.NaN, y: 0 })).toMatch(/frame frame-5: \$\.x/u);
    });
  });

  describe('resizeFrame', () => {
    it('changes the box and its inverse restores it', () => {
      const edition = applyAndUndo({ type: 'resizeFrame', pageId: 'page-2', frameId: 'frame-6', x: 40, y: 60, width: 369, height: 504 });
      expect(frameOf(edition, 1, 'frame-6')).toMatchObject({ x: 40, y: 60, width: 369, height: 504, storyId: 'story-1' });
      expectValid(edition);
    });

    it('refuses a size the frame schema does not allow', () => {
      expect(opError({ type: 'resizeFrame', pageId: 'page-2', frameId: 'frame-6', x: 0, y: 0, width: -10, height: 50 })).toMatch(/frame frame-6: \$\.width/u);
      expect(opError({ type: 'resizeFrame', pageId: 'page-2', frameId: 'frame-6', x: 0, y: 0, width: 10, height: -1 })).toMatch(/frame frame-6: \$\.height/u);
    });
  });

  describe('updateFrame', () => {
    it('patches fields and its inverse patches them back', () => {
      const edition = applyAndUndo({
        type: 'updateFrame',
        pageId: 'page-1',
        frameId: 'frame-3',
        patch: { columns: 2, verticalAlign: 'justify', wrap: { enabled: true, offsets: { top: 1, right: 2, bottom: 3, left: 4 } } },
      });
      expect(frameOf(edition, 0, 'frame-3')).toMatchObject({ columns: 2, verticalAlign: 'justify', wrap: { enabled: true } });
      expectValid(edition);
    });

    it('returns an inverse holding exactly the old values of the patched fields', () => {
      const { inverse } = applyOp(sampleEdition(), { type: 'updateFrame', pageId: 'page-1', frameId: 'frame-4', patch: { fit: 'crop', name: '照片' } });
      expect(inverse).toEqual({ type: 'updateFrame', pageId: 'page-1', frameId: 'frame-4', patch: { fit: 'fill', name: '' } });
    });

    it('refuses a patch that changes id or kind', () => {
      expect(opError({ type: 'updateFrame', pageId: 'page-1', frameId: 'frame-3', patch: { id: 'frame-99' } })).toBe('a frame patch cannot change id or kind');
      expect(opError({ type: 'updateFrame', pageId: 'page-1', frameId: 'frame-3', patch: { kind: 'image' } })).toBe('a frame patch cannot change id or kind');
    });

    it('refuses a patch that makes the frame invalid, naming the field', () => {
      expect(opError({ type: 'updateFrame', pageId: 'page-1', frameId: 'frame-3', patch: { width: -5 } })).toMatch(/^frame frame-3: \$\.width /u);
      expect(opError({ type: 'updateFrame', pageId: 'page-1', frameId: 'frame-3', patch: { columns: 0 } })).toMatch(/^frame frame-3: \$\.columns /u);
      // A field another kind has (a text frame has no `fit`).
      expect(opError({ type: 'updateFrame', pageId: 'page-1', frameId: 'frame-3', patch: { fit: 'crop' } })).toMatch(/^frame frame-3: .*fit/u);
    });

    it('refuses a missing frame', () => {
      expect(opError({ type: 'updateFrame', pageId: 'page-1', frameId: 'frame-404', patch: { name: 'x' } })).toBe('no frame "frame-404" on page A01');
    });
  });

  describe('addFrame / removeFrame', () => {
    it('adds a frame at an index and its inverse removes it', () => {
      const frame = newTextFrame('frame-new', { x: 100, y: 100, width: 117, height: 50 }, { storyId: 'story-3' });
      const edition = applyAndUndo({ type: 'addFrame', pageId: 'page-1', index: 1, frame });
      expect(edition.pages[0]!.frames.map((f) => f.id)).toEqual(['frame-3', 'frame-new', 'frame-4', 'frame-5']);
      expectValid(edition);
    });

    it('adds at the end when the index is the frame count', () => {
      const frame = boxFrame('frame-new');
      const edition = applyAndUndo({ type: 'addFrame', pageId: 'page-2', index: 3, frame });
      expect(edition.pages[1]!.frames.at(-1)!.id).toBe('frame-new');
    });

    it('removes a frame and its inverse puts it back at the same index', () => {
      const edition = applyAndUndo({ type: 'removeFrame', pageId: 'page-1', frameId: 'frame-4' });
      expect(edition.pages[0]!.frames.map((f) => f.id)).toEqual(['frame-3', 'frame-5']);
      const { inverse } = applyOp(sampleEdition(), { type: 'removeFrame', pageId: 'page-1', frameId: 'frame-4' });
      expect(inverse).toMatchObject({ type: 'addFrame', pageId: 'page-1', index: 1, frame: { id: 'frame-4' } });
      expectValid(edition);
    });

    it('refuses a frame id already used anywhere in the edition', () => {
      expect(opError({ type: 'addFrame', pageId: 'page-2', index: 0, frame: boxFrame('frame-5') })).toBe('frame id "frame-5" is already used');
    });

    it('refuses an index past the end of the page', () => {
      expect(opError({ type: 'addFrame', pageId: 'page-1', index: 4, frame: boxFrame('frame-new') })).toBe('frame index 4 is past the end of page A01');
    });

    it('refuses to remove a frame that is not there', () => {
      expect(opError({ type: 'removeFrame', pageId: 'page-1', frameId: 'frame-6' })).toBe('no frame "frame-6" on page A01');
    });
  });

  describe('addPage / removePage', () => {
    it('inserts a page, renumbers every page and its inverse removes it', () => {
      const page = newPageWith('page-new', [boxFrame('frame-new')]);
      const edition = applyAndUndo({ type: 'addPage', index: 1, page });
      expect(edition.pages.map((p) => [p.id, p.number])).toEqual([
        ['page-1', 1],
        ['page-new', 2],
        ['page-2', 3],
      ]);
      expectValid(edition);
    });

    it('removes a page, renumbers the rest and its inverse restores page and numbers', () => {
      const withThree = applyOp(sampleEdition(), { type: 'addPage', index: 0, page: newPageWith('page-0', []) }).edition;
      const edition = applyAndUndo({ type: 'removePage', pageId: 'page-0' }, withThree);
      expect(edition.pages.map((p) => [p.id, p.number])).toEqual([
        ['page-1', 1],
        ['page-2', 2],
      ]);
      const { inverse } = applyOp(withThree, { type: 'removePage', pageId: 'page-0' });
      expect(inverse).toMatchObject({ type: 'addPage', index: 0, page: { id: 'page-0', number: 1 } });
      expectValid(edition);
    });

    it('renumbers after removing the first page', () => {
      const edition = applyAndUndo({ type: 'removePage', pageId: 'page-1' });
      expect(edition.pages.map((p) => [p.id, p.number])).toEqual([['page-2', 1]]);
    });

    it('refuses a page id already used', () => {
      expect(opError({ type: 'addPage', index: 0, page: newPageWith('page-2', []) })).toBe('page id "page-2" is already used');
    });

    it('refuses a page whose frames reuse frame ids', () => {
      expect(opError({ type: 'addPage', index: 2, page: newPageWith('page-3', [boxFrame('frame-5')]) })).toBe('frame id "frame-5" is already used');
      expect(opError({ type: 'addPage', index: 2, page: newPageWith('page-3', [boxFrame('frame-x'), boxFrame('frame-x')]) })).toBe('frame id "frame-x" is already used');
    });

    it('refuses an index past the end, and a page that is not there', () => {
      expect(opError({ type: 'addPage', index: 3, page: newPageWith('page-3', []) })).toBe('page index 3 is past the end of the edition');
      expect(opError({ type: 'removePage', pageId: 'page-404' })).toBe('no page "page-404"');
    });
  });

  describe('updateParagraphStyle', () => {
    it('changes a style and its inverse changes it back', () => {
      const edition = applyAndUndo({ type: 'updateParagraphStyle', styleId: ParagraphStyleIds.body, patch: { size: 10.5, leading: 14, firstLineIndentEm: 0 } });
      expect(edition.styles.paragraph.find((s) => s.id === ParagraphStyleIds.body)).toMatchObject({ size: 10.5, leading: 14, firstLineIndentEm: 0, name: '正文' });
      expectValid(edition);
    });

    it('sets the size from a 字号 name, and names the 字号 of a size given in points', () => {
      const body = (e: Edition) => e.styles.paragraph.find((s) => s.id === ParagraphStyleIds.body);
      expect(body(sampleEdition())).toMatchObject({ size: 9, sizeName: '小五' });
      const named = applyAndUndo({ type: 'updateParagraphStyle', styleId: ParagraphStyleIds.body, patch: { sizeName: '五号' } });
      expect(body(named)).toMatchObject({ size: 10.5, sizeName: '五号' });
      expectValid(named);
      const points = applyAndUndo({ type: 'updateParagraphStyle', styleId: ParagraphStyleIds.body, patch: { size: 11 } });
      expect(body(points)).toMatchObject({ size: 11, sizeName: null });
      expectValid(points);
      expect(body(applyOp(sampleEdition(), { type: 'updateParagraphStyle', styleId: ParagraphStyleIds.body, patch: { size: 22 } }).edition)).toMatchObject({ sizeName: '二号' });
    });

    it('refuses a 字号 the edition’s table lacks, or one that disagrees with the size given with it', () => {
      expect(opError({ type: 'updateParagraphStyle', styleId: ParagraphStyleIds.body, patch: { sizeName: '新五号' } })).toBe('no 字号 "新五号" in this edition\'s size table');
      expect(opError({ type: 'updateParagraphStyle', styleId: ParagraphStyleIds.body, patch: { sizeName: '五号', size: 9 } })).toBe('五号 is 10.5 pt, but the size given is 9 pt');
    });

    it('sets the orphan rule and hanging punctuation, and refuses a rule below one character', () => {
      const edition = applyAndUndo({ type: 'updateParagraphStyle', styleId: ParagraphStyleIds.body, patch: { minLastLineChars: 3, hangingPunctuation: true } });
      expect(edition.styles.paragraph.find((s) => s.id === ParagraphStyleIds.body)).toMatchObject({ minLastLineChars: 3, hangingPunctuation: true });
      expect(opError({ type: 'updateParagraphStyle', styleId: ParagraphStyleIds.body, patch: { minLastLineChars: 0 } })).toMatch(/^paragraph style 正文: \$\.minLastLineChars /u);
      expect(opError({ type: 'updateParagraphStyle', styleId: ParagraphStyleIds.body, patch: { minLastLineChars: 1.5 } })).toMatch(/^paragraph style 正文: \$\.minLastLineChars /u);
    });

    it('refuses a missing style, an id change and an invalid value', () => {
      expect(opError({ type: 'updateParagraphStyle', styleId: 'p-nonesuch', patch: { size: 9 } })).toBe('no paragraph style "p-nonesuch"');
      expect(opError({ type: 'updateParagraphStyle', styleId: ParagraphStyleIds.body, patch: { id: 'p-x' } })).toBe('a style patch cannot change its id');
      expect(opError({ type: 'updateParagraphStyle', styleId: ParagraphStyleIds.body, patch: { size: -1 } })).toMatch(/^paragraph style 正文: \$\.size /u);
      expect(opError({ type: 'updateParagraphStyle', styleId: ParagraphStyleIds.body, patch: { colour: 'red' } })).toMatch(/^paragraph style 正文: .*colour/u);
    });
  });

  describe('addStory / removeStory', () => {
    const extra = story('story-new', '新稿', [paragraph('para-new', ParagraphStyleIds.body, '新稿正文。')]);

    it('adds a story at an index and its inverse removes it', () => {
      const edition = applyAndUndo({ type: 'addStory', index: 0, story: extra });
      expect(edition.stories.map((s) => s.id)).toEqual(['story-new', 'story-1', 'story-2', 'story-3']);
      expectValid(edition);
    });

    it('removes an unplaced story and its inverse restores it at its index', () => {
      const edition = applyAndUndo({ type: 'removeStory', storyId: 'story-3' });
      expect(edition.stories.map((s) => s.id)).toEqual(['story-1', 'story-2']);
      expectValid(edition);
    });

    it('refuses to remove a story placed in a text frame', () => {
      expect(opError({ type: 'removeStory', storyId: 'story-1' })).toBe('story "区委全会" is placed on page A01; remove its frames first');
    });

    it('refuses to remove a story that holds a photo caption', () => {
      const captionOnly = applyOp(sampleEdition(), { type: 'removeFrame', pageId: 'page-2', frameId: 'frame-7' }).edition;
      expect(opError({ type: 'removeStory', storyId: 'story-2' }, captionOnly)).toMatch(/^story "图片新闻" is placed on page A01/u);
    });

    it('refuses to remove a story placed on a master', () => {
      const base = sampleEdition();
      const master = base.masters[0]!;
      const onMaster = { ...base, masters: [{ ...master, frames: [...master.frames, newTextFrame('frame-m', { x: 0, y: 0, width: 10, height: 10 }, { storyId: 'story-3' })] }] };
      expect(opError({ type: 'removeStory', storyId: 'story-3' }, onMaster)).toMatch(/^story "备用稿" is placed on master 要闻眉/u);
    });

    it('refuses a duplicate story id, an index past the end and a missing story', () => {
      expect(opError({ type: 'addStory', index: 0, story: { ...extra, id: 'story-2' } })).toBe('story id "story-2" is already used');
      expect(opError({ type: 'addStory', index: 4, story: extra })).toBe('story index 4 is past the end of the edition');
      expect(opError({ type: 'removeStory', storyId: 'story-404' })).toBe('no story "story-404"');
    });
  });

  describe('batch', () => {
    const ops: Op[] = [
      { type: 'moveFrame', pageId: 'page-1', frameId: 'frame-5', x: 1, y: 2 },
      { type: 'addFrame', pageId: 'page-1', index: 0, frame: newImageFrame('frame-new', { x: 5, y: 5, width: 50, height: 50 }, { assetId: 'asset-1' }) },
      { type: 'resizeFrame', pageId: 'page-1', frameId: 'frame-new', x: 6, y: 6, width: 60, height: 40 },
      { type: 'updateParagraphStyle', styleId: ParagraphStyleIds.headline, patch: { size: 26 } },
      { type: 'removePage', pageId: 'page-2' },
    ];

    it('applies its ops in order, each seeing the last one’s result, and undoes them as one step', () => {
      const edition = applyAndUndo({ type: 'batch', ops });
      expect(edition.pages).toHaveLength(1);
      expect(frameOf(edition, 0, 'frame-new')).toMatchObject({ x: 6, y: 6, width: 60, height: 40 });
      expect(frameOf(edition, 0, 'frame-5')).toMatchObject({ x: 1, y: 2 });
    });

    it('gives an inverse that runs the child inverses in reverse order', () => {
      const { inverse } = applyOps(sampleEdition(), ops);
      expect(inverse.type).toBe('batch');
      // page-2 holds the end of a thread, so its removal is itself a batch (unlink, then remove).
      expect(inverse.type === 'batch' && inverse.ops.map((op) => op.type)).toEqual(['batch', 'updateParagraphStyle', 'resizeFrame', 'removeFrame', 'moveFrame']);
    });

    it('applyOps matches one batch op', () => {
      expect(applyOps(sampleEdition(), ops).edition).toStrictEqual(applyOp(sampleEdition(), { type: 'batch', ops }).edition);
    });

    it('applies nothing when one op fails', () => {
      const bad: Op[] = [...ops.slice(0, 2), { type: 'moveFrame', pageId: 'page-2', frameId: 'frame-404', x: 0, y: 0 }];
      expect(opError({ type: 'batch', ops: bad })).toBe('no frame "frame-404" on page A02');
    });

    it('nests', () => {
      applyAndUndo({ type: 'batch', ops: [{ type: 'batch', ops: ops.slice(0, 2) }, { type: 'batch', ops: ops.slice(2) }] });
    });
  });

  describe('threads', () => {
    const frameById = (edition: Edition, id: string): Frame | undefined => edition.pages.flatMap((p) => p.frames).find((f) => f.id === id);

    it('removing a frame in the middle of a thread joins its neighbours, and undo restores the links', () => {
      // page-1 frame-3 → page-2 frame-6; insert frame-9 between them on page-2 first.
      const middle = newTextFrame('frame-9', { x: 300, y: 48, width: 100, height: 100 }, { storyId: 'story-1', prev: { pageId: 'page-1', frameId: 'frame-3' }, next: { pageId: 'page-2', frameId: 'frame-6' } });
      const threaded = applyOps(sampleEdition(), [
        { type: 'addFrame', pageId: 'page-2', index: 0, frame: middle },
        { type: 'updateFrame', pageId: 'page-1', frameId: 'frame-3', patch: { next: { pageId: 'page-2', frameId: 'frame-9' } } },
        { type: 'updateFrame', pageId: 'page-2', frameId: 'frame-6', patch: { prev: { pageId: 'page-2', frameId: 'frame-9' } } },
      ]).edition;
      expectValid(threaded);
      const edition = applyAndUndo({ type: 'removeFrame', pageId: 'page-2', frameId: 'frame-9' }, threaded);
      expectValid(edition);
      expect(frameById(edition, 'frame-3')).toMatchObject({ next: { pageId: 'page-2', frameId: 'frame-6' } });
      expect(frameById(edition, 'frame-6')).toMatchObject({ prev: { pageId: 'page-1', frameId: 'frame-3' } });
    });

    it('removing the last frame of a thread ends the thread at the one before', () => {
      const edition = applyAndUndo({ type: 'removeFrame', pageId: 'page-2', frameId: 'frame-6' });
      expectValid(edition);
      expect(frameById(edition, 'frame-3')).toMatchObject({ next: null });
    });

    it('removing a page whose frames are threaded elsewhere unlinks them and stays valid', () => {
      const edition = applyAndUndo({ type: 'removePage', pageId: 'page-1' });
      expectValid(edition);
      expect(frameById(edition, 'frame-6')).toMatchObject({ prev: null });
    });
  });
});

describe('object identity through an edit', () => {
  it('keeps the objects of paragraphs an updateStory patch passes through unchanged, so composers can reuse their work', () => {
    const edition = sampleEdition();
    const target = edition.stories[0]!;
    const [first, ...rest] = target.paragraphs;
    const edited = { ...first!, runs: [{ text: '改过的第一段', charStyle: null, marks: [] }] };
    const { edition: next } = applyOp(edition, { type: 'updateStory', storyId: target.id, patch: { paragraphs: [edited, ...rest] } });
    const after = next.stories.find((s) => s.id === target.id)!;
    expect(after.paragraphs[0]).toEqual(edited);
    after.paragraphs.slice(1).forEach((p, i) => expect(p).toBe(rest[i]));
    // Stories the op did not touch are the same objects too.
    next.stories.filter((s) => s.id !== target.id).forEach((s) => expect(s).toBe(edition.stories.find((o) => o.id === s.id)));
  });
});
