// articleHtml.ts: articles/<id>.html, one static page per article: the accessible, readable,
// linkable form of what the page image shows (proofing-and-epaper.md §5.4). 引题/主题/副题 as an
// hgroup around the h1, the byline, photos with caption, credit and alt text, the body with 小标题
// as h2, the page(s) it is on linking back into the reader, and the previous and next article.
// Open Graph and schema.org NewsArticle describe it to whoever the publisher shares it with; all
// their URLs are relative, because the bundle does not know the site it will be put on.
import { EpaperPaths, type EpaperArticle, type EpaperBodyBlock, type EpaperPageRecord, type EpaperPicture, type EpaperReaderData } from '../../../../../shared/epaper/bundle';
import { escapeHtml as e, jsonForScript } from './escape';
import { chineseDate, iconLink, issueLine, readerAssetPaths, textSizeControls } from './format';
import { bylineNames } from './byline';

export interface ArticleHtmlContext {
  readonly data: EpaperReaderData;
  readonly prev: EpaperArticle | null;
  readonly next: EpaperArticle | null;
}

/** A bundle-root path as seen from articles/. */
function up(path: string): string {
  return `../${path}`;
}

/** The article page's own file name, relative to articles/. */
function sibling(articleId: string): string {
  return EpaperPaths.article(articleId).slice('articles/'.length);
}

function pagesOf(article: EpaperArticle, data: EpaperReaderData): EpaperPageRecord[] {
  return article.pageIds.flatMap((id) => data.pages.filter((p) => p.id === id));
}

function headlineRole(article: EpaperArticle, role: 'kicker' | 'subhead'): string[] {
  return article.headlines.filter((h) => h.role === role).map((h) => h.text);
}

function summaryOf(article: EpaperArticle, data: EpaperReaderData): string {
  return data.articles.find((a) => a.id === article.id)?.summary ?? '';
}

function meta(article: EpaperArticle, data: EpaperReaderData, pages: readonly EpaperPageRecord[]): string {
  const summary = summaryOf(article, data);
  const picture = article.pictures[0];
  const subheads = [...headlineRole(article, 'kicker'), ...headlineRole(article, 'subhead')];
  const names = bylineNames(article.byline);
  const first = pages[0];
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    ...(subheads.length > 0 ? { alternativeHeadline: subheads.join(' ') } : {}),
    ...(summary === '' ? {} : { description: summary }),
    datePublished: data.date,
    inLanguage: 'zh-CN',
    url: sibling(article.id),
    mainEntityOfPage: sibling(article.id),
    ...(names.length > 0 ? { author: names.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(article.pictures.length > 0 ? { image: article.pictures.map((p) => up(p.src)) } : {}),
    publisher: { '@type': 'Organization', name: data.paper },
    ...(first ? { printPage: first.label, printSection: first.section, articleSection: first.section } : {}),
    isPartOf: { '@type': 'PublicationIssue', datePublished: data.date, ...(data.issue === null ? {} : { issueNumber: String(data.issue) }), isPartOf: { '@type': 'Periodical', name: data.paper } },
  };
  const og: Array<[string, string]> = [
    ['og:type', 'article'],
    ['og:title', article.headline],
    ['og:site_name', data.paper],
    ['og:locale', 'zh_CN'],
    ['og:url', sibling(article.id)],
  ];
  if (summary !== '') og.push(['og:description', summary]);
  if (picture) og.push(['og:image', up(picture.src)], ['og:image:width', String(picture.width)], ['og:image:height', String(picture.height)], ['og:image:alt', picture.alt]);
  og.push(['article:published_time', data.date]);
  if (first && first.section !== '') og.push(['article:section', first.section]);
  return [
    ...(summary === '' ? [] : [`<meta name="description" content="${e(summary)}">`]),
    ...og.map(([property, content]) => `<meta property="${e(property)}" content="${e(content)}">`),
    `<script type="application/ld+json">${jsonForScript(ld)}</script>`,
  ].join('\n');
}

function figure(picture: EpaperPicture, index: number): string {
  const caption = [picture.caption === '' ? '' : `<span class="figure-caption">${e(picture.caption)}</span>`, picture.credit === '' ? '' : `<span class="figure-credit">${e(picture.credit)}</span>`].join('');
  return [
    '<figure class="article-figure">',
    `<img src="${e(up(picture.src))}" width="${picture.width}" height="${picture.height}" alt="${e(picture.alt)}"${index === 0 ? '' : ' loading="lazy"'} decoding="async">`,
    caption === '' ? '' : `<figcaption>${caption}</figcaption>`,
    '</figure>',
  ].join('');
}

/** A paragraph's text with its bold (<strong>) and 着重号 (<em class="dots">) ranges. */
function styledText(block: EpaperBodyBlock): string {
  let html = '';
  let at = 0;
  for (const range of block.styles ?? []) {
    if (range.start < at || range.end > block.text.length) continue;
    html += e(block.text.slice(at, range.start));
    let inner = e(block.text.slice(range.start, range.end));
    if (range.emphasis) inner = `<em class="dots">${inner}</em>`;
    if (range.bold) inner = `<strong>${inner}</strong>`;
    html += inner;
    at = range.end;
  }
  return html + e(block.text.slice(at));
}

function body(article: EpaperArticle): string {
  // A caption paragraph of the story that a photo already carries is shown once, under the photo.
  const captions = new Set(article.pictures.map((p) => p.caption.trim()).filter((c) => c !== ''));
  return article.body
    .flatMap((block) => {
      if (block.kind === 'crosshead') return [`<h2 class="crosshead">${e(block.text)}</h2>`];
      if (block.kind === 'caption') return captions.has(block.text.trim()) ? [] : [`<p class="caption-text">${styledText(block)}</p>`];
      // 转版 lines (下转第3版) point across the paper; the article page holds the whole story.
      if (block.kind === 'jump') return [];
      return [`<p>${styledText(block)}</p>`];
    })
    .join('\n');
}

function pageLinks(pages: readonly EpaperPageRecord[]): string {
  if (pages.length === 0) return '';
  const links = pages.map((p) => `<a href="${e(up(EpaperPaths.index))}#page=${e(encodeURIComponent(p.label))}">${e(p.banner)}</a>`);
  return `<p class="article-pages">刊于 ${links.join('、')}</p>`;
}

function pager(ctx: ArticleHtmlContext): string {
  const link = (rel: 'prev' | 'next', article: EpaperArticle | null): string => {
    const label = rel === 'prev' ? '上一篇' : '下一篇';
    if (article === null) return `<span class="pager-link pager-${rel} is-empty"><span class="pager-label">${label}</span><span class="pager-title">没有了</span></span>`;
    return `<a class="pager-link pager-${rel}" rel="${rel}" href="${e(sibling(article.id))}"><span class="pager-label">${label}</span><span class="pager-title">${e(article.headline)}</span></a>`;
  };
  return ['<nav class="article-pager" aria-label="上一篇和下一篇">', link('prev', ctx.prev), link('next', ctx.next), '</nav>'].join('\n');
}

/** articles/<id>.html for `article`. */
export function renderArticleHtml(article: EpaperArticle, ctx: ArticleHtmlContext): string {
  const { data } = ctx;
  const assets = readerAssetPaths(1);
  const pages = pagesOf(article, data);
  const issue = issueLine(data);
  const first = pages[0];
  const hgroup = [
    ...headlineRole(article, 'kicker').map((t) => `<p class="kicker">${e(t)}</p>`),
    `<h1 class="headline">${e(article.headline)}</h1>`,
    ...headlineRole(article, 'subhead').map((t) => `<p class="subhead">${e(t)}</p>`),
  ];
  return [
    '<!doctype html>',
    '<html lang="zh-CN" class="no-js">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(`${article.headline} - ${data.paper} ${chineseDate(data.date)}`)}</title>`,
    '<meta name="color-scheme" content="light">',
    iconLink(data.paper),
    meta(article, data, pages),
    `<link rel="stylesheet" href="${e(assets.style)}">`,
    `<script src="${e(assets.script)}" defer></script>`,
    '</head>',
    '<body data-view="article">',
    '<a class="skip-link" href="#article">跳到正文</a>',
    '<header class="masthead masthead-compact">',
    '<div class="masthead-title">',
    `<p class="paper"><a href="${e(up(EpaperPaths.index))}">${e(data.paper)}</a></p>`,
    `<p class="edition-line"><time datetime="${e(data.date)}">${e(chineseDate(data.date))}</time>${issue === '' ? '' : ` <span class="issue">${e(issue)}</span>`}</p>`,
    '</div>',
    first ? `<a class="btn" href="${e(up(EpaperPaths.index))}#page=${e(encodeURIComponent(first.label))}">返回版面</a>` : '',
    '</header>',
    '<main id="main" class="article-main">',
    `<article id="article" class="article" data-article="${e(article.id)}" tabindex="-1">`,
    '<header class="article-head">',
    hgroup.length > 1 ? `<hgroup>${hgroup.join('')}</hgroup>` : (hgroup[0] ?? ''),
    article.byline === '' ? '' : `<p class="byline">${e(article.byline)}</p>`,
    `<div class="article-tools">${pageLinks(pages)}${textSizeControls()}</div>`,
    '</header>',
    ...article.pictures.map(figure),
    `<div class="article-body">\n${body(article)}\n</div>`,
    '</article>',
    pager(ctx),
    '</main>',
    `<footer class="colophon"><p><a href="${e(up(EpaperPaths.index))}">${e(data.paper)} ${e(chineseDate(data.date))} 数字报</a></p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
