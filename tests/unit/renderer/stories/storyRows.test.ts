import { describe, expect, it } from 'vitest';
import { placedOn, storyRows } from '../../../../src/renderer/stories/storyRows';
import { applyOps, newTextFrame } from '../../../../src/shared/model';
import { paragraph, sampleEdition } from '../../shared/model/fixtures';

describe('storyRows', () => {
  it('lists each story with slug, status, 字 count, headline and the pages it is placed on', () => {
    const rows = storyRows(sampleEdition());
    expect(rows.map((r) => [r.slug, r.status, r.chars, r.headline, placedOn(r)])).toEqual([
      ['区委全会', 'draft', 8 + 5 + 18, '区委召开全体会议', ['A01', 'A02']],
      ['图片新闻', 'draft', 16, null, ['A02']],
      ['备用稿', 'draft', 7, null, []],
    ]);
    expect(rows[0]?.placements.map((p) => p.frameId)).toEqual(['frame-3', 'frame-6']);
  });

  it('counts a story again once its text changed, asked again for the next edition', () => {
    const before = sampleEdition();
    expect(storyRows(before).map((r) => r.chars)).toEqual([31, 16, 7]);
    const spare = before.stories[2]!;
    const typed = applyOps(before, [{ type: 'updateStory', storyId: spare.id, patch: { paragraphs: [...spare.paragraphs, paragraph('p-new', 'p-zhuti', '新的标题')] } }]).edition;
    expect(storyRows(typed).map((r) => [r.chars, r.headline])).toEqual([
      [31, '区委召开全体会议'],
      [16, null],
      [11, '新的标题'],
    ]);
    // The edition it started from still reads as it did.
    expect(storyRows(before).map((r) => r.chars)).toEqual([31, 16, 7]);
  });

  it('finds a story placed on another page once the pages changed', () => {
    const before = sampleEdition();
    const frame = newTextFrame('frame-new', { x: 40, y: 500, width: 200, height: 100 }, { storyId: before.stories[2]!.id });
    const placed = applyOps(before, [{ type: 'addFrame', pageId: 'page-1', index: before.pages[0]!.frames.length, frame }]).edition;
    expect(storyRows(placed).map(placedOn)).toEqual([['A01', 'A02'], ['A02'], ['A01']]);
    expect(storyRows(before).map(placedOn)).toEqual([['A01', 'A02'], ['A02'], []]);
  });
});
