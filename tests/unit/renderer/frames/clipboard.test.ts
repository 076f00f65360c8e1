import { describe, expect, it } from 'vitest';
import { copyFrames, pasteOps } from '../../../../src/renderer/frames/clipboard';
import { freshIds as idFactory } from '../../../../src/renderer/state/ids';
import { applyOps, checkReferences, type Edition, type Frame, type TextFrame } from '../../../../src/shared/model';
import { sampleEdition } from '../../shared/model/fixtures';
import { counter, pageOf } from './fixtures';

function paste(edition: Edition, pageId: string, frameIds: string[], fromPage: string, offset = { dx: 0, dy: 0 }) {
  const clip = copyFrames(pageOf(edition, fromPage), frameIds);
  if (!clip) throw new Error('nothing copied');
  const result = pasteOps(edition, pageOf(edition, pageId), clip, idFactory(edition, counter()), offset);
  const after = applyOps(edition, result.ops).edition;
  const pasted = result.frameIds.map((id) => pageOf(after, pageId).frames.find((f) => f.id === id) as Frame);
  return { after, pasted, result };
}

describe('pasteOps', () => {
  it('pastes copies with new ids on top of another page, where they were, and the edition stays valid', () => {
    const { after, pasted } = paste(sampleEdition(), 'page-2', ['frame-4', 'frame-5'], 'page-1');
    expect(pasted.map((f) => [f.kind, f.id, f.x, f.y])).toEqual([
      ['image', 'frame-a1', 410.705, 48.189],
      ['box', 'frame-a2', 600, 700],
    ]);
    expect(pageOf(after, 'page-2').frames.slice(-2).map((f) => f.id)).toEqual(['frame-a1', 'frame-a2']);
    expect(checkReferences(after)).toEqual([]);
  });

  it('pastes a text frame whose story is still placed as an empty frame of the same shape', () => {
    const { after, pasted } = paste(sampleEdition(), 'page-1', ['frame-3'], 'page-1', { dx: 10, dy: 10 });
    const copy = pasted[0] as TextFrame;
    expect(copy).toMatchObject({ storyId: null, prev: null, next: null, columns: 3, gutter: 9, width: 369, x: 42.705, y: 58.189 });
    expect(checkReferences(after)).toEqual([]);
  });

  it('takes the story along when it is placed nowhere else (cut and paste), keeping links between pasted frames', () => {
    const edition = sampleEdition();
    // Cut both frames of story-1's thread (one per page) …
    const clip1 = copyFrames(pageOf(edition, 'page-1'), ['frame-3']);
    const clip2 = copyFrames(pageOf(edition, 'page-2'), ['frame-6']);
    const cut = applyOps(edition, [
      { type: 'removeFrame', pageId: 'page-1', frameId: 'frame-3' },
      { type: 'removeFrame', pageId: 'page-2', frameId: 'frame-6' },
    ]).edition;
    // … and paste them together on page 2: the thread between them survives, with new ids.
    const clip = { sourcePageId: 'page-1', frames: [...(clip1?.frames ?? []), ...(clip2?.frames ?? [])] };
    const result = pasteOps(cut, pageOf(cut, 'page-2'), clip, idFactory(cut, counter()), { dx: 0, dy: 0 });
    const after = applyOps(cut, result.ops).edition;
    const [a, b] = result.frameIds.map((id) => pageOf(after, 'page-2').frames.find((f) => f.id === id) as TextFrame);
    expect(a).toMatchObject({ storyId: 'story-1', prev: null, next: { pageId: 'page-2', frameId: b?.id } });
    expect(b).toMatchObject({ storyId: 'story-1', prev: { pageId: 'page-2', frameId: a?.id }, next: null });
    expect(checkReferences(after)).toEqual([]);
  });

  it('drops a thread link to a frame that was not pasted along', () => {
    const edition = sampleEdition();
    const clip = copyFrames(pageOf(edition, 'page-1'), ['frame-3']);
    const cut = applyOps(edition, [{ type: 'removeFrame', pageId: 'page-1', frameId: 'frame-3' }]).edition;
    // frame-6 on page 2 now heads story-1, so the pasted copy arrives empty.
    const result = pasteOps(cut, pageOf(cut, 'page-1'), clip as NonNullable<typeof clip>, idFactory(cut, counter()), { dx: 0, dy: 0 });
    const after = applyOps(cut, result.ops).edition;
    expect(pageOf(after, 'page-1').frames.at(-1)).toMatchObject({ storyId: null, prev: null, next: null });
    expect(checkReferences(after)).toEqual([]);
  });

  it('gives pasted groups a group of their own', () => {
    const edition = sampleEdition();
    const grouped = applyOps(edition, [
      { type: 'updateFrame', pageId: 'page-1', frameId: 'frame-4', patch: { groupId: 'g1' } },
      { type: 'updateFrame', pageId: 'page-1', frameId: 'frame-5', patch: { groupId: 'g1' } },
    ]).edition;
    const { pasted } = paste(grouped, 'page-1', ['frame-4', 'frame-5'], 'page-1', { dx: 14, dy: 14 });
    expect(new Set(pasted.map((f) => f.groupId))).toEqual(new Set(['group-a3']));
  });
});

describe('idFactory', () => {
  it('never hands out an id the edition already uses', () => {
    const ids = ['3', '3', '9'];
    const next = idFactory(sampleEdition(), () => ids.shift() ?? 'x');
    // "frame-3" exists in the fixture, so the factory draws again.
    expect(next('frame')).toBe('frame-9');
  });
});
