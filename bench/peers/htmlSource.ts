// htmlSource.ts: a PeerDocument as one HTML file for Chromium's print-to-PDF. Every page is a
// trim-sized box; every region an absolutely placed div with CSS columns (column-fill: auto, so
// text fills column by column as in a newspaper, not balanced). The fonts are the same files as
// ours and Typst's, loaded with @font-face from file: URLs (chromiumPrint.mjs allows file access);
// the Latin face's unicode-range is Latin only, so CJK punctuation comes from the CJK face, as in
// our composite fonts. Line height is the style's leading, baseline to baseline.
import { pathToFileURL } from 'node:url';
import type { PeerDocument, PeerItem, PeerParagraph } from './peerDocument';

export interface PeerFontFile {
  readonly family: string;
  readonly weight: 400 | 700;
  readonly path: string;
  /** Latin faces only: restricted to Latin letters, digits and ASCII punctuation. */
  readonly latin: boolean;
}

const pt = (n: number): string => `${Number(n.toFixed(3))}pt`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const ALIGN: Record<PeerParagraph['align'], string> = { start: 'left', end: 'right', center: 'center', justify: 'justify' };

function paragraph(p: PeerParagraph): string {
  const style = [
    `font-family:'${p.family.latin}','${p.family.cjk}'`,
    `font-size:${pt(p.size)}`,
    `line-height:${pt(p.leading)}`,
    `font-weight:${p.bold ? 700 : 400}`,
    `text-align:${ALIGN[p.align]}`,
    `text-indent:${p.indentEm}em`,
  ].join(';');
  const body = p.spans.map((s) => (s.bold && !p.bold ? `<b>${escapeHtml(s.text)}</b>` : escapeHtml(s.text))).join('');
  return `<p style="${style}">${body}</p>`;
}

function item(it: PeerItem): string {
  const box = `left:${pt(it.x)};top:${pt(it.y)};width:${pt(it.width)};height:${pt(it.height)}`;
  switch (it.kind) {
    case 'rule':
      return `<div class="rule" style="left:${pt(it.x)};top:${pt(it.y - it.stroke / 2)};width:${pt(it.width)};border-top-width:${pt(it.stroke)}"></div>`;
    case 'image':
      return `<img style="${box}" src="${pathToFileURL(it.file).href}">`;
    case 'text':
      return `<div class="region" style="${box};column-count:${it.columns};column-gap:${pt(it.gutter)}">${it.paragraphs.map(paragraph).join('')}</div>`;
  }
}

export function htmlSource(doc: PeerDocument, fonts: readonly PeerFontFile[]): string {
  const faces = fonts.map(
    (f) => `@font-face{font-family:'${f.family}';font-weight:${f.weight};src:url('${pathToFileURL(f.path).href}')${f.latin ? ';unicode-range:U+0020-007E,U+00A0-024F' : ''}}`,
  );
  const css = [
    ...faces,
    `@page{size:${pt(doc.width)} ${pt(doc.height)};margin:0}`,
    'html,body{margin:0;padding:0}',
    `.page{position:relative;width:${pt(doc.width)};height:${pt(doc.height)};overflow:hidden;break-after:page}`,
    '.region,.rule,img{position:absolute}',
    '.region{column-fill:auto;line-break:strict;text-autospace:normal;color:#000}',
    '.rule{border-top-style:solid;border-top-color:#000;height:0}',
    'img{object-fit:cover}',
    'p{margin:0}',
  ];
  const pages = doc.pages.map((items) => `<div class="page">${items.map(item).join('')}</div>`);
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><style>${css.join('\n')}</style></head><body>${pages.join('')}</body></html>\n`;
}
