import { describe, expect, it } from 'vitest';
import { dropBox, fittedBox, MAX_DROP_SPAN, placeStoryOps, storyDepth, type StoryOverset } from '../../../../src/renderer/stories/placeStory';
import { flowPlacedStory } from '../../../../src/shared/layout/page';
import { applyOps, columnEdges, type Edition, newPage, ParagraphStyleIds, spanWidth, type Story, type TextFrame, typeArea } from '../../../../src/shared/model';
import { fakeComposer } from '../../shared/layout/flow/fakeComposer';
import { ENV } from '../../shared/layout/flow/fixtures';
import { paragraph, sampleEdition, story } from '../../shared/model/fixtures';

/** The sample edition with an empty third page to drop on. */
function withEmptyPage(): Edition {
  const base = sampleEdition();
  return { ...base, pages: [...base.pages, newPage({ id: 'page-3', number: 3, label: 'A03', section: '综合', masterId: null })] };
}

const longStory = (chars: number): Story =>
  story('story-long', '长稿', [paragraph('l1', ParagraphStyleIds.headline, '标题标题'), paragraph('l2', ParagraphStyleIds.body, '字'.repeat(chars))]);

describe('dropBox', () => {
  it('starts at the column under the pointer, on the baseline grid, spanning free columns up to four', () => {
    const edition = withEmptyPage();
    const page = edition.pages[2]!;
    const edges = columnEdges(edition.format);
    const area = typeArea(edition.format);
    const pitch = edition.format.baselineGrid.pitch;
    const point = { x: (edges[1]!.left + edges[1]!.right) / 2, y: area.y + 10.3 * pitch };
    const box = dropBox(edition, page, longStory(3000), point);
    expect(box.x).toBe(edges[1]!.left);
    expect(box.columns).toBe(MAX_DROP_SPAN);
    expect(box.width).toBe(spanWidth(edition.format, MAX_DROP_SPAN));
    expect((box.y - area.y) / pitch).toBeCloseTo(10, 6);
    expect(box.height % pitch).toBeCloseTo(0, 6);
  });

  it('spans fewer columns where a frame blocks the columns to the right', () => {
    const edition = sampleEdition();
    const page = edition.pages[0]!;
    const edges = columnEdges(edition.format);
    // frame-3 covers x 32.7–401.7 from y 48 down to 448; the drop is below it, in the column left of the box frame.
    const box = dropBox(edition, page, longStory(500), { x: edges[0]!.left + 5, y: 600 });
    expect(box.x).toBe(edges[0]!.left);
    expect(box.y + box.height).toBeLessThanOrEqual(typeArea(edition.format).y + typeArea(edition.format).height + 0.001);
    const box2 = dropBox(edition, page, longStory(500), { x: edges[0]!.left + 5, y: 100 });
    // Starting inside frame-3's columns: no free column beside it, so one column.
    expect(box2.columns).toBe(1);
  });

  it('is as deep as the story needs at that width, never deeper than the room below', () => {
    const edition = withEmptyPage();
    const page = edition.pages[2]!;
    const edges = columnEdges(edition.format);
    const area = typeArea(edition.format);
    const at = { x: edges[0]!.left + 1, y: area.y + 1 };
    const short = dropBox(edition, page, longStory(200), at);
    const long = dropBox(edition, page, longStory(2000), at);
    expect(short.height).toBeLessThan(long.height);
    expect(short.height).toBe(storyDepth(edition, longStory(200), short.columns));
    const huge = dropBox(edition, page, longStory(100000), at);
    expect(huge.height).toBeLessThanOrEqual(area.height);
  });
});

describe('placeStoryOps', () => {
  it('adds a text frame of the story, divided into the columns it spans', () => {
    const edition = sampleEdition();
    const spare = edition.stories[2]!;
    const page = edition.pages[1]!;
    const { ops, frame } = placeStoryOps(edition, page, spare, { x: 500, y: 600 }, 'frame-new');
    expect(ops).toHaveLength(1);
    const after = applyOps(edition, ops).edition;
    const placed = after.pages[1]!.frames.find((f) => f.id === 'frame-new') as TextFrame;
    expect(placed).toEqual(frame);
    expect(placed).toMatchObject({ kind: 'text', storyId: spare.id, prev: null, next: null, gutter: edition.format.gutter });
    expect(placed.width).toBe(spanWidth(edition.format, placed.columns));
  });

  it('threads a story that is already placed on after its last frame', () => {
    const edition = sampleEdition();
    const lead = edition.stories[0]!;
    const page = edition.pages[1]!;
    const { ops } = placeStoryOps(edition, page, lead, { x: 500, y: 600 }, 'frame-new');
    const after = applyOps(edition, ops).edition;
    const last = after.pages[1]!.frames.find((f) => f.id === 'frame-6') as TextFrame;
    const added = after.pages[1]!.frames.find((f) => f.id === 'frame-new') as TextFrame;
    expect(last.next).toEqual({ pageId: 'page-2', frameId: 'frame-new' });
    expect(added.prev).toEqual({ pageId: 'page-2', frameId: 'frame-6' });
  });
});

describe('fitting the dropped frame to its text with the engine', () => {
  // The real flow with the fake composer (1 em a character): what the engine says is overset.
  const overset: StoryOverset = (edition, storyId) => {
    const flow = flowPlacedStory(edition, storyId, ENV, fakeComposer());
    return flow === null ? null : (flow.overset?.chars ?? 0) > 0;
  };

  it('makes the frame the fewest grid lines deep at which the story is not overset', () => {
    const empty = withEmptyPage();
    const page = empty.pages[2]!;
    const edges = columnEdges(empty.format);
    const area = typeArea(empty.format);
    const pitch = empty.format.baselineGrid.pitch;
    const at = { x: edges[0]!.left + 1, y: area.y + 1 };
    for (const chars of [150, 600, 1400]) {
      const s = longStory(chars);
      const edition = { ...withEmptyPage(), stories: [...withEmptyPage().stories, s] };
      const { ops, frame } = placeStoryOps(edition, page, s, at, 'frame-new', overset);
      const placed = applyOps(edition, ops).edition;
      expect(overset(placed, s.id)).toBe(false);
      const shorter = applyOps(edition, [{ ...ops[0]!, frame: { ...frame, height: frame.height - pitch } } as (typeof ops)[number]]).edition;
      expect(overset(shorter, s.id)).toBe(true);
      expect((frame.height / pitch) % 1).toBeCloseTo(0, 6);
    }
  });

  it('takes the whole room when even that is too little, so the overset shows', () => {
    const huge = longStory(100000);
    const edition = { ...withEmptyPage(), stories: [...withEmptyPage().stories, huge] };
    const page = edition.pages[2]!;
    const area = typeArea(edition.format);
    const at = { x: columnEdges(edition.format)[0]!.left + 1, y: area.y + 1 };
    const { frame } = placeStoryOps(edition, page, huge, at, 'frame-new', overset);
    expect(frame.height).toBe(dropBox(edition, page, huge, at).room);
  });

  it('keeps the estimate while the engine cannot tell (fonts loading)', () => {
    const box = { x: 0, y: 0, width: 100, height: 120, columns: 1, room: 600 };
    expect(fittedBox(box, 12, () => null)).toEqual(box);
  });

  it('searches from the estimate: a right guess costs two tries', () => {
    const box = { x: 0, y: 0, width: 100, height: 10 * 12, columns: 1, room: 50 * 12 };
    const tried: number[] = [];
    const fitsFrom = (lines: number) => (height: number) => {
      tried.push(height / 12);
      return height >= lines * 12;
    };
    expect(fittedBox(box, 12, fitsFrom(10)).height).toBe(120);
    expect(tried).toEqual([50, 10, 6, 8, 9]);
    tried.length = 0;
    expect(fittedBox(box, 12, fitsFrom(23)).height).toBe(23 * 12);
  });
});

