// fixtures.ts: a small but complete edition for model tests, built only through the public
// API, so a test that breaks here points at the model rather than at a hand-written JSON blob.
import {
  type BoxFrame,
  counterIds,
  type Edition,
  type EditionMeta,
  emptyEdition,
  newImageFrame,
  newPage,
  newTextFrame,
  type Paragraph,
  ParagraphStyleIds,
  type RuleFrame,
  type Story,
} from '../../../../src/shared/model';

export const META: EditionMeta = {
  paper: '今日市中',
  date: '2023-05-15',
  issue: 1024,
  totalIssue: 8765,
  credits: { editor: '张三', designer: '李四', proofreader: '王五' },
};

const K100 = { c: 0, m: 0, y: 0, k: 100 };

export function paragraph(id: string, style: string, text: string): Paragraph {
  return { id, style, runs: [{ text, charStyle: null, marks: [] }] };
}

export function story(id: string, slug: string, paragraphs: Paragraph[]): Story {
  return { id, slug, status: 'draft', credits: [{ role: '记者', names: ['李森'] }], paragraphs, importNotes: [] };
}

export function ruleFrame(id: string, y: number): RuleFrame {
  return {
    id,
    kind: 'rule',
    name: '眉线',
    x: 32,
    y,
    width: 999,
    height: 0,
    locked: true,
    wrap: { enabled: false, offsets: { top: 0, right: 0, bottom: 0, left: 0 } },
    groupId: null,
    stroke: { width: 0.5, color: K100 },
  };
}

export function boxFrame(id: string): BoxFrame {
  return {
    id,
    kind: 'box',
    name: '底纹',
    x: 600,
    y: 700,
    width: 200,
    height: 120,
    locked: false,
    wrap: { enabled: true, offsets: { top: 6, right: 6, bottom: 6, left: 6 } },
    groupId: null,
    stroke: null,
    fill: { c: 0, m: 0, y: 10, k: 0 },
  };
}

/**
 * Two pages, a master with a running head, three stories (one threaded across both pages, one
 * holding a photo caption, one not placed at all), one image asset, one box and one rule.
 * Ids are predictable: page-1, frame-1 …, story-1 …, para-1 ….
 */
export function sampleEdition(): Edition {
  const newId = counterIds();
  const base = emptyEdition({ preset: 'broadsheet', meta: META, newId });
  const p = ParagraphStyleIds;

  const lead = story('story-1', '区委全会', [
    paragraph('para-1', p.headline, '区委召开全体会议'),
    paragraph('para-2', p.byline, '□记者 李森'),
    paragraph('para-3', p.body, '本报讯 5月14日，区委召开全体会议。'),
  ]);
  const photo = story('story-2', '图片新闻', [paragraph('para-4', p.caption, '市民在广场晨练。(记者 郑晓琳 摄)')]);
  const spare = story('story-3', '备用稿', [paragraph('para-5', p.body, '备用稿件正文。')]);

  const master = {
    id: 'master-1',
    name: '要闻眉',
    frames: [
      newTextFrame('frame-1', { x: 32.705, y: 30, width: 999, height: 14 }, { template: '{paper}  {date}  第{pageNumberZh}版  {section}', name: '报眉' }),
      ruleFrame('frame-2', 46),
    ],
    guides: { vertical: [], horizontal: [] },
  };

  const page1 = newPage({ id: 'page-1', number: 1, label: 'A01', section: '要闻', masterId: 'master-1' });
  const page2 = newPage({ id: 'page-2', number: 2, label: 'A02', section: '综合', masterId: 'master-1' });
  page1.frames = [
    newTextFrame('frame-3', { x: 32.705, y: 48.189, width: 369, height: 400 }, { storyId: 'story-1', columns: 3, gutter: 9, next: { pageId: 'page-2', frameId: 'frame-6' } }),
    newImageFrame('frame-4', { x: 410.705, y: 48.189, width: 243, height: 162 }, { assetId: 'asset-1', caption: { storyId: 'story-2', paragraphId: 'para-4' } }),
    boxFrame('frame-5'),
  ];
  page2.frames = [
    newTextFrame('frame-6', { x: 32.705, y: 48.189, width: 243, height: 300 }, { storyId: 'story-1', columns: 2, gutter: 9, prev: { pageId: 'page-1', frameId: 'frame-3' } }),
    newTextFrame('frame-7', { x: 410.705, y: 214, width: 243, height: 30 }, { storyId: 'story-2' }),
    ruleFrame('frame-8', 500),
  ];

  return {
    ...base,
    masters: [master],
    pages: [page1, page2],
    stories: [lead, photo, spare],
    assets: [
      {
        id: 'asset-1',
        kind: 'image',
        path: 'assets/square.png',
        mime: 'image/png',
        pixelWidth: 1600,
        pixelHeight: 1067,
        description: 'generated test picture',
        colorSpace: null,
        ppi: null,
        caption: '',
        credit: '',
        preview: null,
      },
    ],
  };
}

/** Freezes a value and everything under it, so any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
