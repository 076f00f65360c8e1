import { describe, expect, it } from 'vitest';
import { placedOn, storyRows } from '../../../../src/renderer/stories/storyRows';
import { sampleEdition } from '../../shared/model/fixtures';

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
});
