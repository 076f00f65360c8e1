import { describe, expect, it } from 'vitest';
import { applyOp, type Edition, type Op, OpError, OpSchema, parseEdition } from '../../../../../src/shared/model';
import { deepFreeze, paragraph, sampleEdition } from '../fixtures';

/** Applies `op` to a frozen sample, checks the inverse restores it exactly, returns the result. */
function applyAndUndo(op: Op, start: Edition = sampleEdition()): Edition {
  const original = deepFreeze(start);
  const snapshot = structuredClone(original);
  expect(OpSchema.safeParse(op).success).toBe(true);
  const { edition, inverse } = applyOp(original, op);
  expect(edition).not.toStrictEqual(snapshot);
  expect(applyOp(deepFreeze(edition), inverse).edition).toStrictEqual(snapshot);
  const parsed = parseEdition(edition);
  expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  return edition;
}

describe('movePage', () => {
  it('moves a page and renumbers every page, and moves it back on undo', () => {
    const edition = applyAndUndo({ type: 'movePage', pageId: 'page-2', index: 0 });
    expect(edition.pages.map((p) => [p.id, p.number])).toEqual([['page-2', 1], ['page-1', 2]]);
  });

  it('refuses an index past the last page', () => {
    expect(() => applyOp(sampleEdition(), { type: 'movePage', pageId: 'page-1', index: 2 })).toThrow(OpError);
  });
});

describe('updatePage', () => {
  it('changes label, section and guides', () => {
    const edition = applyAndUndo({ type: 'updatePage', pageId: 'page-1', patch: { label: 'A02', section: '综合', guides: { vertical: [100], horizontal: [200.5] } } });
    expect(edition.pages[0]).toMatchObject({ label: 'A02', section: '综合', guides: { vertical: [100], horizontal: [200.5] } });
  });

  it('applies a master only if it exists, and never changes id, number or frames', () => {
    expect(() => applyOp(sampleEdition(), { type: 'updatePage', pageId: 'page-1', patch: { masterId: 'nope' } })).toThrow(/no master "nope"/);
    for (const key of ['id', 'number', 'frames']) expect(() => applyOp(sampleEdition(), { type: 'updatePage', pageId: 'page-1', patch: { [key]: 'x' } })).toThrow(OpError);
    expect(applyAndUndo({ type: 'updatePage', pageId: 'page-1', patch: { masterId: null } }).pages[0]?.masterId).toBe(null);
  });
});

describe('updateMeta', () => {
  it('changes the date, issue and credits, and undo puts them back', () => {
    const edition = applyAndUndo({ type: 'updateMeta', patch: { date: '2023-05-16', issue: 1024, credits: { editor: '王芳', designer: '', proofreader: '' } } });
    expect(edition.meta).toMatchObject({ date: '2023-05-16', issue: 1024, credits: { editor: '王芳' } });
  });

  it('refuses details the model would not take: a day that does not exist, an empty paper', () => {
    expect(() => applyOp(sampleEdition(), { type: 'updateMeta', patch: { date: '2023-02-30' } })).toThrow(OpError);
    expect(() => applyOp(sampleEdition(), { type: 'updateMeta', patch: { paper: '' } })).toThrow(OpError);
  });
});

describe('reorderFrame', () => {
  it('brings a frame to the front (the end of the list) and back on undo', () => {
    const before = sampleEdition().pages[0]!.frames.map((f) => f.id);
    const edition = applyAndUndo({ type: 'reorderFrame', pageId: 'page-1', frameId: before[0]!, index: before.length - 1 });
    expect(edition.pages[0]!.frames.map((f) => f.id)).toEqual([...before.slice(1), before[0]]);
  });
});

describe('updateStory', () => {
  it('replaces a story’s paragraphs, as the story editor sends them', () => {
    const text = [paragraph('para-new', 'p-zhengwen', '改过的正文。')];
    const edition = applyAndUndo({ type: 'updateStory', storyId: 'story-1', patch: { paragraphs: text, status: 'edited' } });
    expect(edition.stories.find((s) => s.id === 'story-1')).toMatchObject({ paragraphs: text, status: 'edited' });
  });

  it('refuses a patch the story schema rejects, naming the story', () => {
    expect(() => applyOp(sampleEdition(), { type: 'updateStory', storyId: 'story-1', patch: { paragraphs: 'text' } })).toThrow(/story /);
    expect(() => applyOp(sampleEdition(), { type: 'updateStory', storyId: 'story-1', patch: { id: 'x' } })).toThrow(OpError);
  });

  it('checks a paragraphs-only patch (typing) as strictly as a whole story, with the same message', () => {
    const edition = sampleEdition();
    const story = edition.stories.find((s) => s.id === 'story-1')!;
    const bad = [...story.paragraphs, { id: 'para-bad', style: 'p-zhengwen', runs: [{ text: 1, charStyle: null, marks: [] }] }];
    const extra = [...story.paragraphs, { ...paragraph('para-extra', 'p-zhengwen', '多余的键。'), colour: 'red' }];
    for (const paragraphs of [bad, extra]) {
      // Only `paragraphs` takes the path that checks new paragraphs alone; with `status` the whole story is checked.
      const alone = (() => {
        try {
          applyOp(edition, { type: 'updateStory', storyId: 'story-1', patch: { paragraphs } });
          return 'accepted';
        } catch (error) {
          return (error as Error).message;
        }
      })();
      expect(alone).toMatch(/^story /u);
      expect(() => applyOp(edition, { type: 'updateStory', storyId: 'story-1', patch: { paragraphs, status: story.status } })).toThrow(alone);
    }
  });

  it('keeps the story’s own paragraph list when a paragraphs-only patch changes nothing', () => {
    const edition = sampleEdition();
    const story = edition.stories.find((s) => s.id === 'story-1')!;
    const { edition: next } = applyOp(edition, { type: 'updateStory', storyId: 'story-1', patch: { paragraphs: [...story.paragraphs] } });
    expect(next.stories.find((s) => s.id === 'story-1')!.paragraphs).toBe(story.paragraphs);
  });
});

describe('addAsset and removeAsset', () => {
  const asset = { id: 'asset-2', kind: 'image', path: 'assets/b.tif', mime: 'image/tiff', pixelWidth: 2000, pixelHeight: 1500, description: '', colorSpace: 'cmyk', ppi: 300, caption: '县城一景', credit: '李森', preview: 'assets/b.preview.jpg' } as const;

  it('adds an imported image and removes it on undo', () => {
    expect(applyAndUndo({ type: 'addAsset', index: 1, asset }).assets.map((a) => a.id)).toEqual(['asset-1', 'asset-2']);
  });

  it('refuses to remove an image that is still placed, saying where', () => {
    expect(() => applyOp(sampleEdition(), { type: 'removeAsset', assetId: 'asset-1' })).toThrow(/placed on page A01/);
  });
});
