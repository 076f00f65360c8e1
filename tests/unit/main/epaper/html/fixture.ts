// fixture.ts: a small two-page e-paper made to order for the HTML specs: three articles, one
// threaded across both pages, one with a photo, and text that would break unescaped HTML.
import type { EpaperArticle, EpaperPageRecord, EpaperReaderData } from '../../../../../src/shared/epaper/bundle';

function page(n: number, label: string, section: string, articleIds: string[], headlines: Record<string, string>): EpaperPageRecord {
  const stem = label;
  return {
    id: `page-${n}`,
    label,
    number: n,
    section,
    banner: `${String(n).padStart(2, '0')}版：${section}`,
    stem,
    width: 1064,
    height: 1477,
    image: { src: `pages/${stem}.jpg`, width: 2217, height: 3077, bytes: 900_000 },
    thumb: { src: `pages/${stem}-thumb.jpg`, width: 240, height: 333, bytes: 20_000 },
    pdf: `pdf/${stem}.pdf`,
    articleIds,
    hotspots: articleIds.map((id, i) => ({
      articleId: id,
      headline: headlines[id] ?? id,
      polygons: [
        [
          { x: 30, y: 50 + i * 300 },
          { x: 500, y: 50 + i * 300 },
          { x: 500, y: 300 + i * 300 },
          { x: 30, y: 300 + i * 300 },
        ],
      ],
    })),
  };
}

export const lead: EpaperArticle = {
  id: 'story-lead',
  headlines: [
    { role: 'kicker', text: '聚焦高质量发展' },
    { role: 'main', text: '2023年度全区高质量发展综合绩效考核总结会议召开' },
    { role: 'subhead', text: '表扬突出集体和个人' },
  ],
  headline: '2023年度全区高质量发展综合绩效考核总结会议召开',
  byline: '□特约通讯员 刘畅',
  body: [
    { kind: 'paragraph', text: '本报讯 5月12日，会议在区档案馆召开。' },
    { kind: 'crosshead', text: '打好赶超战' },
    { kind: 'paragraph', text: '会议强调，要鼓起“闯”的勇气。' },
  ],
  pictures: [],
  pageIds: ['page-1', 'page-2'],
  zones: [],
  text: '聚焦高质量发展\n2023年度全区高质量发展综合绩效考核总结会议召开\n表扬突出集体和个人\n□特约通讯员 刘畅\n本报讯 5月12日，会议在区档案馆召开。\n打好赶超战\n会议强调，要鼓起“闯”的勇气。',
};

/** Headline, byline and body full of characters HTML treats specially. */
export const hostile: EpaperArticle = {
  id: 'story-hostile',
  headlines: [{ role: 'main', text: '<script>alert("x")</script> & “引号” \'单\'' }],
  headline: '<script>alert("x")</script> & “引号” \'单\'',
  byline: '□记者 <b>李森</b>',
  body: [
    { kind: 'paragraph', text: 'a < b && c > d </p><p onclick="x">' },
    { kind: 'jump', text: '（下转第2版）' },
  ],
  pictures: [],
  pageIds: ['page-1'],
  zones: [],
  text: '',
};

export const photo: EpaperArticle = {
  id: 'story-photo',
  headlines: [{ role: 'main', text: '区退役军人事务员培训班开班' }],
  headline: '区退役军人事务员培训班开班',
  byline: '□通讯员 单莹',
  body: [
    { kind: 'paragraph', text: '本报讯 为开展退役军人事务员新职业建设……' },
    { kind: 'caption', text: '培训班现场。' },
    { kind: 'caption', text: '另一段说明。' },
  ],
  pictures: [{ id: 'asset-1', src: 'images/asset-1.jpg', width: 1600, height: 1067, caption: '培训班现场。', credit: '单莹 摄', alt: '培训班现场，学员听课' }],
  pageIds: ['page-2'],
  zones: [],
  text: '',
};

const headlines = Object.fromEntries([lead, hostile, photo].map((a) => [a.id, a.headline]));

export const data: EpaperReaderData = {
  formatVersion: 1,
  paper: '今日市中',
  date: '2023-05-15',
  issue: 12,
  totalIssue: 3456,
  pdf: 'pdf/edition.pdf',
  pages: [page(1, 'A01', '要闻', ['story-lead', 'story-hostile'], headlines), page(2, 'A02', '综合', ['story-lead', 'story-photo'], headlines)],
  articles: [lead, hostile, photo].map((a) => ({
    id: a.id,
    headline: a.headline,
    byline: a.byline,
    pageIds: a.pageIds,
    href: `articles/${a.id}.html`,
    summary: a.body[0]?.text ?? '',
  })),
};

/** Every href and src in an HTML string, and the Open Graph URLs. */
export function linkTargets(html: string): string[] {
  const attrs = [...html.matchAll(/\s(?:href|src)="([^"]*)"/gu)].map((m) => m[1] ?? '');
  const og = [...html.matchAll(/<meta property="og:(?:url|image)" content="([^"]*)"/gu)].map((m) => m[1] ?? '');
  return [...attrs, ...og];
}

/** True for a link that stays inside the bundle: relative, not from the site root, or inline data. */
export function staysInside(target: string): boolean {
  if (target.startsWith('data:')) return true;
  return !/^[a-z][a-z0-9+.-]*:/iu.test(target) && !target.startsWith('/');
}
