import { describe, expect, it } from 'vitest';
import { renderIndexHtml } from '../../../../../src/main/services/export/epaper/html';
import { data, linkTargets, staysInside } from './fixture';

const html = renderIndexHtml(data);

/** The markup of the article list section for a page, from its heading to the next section. */
function tocSection(pageId: string): string {
  const start = html.indexOf(`data-page-id="${pageId}"`);
  expect(start).toBeGreaterThan(0);
  const end = html.indexOf('</section>', start);
  return html.slice(start, end);
}

describe('renderIndexHtml', () => {
  it('is a Chinese HTML document with the masthead, date and issue', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN"')).toBe(true);
    expect(html).toMatch(/<head>\n<meta charset="utf-8">/u);
    expect(html).toContain('<h1 class="paper"><a href="index.html">今日市中</a></h1>');
    // 2023-05-15 was a Monday.
    expect(html).toContain('<time datetime="2023-05-15">2023年5月15日 星期一</time>');
    expect(html).toContain('第12期 总第3456期');
    expect(html).toContain('<title>今日市中 2023年5月15日 星期一</title>');
  });

  it('loads the data scripts before the reader, all deferred classic scripts, and the reader style', () => {
    const scripts = [...html.matchAll(/<script src="([^"]+)" defer><\/script>/gu)].map((m) => m[1]);
    expect(scripts).toEqual(['data/edition.js', 'data/search.js', 'reader/reader.js']);
    expect(html).not.toContain('type="module"');
    expect(html).toContain('<link rel="stylesheet" href="reader/reader.css">');
  });

  it('lists every page by 版 with its thumbnail and banner, the first one current', () => {
    const links = [...html.matchAll(/<a class="page-link" href="([^"]+)" data-page="([^"]+)"( aria-current="page")?>/gu)];
    expect(links.map((m) => [m[1], m[2], m[3] !== undefined])).toEqual([
      ['#page=A01', 'A01', true],
      ['#page=A02', 'A02', false],
    ]);
    expect(html).toContain('<img class="page-thumb" src="pages/A01-thumb.jpg" width="240" height="333" alt=""');
    expect(html).toContain('<span class="page-banner">01版：要闻</span>');
    expect(html).toContain('<span class="page-banner">02版：综合</span>');
  });

  it('has the page view controls as buttons, with names, and the first page PDF', () => {
    for (const name of ['上一版', '下一版', '整版']) expect(html).toMatch(new RegExp(`<button type="button"[^>]*>[^<]*${name}[^<]*</button>`, 'u'));
    expect(html).toContain('aria-label="放大"');
    expect(html).toContain('aria-label="缩小"');
    expect(html).toContain('<a class="btn page-pdf" href="pdf/A01.pdf" download>');
    expect(html).toContain('<a class="btn edition-pdf" href="pdf/edition.pdf" download>');
    expect(html).toMatch(/<div class="viewport" tabindex="0" role="region" aria-label="[^"]+">/u);
  });

  it('has a labelled search box', () => {
    expect(html).toContain('<form class="search" role="search"');
    expect(html).toContain('<label class="visually-hidden" for="search-input">搜索本期文章</label>');
    expect(html).toContain('<input id="search-input"');
  });

  it('writes every article into the article list under each page it is on, linking its page', () => {
    const first = tocSection('page-1');
    const second = tocSection('page-2');
    expect(first).toContain('href="articles/story-lead.html"');
    expect(first).toContain('href="articles/story-hostile.html"');
    expect(first).not.toContain('story-photo');
    // The threaded lead continues on A02 and says so there.
    expect(second).toMatch(/href="articles\/story-lead\.html">[^<]+<\/a><span class="toc-note">（接上版）<\/span>/u);
    expect(second).toContain('href="articles/story-photo.html"');
    expect(second).toContain('<p class="toc-summary">本报讯 为开展退役军人事务员新职业建设……</p>');
  });

  it('uses real headings in order: h1 the paper, h2 the regions, h3 the pages, h4 the articles', () => {
    const levels = [...html.matchAll(/<h([1-6])[\s>]/gu)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    expect(levels.filter((l) => l === 4)).toHaveLength(4); // lead twice, hostile, photo
  });

  it('escapes the edition text it writes', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>李森</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; “引号” &#39;单&#39;');
    expect(html).toContain('□记者 &lt;b&gt;李森&lt;/b&gt;');
    expect(html).toContain('a &lt; b &amp;&amp; c &gt; d &lt;/p&gt;&lt;p onclick=&quot;x&quot;&gt;');
  });

  it('links only inside the bundle', () => {
    const targets = linkTargets(html);
    expect(targets.length).toBeGreaterThan(10);
    expect(targets.filter((t) => !staysInside(t))).toEqual([]);
    expect(html).not.toMatch(/https?:/u);
  });

  it('writes an edition without issue numbers or pages without failing', () => {
    const bare = renderIndexHtml({ ...data, issue: null, totalIssue: null, pages: [], articles: [] });
    expect(bare).not.toContain('class="issue"');
    expect(bare).not.toMatch(/第\d+期/u);
    expect(bare).toContain('本期文章');
  });
});
