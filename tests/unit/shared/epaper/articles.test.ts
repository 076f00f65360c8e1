import { describe, expect, it } from 'vitest';
import { collectArticles, pageArticles, pageHotspots } from '../../../../src/shared/epaper';
import { CharacterStyleIds } from '../../../../src/shared/model';
import { article, asset, column, edition, editionLayout, frameLayout, imageFrame, line, page, pageLayout, para, ring, S, story, textFrame } from './fixtures';

describe('collectArticles: which stories are articles', () => {
  it('takes stories with a 主题 paragraph that stand on an exported page, and no others', () => {
    const masthead = story('mast', [para('m1', 'p-baotou', '今日市中')]);
    const promo = story('promo', [para('pr1', S.promo, '市中云报APP')]);
    const emptyHeadline = story('empty', [para('e1', S.headline, '  '), para('e2', S.body, '正文')]);
    const elsewhere = article('elsewhere', '另一版的稿件');
    const lead = article('lead', '头条');
    const unplaced = article('unplaced', '没有上版');
    const ed = edition(
      [
        page('p1', 1, [
          textFrame('f-mast', { x: 40, y: 40, width: 600, height: 60 }, 'mast'),
          textFrame('f-promo', { x: 40, y: 1000, width: 600, height: 30 }, 'promo'),
          textFrame('f-empty', { x: 40, y: 500, width: 300, height: 100 }, 'empty'),
          textFrame('f-lead', { x: 40, y: 120, width: 300, height: 300 }, 'lead'),
        ]),
        page('p2', 2, [textFrame('f-else', { x: 40, y: 120, width: 300, height: 300 }, 'elsewhere')]),
      ],
      [masthead, promo, emptyHeadline, elsewhere, lead, unplaced],
    );
    const layout = editionLayout([pageLayout(ed, 'p1', [frameLayout('f-lead', 'lead', [column('lead', { x: 40, y: 120, width: 300, height: 300 }, 5)])])]);
    expect(collectArticles(ed, layout, ['p1']).map((a) => a.id)).toEqual(['lead']);
    expect(collectArticles(ed, layout, ['p1', 'p2']).map((a) => a.id)).toEqual(['lead', 'elsewhere']);
  });

  it('reads headlines by role, the byline as printed and the body by kind, drops 转版 lines and composes NFC', () => {
    const s = story('s', [
      para('k', S.kicker, '为民办实事'),
      para('h', S.headline, ' 区退役军人事务员培训班开班 '),
      para('u', S.subhead, '共培训学员120人'),
      para('b', S.byline, '□通讯员 单莹'),
      para('p1', S.body, '本报讯 Cafe\u0301 开业。'),
      para('x', S.crosshead, '线上线下结合'),
      para('j', S.jump, '（下转第二版）'),
      para('c', S.caption, '学员在课堂上。'),
      para('blank', S.body, ''),
    ]);
    const ed = edition([page('p1', 1, [textFrame('f', { x: 40, y: 120, width: 300, height: 300 }, 's')])], [s]);
    const [a] = collectArticles(ed, editionLayout([]), ['p1']);
    expect(a?.headlines).toEqual([
      { role: 'kicker', text: '为民办实事' },
      { role: 'main', text: '区退役军人事务员培训班开班' },
      { role: 'subhead', text: '共培训学员120人' },
    ]);
    expect(a?.headline).toBe('区退役军人事务员培训班开班');
    expect(a?.byline).toBe('□通讯员 单莹');
    expect(a?.body).toEqual([
      { kind: 'paragraph', text: '本报讯 Café 开业。' },
      { kind: 'crosshead', text: '线上线下结合' },
      { kind: 'caption', text: '学员在课堂上。' },
    ]);
    expect(a?.text).toBe('为民办实事\n区退役军人事务员培训班开班\n共培训学员120人\n□通讯员 单莹\n本报讯 Café 开业。\n线上线下结合\n学员在课堂上。');
    expect(a?.text.includes('下转')).toBe(false);
  });

  it('keeps bold and 着重号 as ranges of the body text, by what the character styles do', () => {
    const runs = [
      { text: '  本报讯 ', charStyle: null, marks: [] },
      { text: '5月14日', charStyle: CharacterStyleIds.bold, marks: [] },
      { text: '，', charStyle: CharacterStyleIds.bold, marks: [] },
      { text: '务必', charStyle: CharacterStyleIds.emphasis, marks: [] },
      { text: '落实。', charStyle: null, marks: [] },
    ];
    const s = story('s', [para('h', S.headline, '标题'), { id: 'p', style: S.body, runs }, para('q', S.body, '无样式。')]);
    const ed = edition([page('p1', 1, [textFrame('f', { x: 40, y: 120, width: 300, height: 300 }, 's')])], [s]);
    const [a] = collectArticles(ed, editionLayout([]), ['p1']);
    expect(a?.body).toEqual([
      {
        kind: 'paragraph',
        text: '本报讯 5月14日，务必落实。',
        styles: [
          { start: 4, end: 10, bold: true, emphasis: false },
          { start: 10, end: 12, bold: false, emphasis: true },
        ],
      },
      { kind: 'paragraph', text: '无样式。' },
    ]);
  });
});

describe('collectArticles: zones', () => {
  it('claims only the filled part of an under-full frame: columns to the foot of their text, gutters between them', () => {
    // Three columns of 100 pt with 10 pt gutters; the headline band over all three; the text
    // ends 5 lines into the second column and the third is empty.
    const box = { x: 40, y: 100, width: 320, height: 400 };
    const ed = edition([page('p1', 1, [textFrame('f', box, 's', { columns: 3, gutter: 10 })])], [article('s', '标题')]);
    const band = { ...column('s', { x: 40, y: 100, width: 320, height: 40 }, 2) };
    const layout = editionLayout([
      pageLayout(ed, 'p1', [frameLayout('f', 's', [band, column('s', { x: 40, y: 140, width: 100, height: 360 }, 20), column('s', { x: 150, y: 140, width: 100, height: 360 }, 5), { x: 260, y: 140, width: 100, height: 360, lines: [] }])]),
    ]);
    const [a] = collectArticles(ed, layout, ['p1']);
    // Column 1 ends at 140 + 10 + 19 × 12 + 1.2 = 379.2; column 2 at 140 + 10 + 4 × 12 + 1.2 = 199.2.
    expect(a?.zones.map((z) => z.polygons.map(ring))).toEqual([['40,100 360,100 360,140 250,140 250,199.2 140,199.2 140,379.2 40,379.2']]);
  });

  it('gives columns whose text ends within 10 mm of the deepest one a straight lower edge', () => {
    const ed = edition([page('p1', 1, [textFrame('f', { x: 40, y: 100, width: 210, height: 400 }, 's', { columns: 2, gutter: 10 })])], [article('s', '标题')]);
    const layout = editionLayout([pageLayout(ed, 'p1', [frameLayout('f', 's', [column('s', { x: 40, y: 100, width: 100, height: 400 }, 10), column('s', { x: 150, y: 100, width: 100, height: 400 }, 9)])])]);
    const [a] = collectArticles(ed, layout, ['p1']);
    expect(a?.zones[0]?.polygons.map(ring)).toEqual(['40,100 250,100 250,219.2 40,219.2']);
  });

  it('adds the ink of a line that stands out of its column, so every glyph is covered', () => {
    const ed = edition([page('p1', 1, [textFrame('f', { x: 40, y: 100, width: 100, height: 200 }, 's')])], [article('s', '标题')]);
    const hanging = line('s', 40, 122, 105);
    const col = { x: 40, y: 100, width: 100, height: 200, lines: [line('s', 40, 110, 100), hanging] };
    const [a] = collectArticles(ed, editionLayout([pageLayout(ed, 'p1', [frameLayout('f', 's', [col])])]), ['p1']);
    expect(a?.zones[0]?.polygons.map(ring)).toEqual(['40,100 140,100 140,113.2 145,113.2 145,123.2 40,123.2']);
  });

  it('clips a frame that bleeds off the page to the trim', () => {
    const ed = edition([page('p1', 1, [textFrame('f', { x: -20, y: 100, width: 100, height: 200 }, 's')])], [article('s', '标题')]);
    const [a] = collectArticles(ed, editionLayout([pageLayout(ed, 'p1', [frameLayout('f', 's', [column('s', { x: -20, y: 100, width: 100, height: 200 }, 3)])])]), ['p1']);
    expect(a?.zones[0]?.polygons.map(ring)).toEqual(['0,100 80,100 80,135.2 0,135.2']);
  });

  it('claims the whole frames of a story none of whose lines were set, so it can still be clicked', () => {
    const ed = edition([page('p1', 1, [textFrame('f', { x: 40, y: 100, width: 100, height: 20 }, 's')])], [article('s', '标题')]);
    const [a] = collectArticles(ed, editionLayout([pageLayout(ed, 'p1', [frameLayout('f', 's', [{ x: 40, y: 100, width: 100, height: 20, lines: [] }])])]), ['p1']);
    expect(a?.pageIds).toEqual(['p1']);
    expect(a?.zones[0]?.polygons.map(ring)).toEqual(['40,100 140,100 140,120 40,120']);
  });

  it('lists a threaded story once, at its first page, with a zone on every page its text reaches', () => {
    const ref = (pageId: string, frameId: string) => ({ pageId, frameId });
    const ed = edition(
      [
        page('p1', 1, [textFrame('a1', { x: 40, y: 100, width: 100, height: 100 }, 'long', { next: ref('p2', 'a2') }), textFrame('b', { x: 200, y: 100, width: 100, height: 100 }, 'b')]),
        page('p2', 2, [textFrame('c', { x: 40, y: 100, width: 100, height: 100 }, 'c'), textFrame('a2', { x: 200, y: 300, width: 100, height: 100 }, 'long', { prev: ref('p1', 'a1'), next: ref('p3', 'a3') })]),
        page('p3', 3, [textFrame('a3', { x: 40, y: 100, width: 100, height: 100 }, 'long', { prev: ref('p2', 'a2') })]),
      ],
      [article('long', '长稿'), article('b', '乙'), article('c', '丙')],
    );
    const layout = editionLayout([
      pageLayout(ed, 'p1', [frameLayout('a1', 'long', [column('long', { x: 40, y: 100, width: 100, height: 100 }, 8)]), frameLayout('b', 'b', [column('b', { x: 200, y: 100, width: 100, height: 100 }, 2)])]),
      pageLayout(ed, 'p2', [frameLayout('c', 'c', [column('c', { x: 40, y: 100, width: 100, height: 100 }, 2)]), frameLayout('a2', 'long', [column('long', { x: 200, y: 300, width: 100, height: 100 }, 8)])]),
      // The thread's last frame stays empty: the story ended on page 2.
      pageLayout(ed, 'p3', [frameLayout('a3', 'long', [{ x: 40, y: 100, width: 100, height: 100, lines: [] }])]),
    ]);
    const articles = collectArticles(ed, layout, ['p1', 'p2', 'p3']);
    expect(articles.map((a) => a.id)).toEqual(['long', 'b', 'c']);
    const long = articles[0];
    expect(long?.pageIds).toEqual(['p1', 'p2']);
    expect(long?.zones.map((z) => [z.pageId, z.polygons.map(ring)])).toEqual([
      ['p1', ['40,100 140,100 140,195.2 40,195.2']],
      ['p2', ['200,300 300,300 300,395.2 200,395.2']],
    ]);
    expect(pageArticles(articles, 'p2').map((a) => a.id)).toEqual(['c', 'long']);
    expect(pageHotspots(articles, 'p2')).toEqual([
      { articleId: 'c', headline: '丙', polygons: articles[2]?.zones[0]?.polygons },
      { articleId: 'long', headline: '长稿', polygons: long?.zones[1]?.polygons },
    ]);
  });
});

describe('collectArticles: reading order', () => {
  it('reads rows top to bottom and left to right within a row, tops within 5 mm making one row', () => {
    // right: 10 pt lower than left, so the same row; below: 20 pt lower, a new row.
    const boxes = { left: { x: 40, y: 100 }, right: { x: 400, y: 110 }, below: { x: 300, y: 130 }, photoStory: { x: 40, y: 400 } };
    const stories = Object.keys(boxes).map((id) => article(id, id));
    const frames = Object.entries(boxes).map(([id, at]) => textFrame(`f-${id}`, { ...at, width: 50, height: 50 }, id, { groupId: id === 'photoStory' ? 'g' : null }));
    // The photo above photoStory's text puts that story up where the photo is: between right and below.
    const photo = imageFrame('img', { x: 150, y: 120, width: 100, height: 60 }, 'pic', 'g');
    const ed = edition([page('p1', 1, [...frames, photo])], stories.reverse(), [asset('pic', 800, 600)]);
    const layout = editionLayout([pageLayout(ed, 'p1', Object.entries(boxes).map(([id, at]) => frameLayout(`f-${id}`, id, [column(id, { ...at, width: 50, height: 50 }, 2)])))]);
    expect(collectArticles(ed, layout, ['p1']).map((a) => a.id)).toEqual(['left', 'right', 'photoStory', 'below']);
  });
});

describe('collectArticles: pictures', () => {
  it('gives a grouped photo to its story, with the printed caption, the asset credit and the rendition size', () => {
    const s = story('s', [para('h', S.headline, '校园科技节'), para('p', S.body, '正文。'), para('cap', S.caption, '学生展示作品。（记者 郑晓琳 摄）')]);
    const ed = edition(
      [page('p1', 1, [imageFrame('img', { x: 40, y: 100, width: 300, height: 200 }, 'photo', 'g', { storyId: 's', paragraphId: 'cap' }), textFrame('f', { x: 40, y: 300, width: 300, height: 100 }, 's', { groupId: 'g' })])],
      [s],
      [asset('photo', 4000, 3000, { credit: '郑晓琳', caption: '嵌入的说明', description: '校园科技节现场' })],
    );
    const layout = editionLayout([pageLayout(ed, 'p1', [frameLayout('f', 's', [column('s', { x: 40, y: 300, width: 300, height: 100 }, 3)])])]);
    const [a] = collectArticles(ed, layout, ['p1']);
    expect(a?.pictures).toEqual([{ id: 'photo', src: 'images/photo.jpg', width: 1600, height: 1200, caption: '学生展示作品。（记者 郑晓琳 摄）', credit: '郑晓琳', alt: '学生展示作品。（记者 郑晓琳 摄）' }]);
    expect(a?.zones[0]?.polygons.map(ring)).toEqual(['40,100 340,100 340,335.2 40,335.2']);
  });

  it('falls back to the asset caption, takes the description as alt text without one, and never enlarges', () => {
    const ed = edition(
      [page('p1', 1, [textFrame('f', { x: 40, y: 300, width: 300, height: 100 }, 's', { groupId: 'g' }), imageFrame('i1', { x: 40, y: 100, width: 100, height: 100 }, 'a1', 'g'), imageFrame('i2', { x: 200, y: 100, width: 100, height: 100 }, 'a2', 'g')])],
      [article('s', '标题')],
      [asset('a1', 1200, 900, { caption: '嵌入的说明' }), asset('a2', 900, 3001, { description: '现场照片' })],
    );
    const [a] = collectArticles(ed, editionLayout([]), ['p1']);
    expect(a?.pictures.map((p) => [p.id, p.caption, p.alt, p.width, p.height])).toEqual([
      ['a1', '嵌入的说明', '嵌入的说明', 1200, 900],
      ['a2', '', '现场照片', 480, 1600],
    ]);
  });

  it('leaves ungrouped photos alone and settles a group shared by two articles on the one with a caption', () => {
    const captioned = story('cap', [para('h', S.headline, '图片新闻'), para('c', S.caption, '说明。')]);
    const ed = edition(
      [
        page('p1', 1, [
          textFrame('fa', { x: 40, y: 100, width: 100, height: 100 }, 'plain', { groupId: 'g' }),
          textFrame('fb', { x: 200, y: 100, width: 100, height: 100 }, 'cap', { groupId: 'g' }),
          imageFrame('grouped', { x: 40, y: 300, width: 100, height: 100 }, 'a1', 'g'),
          imageFrame('loose', { x: 200, y: 300, width: 100, height: 100 }, 'a2', null),
        ]),
      ],
      [article('plain', '普通稿'), captioned],
      [asset('a1', 100, 100), asset('a2', 100, 100)],
    );
    const articles = collectArticles(ed, editionLayout([]), ['p1']);
    expect(articles.map((a) => [a.id, a.pictures.map((p) => p.id)])).toEqual([
      ['plain', []],
      ['cap', ['a1']],
    ]);
  });
});
