// messages.ts: a preflight issue in words, for the CLI (`galley check`) and the export dialog.
// Only what is wrong: each surface shows the severity, the page label and the frame name beside
// it. Pure and without Node, so the renderer can use it; zh-CN first, as the app's staff read it.
import type { PreflightIssue } from './report';

export type PreflightLocale = 'zh-CN' | 'en';

type Wording = (p: (key: string) => string) => string;

const WEIGHT_ZH: Readonly<Record<string, string>> = { regular: '常规', bold: '粗体' };
const PART_ZH: Readonly<Record<string, string>> = { fill: '填充色', stroke: '描边色' };

const THREAD_ZH: Readonly<Record<string, (target: string) => string>> = {
  'missing-target': (t) => `连排链接指向不存在的文字框 ${t}`,
  'wrong-page': (t) => `连排链接指向的文字框 ${t} 不在链接所写的版面上`,
  'no-link-back': (t) => `连排链接指向文字框 ${t}，但它没有链回本框`,
  'other-story': (t) => `连排接到文字框 ${t}，那里是另一篇稿件`,
  cycle: (t) => `连排链接绕成了环（文字框 ${t} 又链回本框）`,
  'not-in-thread': (t) => `本框显示这篇稿件，但不在它的连排链中（链从 ${t} 开始），所以是空的`,
};

const THREAD_EN: Readonly<Record<string, (target: string) => string>> = {
  'missing-target': (t) => `thread link to frame ${t}, which does not exist`,
  'wrong-page': (t) => `thread link to frame ${t} names the wrong page`,
  'no-link-back': (t) => `thread link to frame ${t}, which does not link back to this one`,
  'other-story': (t) => `the thread runs on into frame ${t}, which holds another story`,
  cycle: (t) => `the thread runs in a circle (frame ${t} links back to this one)`,
  'not-in-thread': (t) => `this frame shows the story but is not in its thread (which starts at ${t}), so it stays empty`,
};

const richBlackZh = (p: (key: string) => string): string => {
  const what = p('part') === 'fill' ? `宽 ${p('size')} pt 的色块` : p('part') === 'stroke' ? `${p('size')} pt 的线` : `${p('size')} pt 的文字`;
  return `${what}用了四色黑（总墨量 ${p('ink')}%），套印不准会出彩边，请改用单色黑 K100`;
};

const richBlackEn = (p: (key: string) => string): string => {
  const what = p('part') === 'fill' ? `a solid ${p('size')} pt wide` : p('part') === 'stroke' ? `a ${p('size')} pt line` : `${p('size')} pt text`;
  return `${what} in rich black (${p('ink')} % total ink): misregistration will fringe it; use 100 % K only`;
};

const ZH: Readonly<Record<PreflightIssue['code'], Wording>> = {
  overset: (p) => `文字溢出 ${p('zi')} 字：稿件「${p('slug')}」在文字框里排不下`,
  'missing-glyph': (p) => `缺字：字体 ${p('font')} 没有 ${p('text')} 的字形，这些字印不出来`,
  'font-missing': (p) => (p('style') === '' ? `缺少排版所用的字体 ${p('family')}` : `缺少字体 ${p('family')}（${WEIGHT_ZH[p('weight')] ?? p('weight')}），样式「${p('style')}」要用`),
  'font-not-embeddable': (p) => `字体 ${p('family')} 的授权不允许嵌入 PDF（OS/2 fsType ${p('fsType')}）`,
  'image-low-res': (p) => `图片有效分辨率 ${p('ppi')} ppi，低于 ${p('threshold')} ppi`,
  'image-missing': (p) => `图片文件缺失：${p('path')}`,
  'image-rgb-converted': (p) => `RGB 图片，导出时按输出特性文件转为 CMYK：${p('path')}`,
  'image-ink-over-limit': (p) => `图片总墨量 ${p('ink')}%，超过上限 ${p('limit')}%`,
  'ink-over-limit': (p) => `${PART_ZH[p('part')] ?? '颜色'}总墨量 ${p('ink')}%，超过上限 ${p('limit')}%`,
  'empty-frame': (p) => (p('kind') === 'image' ? '空图片框：没有放图片' : '空文字框：没有稿件，也没有报眉模板'),
  'blank-page': () => '空白版面：本版没有自己的框（至多只有母版元素），是否漏排了稿件',
  'duplicate-label': (p) => `版次 ${p('label')} 与第 ${p('first')} 版重复：转版提示和每版 PDF 的文件名会指错版，请改版次`,
  'outside-bleed': (p) => (p('extent') === 'entire' ? '完全在页面和出血范围之外，印不出来' : '部分超出出血范围，超出部分会被裁掉'),
  'text-in-margin': (p) => `样式「${p('style')}」有 ${p('lines')} 行排在版心之外，该样式不允许`,
  'rich-black-small-text': (p) => richBlackZh(p),
  'broken-thread': (p) => (THREAD_ZH[p('detail')] ?? ((t: string) => `连排链接有误（${p('detail')} ${t}）`))(p('target')),
  'profile-unusable': (p) => `输出特性文件 ${p('file')} 不能用：${p('reason')}；图片无法转换，总墨量也没有检查`,
  'layout-unavailable': (p) => `版面排不出来${p('reason') === '' ? '' : `（${p('reason')}）`}，所以溢出、缺字、版心外文字和字体授权都没有检查`,
};

const EN: Readonly<Record<PreflightIssue['code'], Wording>> = {
  overset: (p) => `${p('zi')} ${p('zi') === '1' ? 'character' : 'characters'} overset: the story “${p('slug')}” does not fit its frames`,
  'missing-glyph': (p) => `missing glyphs: ${p('font')} has no glyph for ${p('text')}; these characters would not print`,
  'font-missing': (p) => (p('style') === '' ? `the font ${p('family')} the layout used is not available` : `the font “${p('family')}” (${p('weight')}) is not available; the style “${p('style')}” needs it`),
  'font-not-embeddable': (p) => `the licence of ${p('family')} forbids embedding it in a PDF (OS/2 fsType ${p('fsType')})`,
  'image-low-res': (p) => `effective resolution ${p('ppi')} ppi, below ${p('threshold')} ppi`,
  'image-missing': (p) => `the image file is missing: ${p('path')}`,
  'image-rgb-converted': (p) => `RGB image, converted to the output CMYK on export: ${p('path')}`,
  'image-ink-over-limit': (p) => `the printed image reaches ${p('ink')} % total ink, over the limit of ${p('limit')} %`,
  'ink-over-limit': (p) => `the ${p('part') === 'fill' ? 'fill' : 'stroke'} colour has ${p('ink')} % total ink, over the limit of ${p('limit')} %`,
  'empty-frame': (p) => (p('kind') === 'image' ? 'empty image frame: no image placed' : 'empty text frame: no story and no running-head template'),
  'blank-page': () => 'blank page: nothing of its own on it (master items at most); was a page of copy left out?',
  'duplicate-label': (p) => `the label ${p('label')} is also page ${p('first')}'s: jump lines and per-page PDF names would point at the wrong page; change one`,
  'outside-bleed': (p) => (p('extent') === 'entire' ? 'entirely outside the page and its bleed: it will not print' : 'partly outside the bleed: the plant trims what sticks out'),
  'text-in-margin': (p) => `${p('lines') === '1' ? '1 line' : `${p('lines')} lines`} in the style “${p('style')}” ${p('lines') === '1' ? 'stands' : 'stand'} outside the type area, which the style does not allow`,
  'rich-black-small-text': (p) => richBlackEn(p),
  'broken-thread': (p) => (THREAD_EN[p('detail')] ?? ((t: string) => `broken thread (${p('detail')} ${t})`))(p('target')),
  'profile-unusable': (p) => `the output profile ${p('file')} cannot be used: ${p('reason')}; images cannot be converted, and their ink was not checked`,
  'layout-unavailable': (p) => `the edition could not be composed${p('reason') === '' ? '' : ` (${p('reason')})`}, so overset, missing glyphs, text in the margin and font licences were not checked`,
};

export function formatPreflightIssue(issue: PreflightIssue, locale: PreflightLocale): string {
  const p = (key: string): string => {
    const value = issue.params[key];
    return value === undefined ? '' : String(value);
  };
  return (locale === 'zh-CN' ? ZH : EN)[issue.code](p);
}
