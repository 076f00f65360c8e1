// indexHtml.ts: index.html, the edition reader's page. The exporter writes what does not change
// as the reader moves through the edition: the masthead, date and issue, the page thumbnails by
// 版, the page view's frame and controls, and the whole edition as an article list by 版 (the
// phone layout and the no-script fallback). The reader script (src/epaper-reader) fills the page
// view, the page's headline list and the search results from data/edition.js and data/search.js.
import { EpaperPaths, type EpaperPageRecord, type EpaperReaderData } from '../../../../../shared/epaper/bundle';
import { escapeHtml as e } from './escape';
import { chineseDate, iconLink, issueLine, readerAssetPaths, textSizeControls } from './format';

type ReaderArticle = EpaperReaderData['articles'][number];

function head(data: EpaperReaderData): string {
  const assets = readerAssetPaths(0);
  const title = `${data.paper} ${chineseDate(data.date)}`;
  const description = `${data.paper}${issueLine(data) === '' ? '' : ` ${issueLine(data)}`}数字报：${data.pages.length}个版面，${data.articles.length}篇文章。`;
  return [
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)}</title>`,
    `<meta name="description" content="${e(description)}">`,
    '<meta name="color-scheme" content="light">',
    iconLink(data.paper),
    `<link rel="stylesheet" href="${e(assets.style)}">`,
    // Classic scripts in document order: the data sets its globals before the reader starts.
    `<script src="${e(EpaperPaths.readerData)}" defer></script>`,
    `<script src="${e(EpaperPaths.searchData)}" defer></script>`,
    `<script src="${e(assets.script)}" defer></script>`,
    '</head>',
  ].join('\n');
}

function masthead(data: EpaperReaderData): string {
  const issue = issueLine(data);
  return [
    '<header class="masthead">',
    '<div class="masthead-title">',
    `<h1 class="paper"><a href="${e(EpaperPaths.index)}">${e(data.paper)}</a></h1>`,
    `<p class="edition-line"><time datetime="${e(data.date)}">${e(chineseDate(data.date))}</time>${issue === '' ? '' : ` <span class="issue">${e(issue)}</span>`} <span class="edition-kind">数字报</span></p>`,
    '</div>',
    '<form class="search" role="search" action="#">',
    '<label class="visually-hidden" for="search-input">搜索本期文章</label>',
    '<input id="search-input" class="search-input" type="search" name="q" placeholder="搜索本期文章" autocomplete="off" enterkeyhint="search">',
    '<button type="submit" class="btn btn-primary">搜索</button>',
    '<p class="search-status visually-hidden" role="status"></p>',
    '</form>',
    `<a class="btn edition-pdf" href="${e(data.pdf)}" download>全部版面 PDF</a>`,
    '</header>',
  ].join('\n');
}

function pageNav(data: EpaperReaderData): string {
  const items = data.pages.map((page, i) =>
    [
      `<li><a class="page-link" href="#page=${e(encodeURIComponent(page.label))}" data-page="${e(page.label)}"${i === 0 ? ' aria-current="page"' : ''}>`,
      `<img class="page-thumb" src="${e(page.thumb.src)}" width="${page.thumb.width}" height="${page.thumb.height}" alt="" loading="lazy" decoding="async">`,
      `<span class="page-banner">${e(page.banner)}</span>`,
      '</a></li>',
    ].join(''),
  );
  return ['<nav class="pages" aria-label="版面导航">', '<h2 class="pages-title">版面</h2>', '<ol class="page-list">', ...items, '</ol>', '</nav>'].join('\n');
}

function viewer(first: EpaperPageRecord): string {
  return [
    '<section class="viewer" aria-labelledby="viewer-title">',
    '<div class="viewer-bar">',
    '<div class="pager">',
    '<button type="button" class="btn" data-action="prev-page" aria-keyshortcuts="PageUp" disabled>‹ 上一版</button>',
    `<h2 id="viewer-title" class="viewer-title">${e(first.banner)}</h2>`,
    '<button type="button" class="btn" data-action="next-page" aria-keyshortcuts="PageDown">下一版 ›</button>',
    '</div>',
    '<div class="zoom" role="group" aria-label="缩放">',
    '<button type="button" class="btn btn-icon" data-action="zoom-out" aria-label="缩小" aria-keyshortcuts="-">−</button>',
    '<output class="zoom-level" aria-label="缩放比例">100%</output>',
    '<button type="button" class="btn btn-icon" data-action="zoom-in" aria-label="放大" aria-keyshortcuts="+">+</button>',
    '<button type="button" class="btn" data-action="zoom-fit" aria-keyshortcuts="0">整版</button>',
    '</div>',
    `<a class="btn page-pdf" href="${e(first.pdf)}" download>本版 PDF</a>`,
    '</div>',
    '<div class="viewport" tabindex="0" role="region" aria-label="版面图像：点选文章热区阅读全文；+ − 键缩放，拖动或方向键移动">',
    '<div class="stage"><div class="sheet"></div></div>',
    '</div>',
    '</section>',
  ].join('\n');
}

function sidebar(): string {
  return [
    '<div class="sidebar">',
    '<section class="search-results" aria-labelledby="search-title" hidden>',
    '<div class="panel-head"><h2 id="search-title" class="panel-title">搜索结果</h2>',
    '<button type="button" class="btn btn-quiet" data-action="search-close">关闭</button></div>',
    '<p class="search-count"></p>',
    '<ol class="search-list"></ol>',
    '</section>',
    '<section class="page-articles" aria-labelledby="page-articles-title">',
    '<h2 id="page-articles-title" class="panel-title">本版文章</h2>',
    '<ol class="page-articles-list"></ol>',
    '</section>',
    '</div>',
  ].join('\n');
}

function tocArticle(article: ReaderArticle, continued: boolean): string {
  return [
    `<li class="toc-article" data-article="${e(article.id)}">`,
    `<h4 class="toc-headline"><a href="${e(article.href)}">${e(article.headline)}</a>${continued ? '<span class="toc-note">（接上版）</span>' : ''}</h4>`,
    article.byline === '' ? '' : `<p class="toc-byline">${e(article.byline)}</p>`,
    article.summary === '' ? '' : `<p class="toc-summary">${e(article.summary)}</p>`,
    '</li>',
  ].join('');
}

/** Every article by 版: what a phone shows instead of the page image. */
function articleToc(data: EpaperReaderData): string {
  const byId = new Map(data.articles.map((a) => [a.id, a]));
  const sections = data.pages.map((page) => {
    const articles = page.articleIds.flatMap((id) => {
      const article = byId.get(id);
      return article ? [tocArticle(article, article.pageIds[0] !== page.id)] : [];
    });
    return [
      `<section class="toc-page" data-page-id="${e(page.id)}" aria-labelledby="toc-${e(page.stem)}">`,
      `<h3 class="toc-page-title" id="toc-${e(page.stem)}"><a href="#page=${e(encodeURIComponent(page.label))}">${e(page.banner)}</a></h3>`,
      articles.length === 0 ? '<p class="toc-empty">本版没有文章。</p>' : `<ol class="toc-list">${articles.join('')}</ol>`,
      '</section>',
    ].join('\n');
  });
  return [
    '<section class="toc" aria-labelledby="toc-title">',
    `<div class="panel-head"><h2 id="toc-title" class="panel-title">本期文章</h2>${textSizeControls()}</div>`,
    ...sections,
    '</section>',
  ].join('\n');
}

/** index.html for the bundle whose data is `data` (the same object data/edition.js holds). */
export function renderIndexHtml(data: EpaperReaderData): string {
  const first = data.pages[0];
  return [
    '<!doctype html>',
    '<html lang="zh-CN" class="no-js">',
    head(data),
    '<body data-view="edition">',
    '<a class="skip-link" href="#main">跳到正文</a>',
    masthead(data),
    '<div class="reader">',
    pageNav(data),
    '<main id="main" class="reader-main" tabindex="-1">',
    '<noscript><p class="noscript">版面浏览需要 JavaScript；下面是本期全部文章。</p></noscript>',
    first === undefined ? '' : viewer(first),
    sidebar(),
    articleToc(data),
    '</main>',
    '</div>',
    `<footer class="colophon"><p>${e(data.paper)} · ${e(chineseDate(data.date))} · 本数字报为静态文件，可离线阅读。</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
