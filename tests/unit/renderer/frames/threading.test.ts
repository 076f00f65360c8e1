import { describe, expect, it } from 'vitest';
import { linkOps, unlinkOps } from '../../../../src/renderer/frames/threading';
import { applyOps, checkReferences, type Edition, newTextFrame, type TextFrame } from '../../../../src/shared/model';
import { sampleEdition } from '../../shared/model/fixtures';
import { pageOf } from './fixtures';

/** The sample plus two empty text frames: frame-9 on page 1 and frame-10 on page 2. */
function withEmptyFrames(): Edition {
  const edition = sampleEdition();
  return applyOps(edition, [
    { type: 'addFrame', pageId: 'page-1', index: 3, frame: newTextFrame('frame-9', { x: 700, y: 500, width: 200, height: 200 }) },
    { type: 'addFrame', pageId: 'page-2', index: 3, frame: newTextFrame('frame-10', { x: 700, y: 500, width: 200, height: 200 }) },
  ]).edition;
}

function text(edition: Edition, pageId: string, id: string): TextFrame {
  return pageOf(edition, pageId).frames.find((f) => f.id === id) as TextFrame;
}

const ref = (pageId: string, frameId: string) => ({ pageId, frameId });

describe('linkOps', () => {
  it('links the end of a thread to an empty frame on another page, which takes the story', () => {
    const edition = withEmptyFrames();
    const result = linkOps(edition, ref('page-2', 'frame-6'), ref('page-1', 'frame-9'));
    if (!result.ok) throw new Error(result.reason);
    const after = applyOps(edition, result.ops).edition;
    expect(text(after, 'page-2', 'frame-6').next).toEqual(ref('page-1', 'frame-9'));
    expect(text(after, 'page-1', 'frame-9')).toMatchObject({ prev: ref('page-2', 'frame-6'), storyId: 'story-1' });
    expect(checkReferences(after)).toEqual([]);
  });

  it('puts the target in between when the source already continues somewhere', () => {
    const edition = withEmptyFrames();
    const result = linkOps(edition, ref('page-1', 'frame-3'), ref('page-1', 'frame-9'));
    if (!result.ok) throw new Error(result.reason);
    const after = applyOps(edition, result.ops).edition;
    expect(text(after, 'page-1', 'frame-3').next).toEqual(ref('page-1', 'frame-9'));
    expect(text(after, 'page-1', 'frame-9')).toMatchObject({ prev: ref('page-1', 'frame-3'), next: ref('page-2', 'frame-6') });
    expect(text(after, 'page-2', 'frame-6').prev).toEqual(ref('page-1', 'frame-9'));
    expect(checkReferences(after)).toEqual([]);
  });

  it('refuses a frame that already continues a thread, one with another story, itself, a loop and a non-text frame', () => {
    const edition = withEmptyFrames();
    expect(linkOps(edition, ref('page-1', 'frame-9'), ref('page-2', 'frame-6'))).toEqual({ ok: false, reason: 'hasPrev' });
    expect(linkOps(edition, ref('page-2', 'frame-6'), ref('page-2', 'frame-7'))).toEqual({ ok: false, reason: 'otherStory' });
    expect(linkOps(edition, ref('page-1', 'frame-9'), ref('page-1', 'frame-9'))).toEqual({ ok: false, reason: 'same' });
    // frame-3 heads frame-6's own thread: linking back to it would make a loop.
    expect(linkOps(edition, ref('page-2', 'frame-6'), ref('page-1', 'frame-3'))).toEqual({ ok: false, reason: 'cycle' });
    expect(linkOps(edition, ref('page-1', 'frame-9'), ref('page-1', 'frame-4'))).toEqual({ ok: false, reason: 'notText' });
    // A loop: frame-9 → frame-10, then frame-10 back to frame-9's head is refused.
    const first = linkOps(edition, ref('page-1', 'frame-9'), ref('page-2', 'frame-10'));
    if (!first.ok) throw new Error(first.reason);
    const chained = applyOps(edition, first.ops).edition;
    expect(linkOps(chained, ref('page-2', 'frame-10'), ref('page-1', 'frame-9'))).toEqual({ ok: false, reason: 'cycle' });
  });
});

describe('unlinkOps', () => {
  it('cuts the thread after a frame and empties the frames that followed', () => {
    const edition = sampleEdition();
    const after = applyOps(edition, unlinkOps(edition, ref('page-1', 'frame-3'))).edition;
    expect(text(after, 'page-1', 'frame-3')).toMatchObject({ storyId: 'story-1', next: null });
    expect(text(after, 'page-2', 'frame-6')).toMatchObject({ storyId: null, prev: null });
    expect(checkReferences(after)).toEqual([]);
    expect(unlinkOps(after, ref('page-1', 'frame-3'))).toEqual([]);
  });
});
