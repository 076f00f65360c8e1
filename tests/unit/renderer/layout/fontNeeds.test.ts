// Which font files the page view fetches: only the faces the placed text's styles resolve to,
// chosen as the layout's catalog will match them.
import { describe, expect, it } from 'vitest';
import type { FontListing } from '../../../../src/shared/host-api';
import { CharacterStyleIds, ParagraphStyleIds } from '../../../../src/shared/model';
import { chooseFaces, faceRequests } from '../../../../src/renderer/layout/fontNeeds';
import { edition, G, page, para, story, textFrame } from '../../shared/layout/flow/fixtures';

const id = (n: number, face = 0): string => `sha256:${n.toString(16).padStart(64, '0')}#${face}`;
const listed = (n: number, family: string, weight: number, source: FontListing['source'] = 'default', face = 0): FontListing => ({
  id: id(n, face),
  family,
  style: weight === 700 ? 'Bold' : 'Regular',
  weight,
  italic: false,
  postscriptName: family.replaceAll(' ', ''),
  source,
  file: `${family}-${weight}.ttf`,
  embeddable: true,
  licence: null,
});

const LISTING: FontListing[] = [
  listed(1, 'Noto Serif SC', 400),
  listed(2, 'Noto Serif SC', 700),
  listed(3, 'Noto Sans SC', 400),
  listed(4, 'Noto Sans SC', 700),
  listed(5, 'Source Serif 4', 400),
  listed(6, 'Source Serif 4', 700),
];

describe('faceRequests', () => {
  it('asks for the families and weights of placed paragraphs and their character styles only', () => {
    const bold = { id: 'x', style: ParagraphStyleIds.body, runs: [{ text: '甲', charStyle: null, marks: [] }, { text: '乙', charStyle: CharacterStyleIds.bold, marks: [] }] };
    const ed = edition(
      [page('p1', 1, [textFrame('a', { x: 50, y: 100, width: 200, height: 100 }, 's1')])],
      [story('s1', [para('h', ParagraphStyleIds.headline, '标题'), bold]), story('unplaced', [para('c', ParagraphStyleIds.caption, '说明')])],
    );
    expect(faceRequests(ed)).toEqual([
      { family: 'Noto Sans SC', weight: 'bold' },
      { family: 'Noto Serif SC', weight: 'bold' },
      { family: 'Noto Serif SC', weight: 'regular' },
      { family: 'Source Serif 4', weight: 'bold' },
      { family: 'Source Serif 4', weight: 'regular' },
    ]);
  });

  it('includes the running head, set in a style derived from 正文', () => {
    const master = { id: 'm', name: '要闻版', frames: [textFrame('head', { x: 50, y: 80, width: 300, height: 12 }, null, { template: '{paper}' })] };
    const ed = edition([page('p1', 1, [], 'm')], [], [master]);
    expect(faceRequests(ed)).toEqual([
      { family: 'Noto Serif SC', weight: 'regular' },
      { family: 'Source Serif 4', weight: 'regular' },
    ]);
  });

  it('asks for nothing when no story is placed', () => {
    expect(faceRequests(edition([page('p1', 1, [])], [story('s', [para('x', G, '字')])]))).toEqual([]);
  });

  it('follows the next edition: a story given a bold run, a story placed, the same objects asked again', () => {
    const first = edition(
      [page('p1', 1, [textFrame('a', { x: 50, y: 100, width: 200, height: 100 }, 's1')])],
      [story('s1', [para('b', ParagraphStyleIds.body, '正文')]), story('s2', [para('h', ParagraphStyleIds.headline, '标题')])],
    );
    const regular = [
      { family: 'Noto Serif SC', weight: 'regular' },
      { family: 'Source Serif 4', weight: 'regular' },
    ];
    expect(faceRequests(first)).toEqual(regular);
    expect(faceRequests(first)).toEqual(regular);
    // Typing a bold run into the placed story: a new story object, the same pages.
    const boldRun = { text: '重点', charStyle: CharacterStyleIds.bold, marks: [] };
    const typed = { ...first, stories: [story('s1', [{ ...para('b', ParagraphStyleIds.body, '正文'), runs: [...para('b', ParagraphStyleIds.body, '正文').runs, boldRun] }]), first.stories[1]!] };
    expect(faceRequests(typed)).toEqual([
      { family: 'Noto Serif SC', weight: 'bold' },
      { family: 'Noto Serif SC', weight: 'regular' },
      { family: 'Source Serif 4', weight: 'bold' },
      { family: 'Source Serif 4', weight: 'regular' },
    ]);
    // Placing the headline story: new pages, the same story objects.
    const placed = { ...first, pages: [page('p1', 1, [...first.pages[0]!.frames, textFrame('b', { x: 50, y: 300, width: 200, height: 100 }, 's2')])] };
    expect(faceRequests(placed)).toEqual([
      { family: 'Noto Sans SC', weight: 'bold' },
      { family: 'Noto Serif SC', weight: 'regular' },
      { family: 'Source Serif 4', weight: 'bold' },
      { family: 'Source Serif 4', weight: 'regular' },
    ]);
    expect(faceRequests(first)).toEqual(regular);
  });
});

describe('chooseFaces', () => {
  it('picks one face per request, in listing order, by family and nearest weight', () => {
    const choice = chooseFaces(LISTING, [
      { family: 'Source Serif 4', weight: 'regular' },
      { family: 'noto serif sc', weight: 'bold' },
    ]);
    expect(choice).toEqual({ ids: [id(2), id(5)], unresolved: [] });
  });

  it('answers each set of requests for itself when one listing is asked again and again', () => {
    const serif = [{ family: 'Noto Serif SC', weight: 'regular' as const }];
    const both = [...serif, { family: 'Noto Sans SC', weight: 'bold' as const }];
    expect(chooseFaces(LISTING, serif).ids).toEqual([id(1)]);
    expect(chooseFaces(LISTING, both).ids).toEqual([id(1), id(4)]);
    expect(chooseFaces(LISTING, [{ family: 'Kaiti', weight: 'regular' }]).unresolved).toEqual([{ family: 'Kaiti', weight: 'regular' }]);
    expect(chooseFaces(LISTING, serif).ids).toEqual([id(1)]);
    expect(chooseFaces([listed(7, 'Noto Serif SC', 400), ...LISTING], serif).ids).toEqual([id(7)]);
  });

  it('prefers the earlier of two equal faces (an edition font over the default)', () => {
    const own = listed(9, 'Noto Serif SC', 400, 'edition');
    expect(chooseFaces([own, ...LISTING], [{ family: 'Noto Serif SC', weight: 'regular' }]).ids).toEqual([own.id]);
  });

  it('falls back to the nearest weight and reports families the host lacks', () => {
    const onlyRegular = [listed(1, 'Noto Serif SC', 400)];
    expect(chooseFaces(onlyRegular, [{ family: 'Noto Serif SC', weight: 'bold' }, { family: 'Kaiti', weight: 'regular' }])).toEqual({
      ids: [id(1)],
      unresolved: [{ family: 'Kaiti', weight: 'regular' }],
    });
  });
});
