import { describe, expect, it } from 'vitest';
import { renderArticleHtml } from '../../../../../src/main/services/export/epaper/html';
import { data, hostile, lead, linkTargets, photo, staysInside } from './fixture';

function jsonLd(html: string): Record<string, unknown> {
  const m = /<script type="application\/ld\+json">(.*?)<\/script>/su.exec(html);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]!) as Record<string, unknown>;
}

function meta(html: string, property: string): string | undefined {
  return new RegExp(`<meta property="${property}" content="([^"]*)">`, 'u').exec(html)?.[1];
}

describe('renderArticleHtml', () => {
  const html = renderArticleHtml(lead, { data, prev: null, next: photo });

  it('is a Chinese page titled by the headline, using the reader style and script from one level up', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN"')).toBe(true);
    expect(html).toContain('<title>2023年度全区高质量发展综合绩效考核总结会议召开 - 今日市中 2023年5月15日 星期一</title>');
    expect(html).toContain('<link rel="stylesheet" href="../reader/reader.css">');
    expect(html).toContain('<script src="../reader/reader.js" defer></script>');
  });

  it('sets 引题/主题/副题 as an hgroup around the h1, then the byline', () => {
    expect(html).toContain(
      '<hgroup><p class="kicker">聚焦高质量发展</p><h1 class="headline">2023年度全区高质量发展综合绩效考核总结会议召开</h1><p class="subhead">表扬突出集体和个人</p></hgroup>',
    );
    expect(html).toContain('<p class="byline">□特约通讯员 刘畅</p>');
    expect(html.match(/<h1[\s>]/gu)).toHaveLength(1);
  });

  it('writes the body in story order, 小标题 as h2', () => {
    const body = html.slice(html.indexOf('<div class="article-body">'), html.indexOf('</article>'));
    expect([...body.matchAll(/<(p|h2)[^>]*>([^<]*)<\/\1>/gu)].map((m) => `${m[1]}:${m[2]}`)).toEqual([
      'p:本报讯 5月12日，会议在区档案馆召开。',
      'h2:打好赶超战',
      'p:会议强调，要鼓起“闯”的勇气。',
    ]);
  });

  it('sets bold as <strong> and 着重号 as <em class="dots">, as printed, escaping the text', () => {
    const styled = renderArticleHtml(
      { ...lead, body: [{ kind: 'paragraph', text: '本报讯 5月14日，务必<落实>。', styles: [{ start: 4, end: 10, bold: true, emphasis: false }, { start: 10, end: 12, bold: true, emphasis: true }] }] },
      { data, prev: null, next: null },
    );
    expect(styled).toContain('<p>本报讯 <strong>5月14日，</strong><strong><em class="dots">务必</em></strong>&lt;落实&gt;。</p>');
  });

  it('links each page the article is on back into the reader', () => {
    expect(html).toContain('<p class="article-pages">刊于 <a href="../index.html#page=A01">01版：要闻</a>、<a href="../index.html#page=A02">02版：综合</a></p>');
  });

  it('links the previous and next article, and says when there is none', () => {
    expect(html).toContain('<a class="pager-link pager-next" rel="next" href="story-photo.html"><span class="pager-label">下一篇</span><span class="pager-title">区退役军人事务员培训班开班</span></a>');
    expect(html).not.toContain('rel="prev"');
    expect(html).toContain('<span class="pager-title">没有了</span>');
  });

  it('describes itself with Open Graph and a schema.org NewsArticle, all URLs relative', () => {
    expect(meta(html, 'og:type')).toBe('article');
    expect(meta(html, 'og:title')).toBe(lead.headline);
    expect(meta(html, 'og:locale')).toBe('zh_CN');
    expect(meta(html, 'og:url')).toBe('story-lead.html');
    const ld = jsonLd(html);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: lead.headline,
      alternativeHeadline: '聚焦高质量发展 表扬突出集体和个人',
      datePublished: '2023-05-15',
      inLanguage: 'zh-CN',
      url: 'story-lead.html',
      author: [{ '@type': 'Person', name: '刘畅' }],
      publisher: { '@type': 'Organization', name: '今日市中' },
      printPage: 'A01',
      printSection: '要闻',
    });
    expect(linkTargets(html).filter((t) => !staysInside(t))).toEqual([]);
    // The one absolute URL is the schema.org vocabulary name, which nothing fetches.
    expect(html.match(/https?:\/\/[^"\s]*/gu)).toEqual(['https://schema.org']);
  });

  describe('with a photo', () => {
    const withPhoto = renderArticleHtml(photo, { data, prev: lead, next: null });

    it('shows the photo with its alt text, caption and credit', () => {
      expect(withPhoto).toContain(
        '<figure class="article-figure"><img src="../images/asset-1.jpg" width="1600" height="1067" alt="培训班现场，学员听课" decoding="async"><figcaption><span class="figure-caption">培训班现场。</span><span class="figure-credit">单莹 摄</span></figcaption></figure>',
      );
      expect(meta(withPhoto, 'og:image')).toBe('../images/asset-1.jpg');
      expect(meta(withPhoto, 'og:image:alt')).toBe('培训班现场，学员听课');
      expect(jsonLd(withPhoto)['image']).toEqual(['../images/asset-1.jpg']);
    });

    it('shows a caption paragraph once, under its photo, and keeps a caption no photo carries', () => {
      expect(withPhoto.split('培训班现场。').length - 1).toBe(1);
      expect(withPhoto).toContain('<p class="caption-text">另一段说明。</p>');
    });

    it('links the previous article', () => {
      expect(withPhoto).toContain('rel="prev" href="story-lead.html"');
      expect(withPhoto).not.toContain('rel="next"');
    });
  });

  describe('with hostile text', () => {
    const bad = renderArticleHtml(hostile, { data, prev: null, next: null });

    it('escapes headline, byline and body everywhere, JSON-LD included', () => {
      expect(bad).not.toContain('<script>alert');
      expect(bad).not.toContain('<b>');
      expect(bad).not.toContain('<p onclick');
      expect(bad).toContain('<h1 class="headline">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; “引号” &#39;单&#39;</h1>');
      expect(jsonLd(bad)['headline']).toBe(hostile.headline);
    });

    it('leaves out 转版 lines: the page holds the whole story', () => {
      expect(bad).not.toContain('下转第2版');
    });

    it('has no hgroup for a lone 主题', () => {
      expect(bad).not.toContain('<hgroup>');
    });
  });
});
