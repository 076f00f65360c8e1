import { describe, expect, it } from 'vitest';
import { editionInfo } from '../../../../../src/main/cli/info/editionInfo';
import {
  counterIds,
  type Edition,
  emptyEdition,
  newImageFrame,
  newPage,
  newTextFrame,
  NO_WRAP,
  ParagraphStyleIds,
  type RuleFrame,
  type Story,
} from '../../../../../src/shared/model';

const para = (id: string, style: string, text: string) => ({ id, style, runs: [{ text, charStyle: null, marks: [] }] });

function story(id: string, paragraphs: Story['paragraphs']): Story {
  return { id, slug: id.toUpperCase(), status: 'draft', credits: [], paragraphs, importNotes: [] };
}

function edition(): Edition {
  const base = emptyEdition({
    preset: 'broadsheet',
    meta: { paper: '今日市中', date: '2023-05-15', issue: 7, totalIssue: null, credits: { editor: '甲', designer: '乙', proofreader: '丙' } },
    newId: counterIds(),
  });
  const withHeads = story('s-1', [
    para('p-1', ParagraphStyleIds.body, '本报讯 先有正文。'),
    para('p-2', ParagraphStyleIds.headline, '主题一'),
    para('p-3', ParagraphStyleIds.byline, '□记者 李森'),
    para('p-4', ParagraphStyleIds.headline, '主题二'),
  ]);
  const bare = story('s-2', [para('p-5', ParagraphStyleIds.body, 'Galley 排版 2 行\t文字')]);
  const onMaster = story('s-3', [para('p-6', ParagraphStyleIds.promo, '市中云报APP')]);
  const rule: RuleFrame = {
    id: 'rule-1',
    kind: 'rule',
    name: '',
    x: 1,
    y: 2,
    width: 300,
    height: 0,
    locked: false,
    wrap: NO_WRAP,
    groupId: null,
    stroke: { width: 0.5, color: { c: 0, m: 0, y: 0, k: 100 } },
  };
  const page = {
    ...newPage({ id: 'page-1', number: 1, label: 'A01', section: '要闻', masterId: 'm-1' }),
    frames: [
      newTextFrame('t-1', { x: 10, y: 20, width: 200, height: 300 }, { storyId: 's-1', columns: 3, gutter: 9, name: '头条' }),
      newImageFrame('i-1', { x: 10, y: 330, width: 120, height: 80 }, { assetId: 'a-1', name: 'photo.png' }),
      rule,
    ],
  };
  return {
    ...base,
    masters: [{ id: 'm-1', name: '要闻版', frames: [newTextFrame('mt-1', { x: 0, y: 0, width: 100, height: 12 }, { storyId: 's-3' })], guides: { vertical: [], horizontal: [] } }],
    pages: [page],
    stories: [withHeads, bare, onMaster],
    assets: [{ id: 'a-1', kind: 'image', path: 'assets/photo.png', mime: 'image/png', pixelWidth: 1600, pixelHeight: 1067, description: 'generated', colorSpace: null, ppi: null, caption: '', credit: '', preview: null }],
  };
}

describe('editionInfo', () => {
  const info = editionInfo(edition(), 'x.galley');

  it('takes the headline and byline from the first paragraph with each style, wherever it is', () => {
    expect(info.stories[0]).toMatchObject({ headline: '主题一', byline: '□记者 李森', paragraphs: 4 });
    expect(info.stories[1]).toMatchObject({ headline: null, byline: null, paragraphs: 1 });
  });

  it('joins paragraphs with \\n and counts 字 without whitespace', () => {
    expect(info.stories[0]?.text).toBe('本报讯 先有正文。\n主题一\n□记者 李森\n主题二');
    // 本报讯先有正文。(8) 主题一(3) □记者李森(5) 主题二(3)
    expect(info.stories[0]?.chars).toBe(19);
    // Galley排版2行文字: 6 + 2 + 1 + 1 + 2
    expect(info.stories[1]?.chars).toBe(12);
  });

  it('counts a story as placed when a page or a master frame shows it', () => {
    expect(info.stories.map((s) => s.placed)).toEqual([true, false, true]);
  });

  it('gives non-text frames 1 column, no gutter and no story; only image frames an asset', () => {
    const frames = info.pages[0]?.frames ?? [];
    expect(frames.map((f) => [f.kind, f.columns, f.gutter, f.storyId, f.assetId])).toEqual([
      ['text', 3, 9, 's-1', null],
      ['image', 1, 0, null, 'a-1'],
      ['rule', 1, 0, null, null],
    ]);
    expect(frames[0]).toEqual({ id: 't-1', kind: 'text', x: 10, y: 20, width: 200, height: 300, columns: 3, gutter: 9, storyId: 's-1', assetId: null, name: '头条' });
  });

  it('lists only the page’s own frames, and the format fields of the contract', () => {
    expect(info.pages[0]?.frames.map((f) => f.id)).toEqual(['t-1', 'i-1', 'rule-1']);
    expect(Object.keys(info.format).sort()).toEqual(['baselineGrid', 'bleed', 'bodySize', 'columns', 'gutter', 'margins', 'name', 'trim']);
    expect(info.name).toBe('x.galley');
    expect(info.meta.issue).toBe(7);
  });
});
