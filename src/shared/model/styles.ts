// styles.ts: paragraph, character and frame styles. The composition engine reads these; the
// fields here are the ones the import and the page grid already need, and later issues extend
// them through migrations.
import { z } from 'zod';
import { DEFAULT_SIZE_NAMES } from './units';

const pt = z.number().finite();

export const ProhibitionLevelSchema = z.enum(['none', 'basic', 'gb', 'strict', 'loose', 'uax14']);

export const FontPairSchema = z.strictObject({
  /** Family for Han characters and CJK punctuation. */
  cjk: z.string().min(1),
  /** Family for Latin letters and figures. */
  latin: z.string().min(1),
});

export const ParagraphStyleSchema = z.strictObject({
  id: z.string().min(1),
  /** The name staff know the style by: 主题, 正文, 署名 … */
  name: z.string().min(1),
  font: FontPairSchema,
  weight: z.enum(['regular', 'bold']),
  size: pt.positive(),
  leading: pt.positive(),
  tracking: pt,
  align: z.enum(['justify', 'start', 'center', 'end']),
  /** First-line indent in em of the style's size (正文 indents 2 字). */
  firstLineIndentEm: z.number().finite().nonnegative(),
  spaceBefore: pt.nonnegative(),
  spaceAfter: pt.nonnegative(),
  prohibition: ProhibitionLevelSchema,
  keepWithNext: z.boolean(),
  /** The last line holds at least this many characters (no 孤字); 1 turns the rule off. */
  minLastLineChars: z.number().int().min(1),
  /** 行末点号悬挂: a line-end mark may hang outside the measure. Off by default (CLREQ). */
  hangingPunctuation: z.boolean(),
  /**
   * Space between Han characters and Latin letters or digits, in em of the style's size (¼ em,
   * typesetting-cjk.md §8); 0 turns it off. Never at line edges or next to Chinese punctuation.
   */
  hanLatinSpacingEm: z.number().finite().min(0).max(1),
  /**
   * The 字号 the size was chosen by (小五, 五号 …), or null for a size given in points. When set it
   * names an entry of format.sizeNames and `size` equals that entry (schema.ts checks it).
   */
  sizeName: z.string().min(1).nullable(),
  /** Text in this style may sit outside the type area (版心), e.g. 中缝 notes; preflight flags the rest. */
  marginText: z.boolean(),
  /**
   * Lines not justified are broken as evenly as they can be without adding one (a headline is
   * not a full line and a two-character tail). Headline styles (引题, 主题, 副题) have it on.
   */
  balanceLines: z.boolean(),
});
export type ParagraphStyle = z.infer<typeof ParagraphStyleSchema>;

export const CharacterStyleSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  weight: z.enum(['regular', 'bold']).nullable(),
  /** 着重号: dots under (or beside) each character. */
  emphasisDots: z.boolean(),
});
export type CharacterStyle = z.infer<typeof CharacterStyleSchema>;

/**
 * CMYK in percent, 0–100 per ink. With `spot`, the colour is that named spot ink (a Separation
 * in the PDF) and the CMYK values are its process alternate, used on screen and by plants that
 * print it in process.
 */
export const CmykSchema = z.strictObject({
  c: z.number().min(0).max(100),
  m: z.number().min(0).max(100),
  y: z.number().min(0).max(100),
  k: z.number().min(0).max(100),
  spot: z.string().min(1).max(127).optional(),
});
export type Cmyk = z.infer<typeof CmykSchema>;

export const StrokeSchema = z.strictObject({ width: pt.nonnegative(), color: CmykSchema });
export type Stroke = z.infer<typeof StrokeSchema>;

export const FrameStyleSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  stroke: StrokeSchema.nullable(),
  fill: CmykSchema.nullable(),
});
export type FrameStyle = z.infer<typeof FrameStyleSchema>;

export const StylesSchema = z.strictObject({
  paragraph: z.array(ParagraphStyleSchema),
  character: z.array(CharacterStyleSchema),
  frame: z.array(FrameStyleSchema),
});
export type Styles = z.infer<typeof StylesSchema>;

/** Ids of the paragraph styles every edition starts with; the importer assigns these. */
export const ParagraphStyleIds = {
  kicker: 'p-yinti', // 引题
  headline: 'p-zhuti', // 主题
  subhead: 'p-futi', // 副题
  byline: 'p-shuming', // 署名
  body: 'p-zhengwen', // 正文
  crosshead: 'p-xiaobiaoti', // 小标题
  caption: 'p-tupianshuoming', // 图片说明
  jump: 'p-zhuanban', // 转版
  promo: 'p-tuiguang', // 推广语 (the paper's own promotional lines)
} as const;

export const CharacterStyleIds = { bold: 'c-bold', emphasis: 'c-emphasis', boldEmphasis: 'c-bold-emphasis' } as const;

const K100 = { c: 0, m: 0, y: 0, k: 100 };

/**
 * The default style sheet for a body size; sizes follow the 字号 table (typesetting-cjk.md §10–11),
 * and each style names its entry of `sizeNames` when its size has one.
 */
export function defaultStyles(
  bodySize: number,
  linePitch: number,
  sizeNames: ReadonlyArray<{ readonly name: string; readonly pt: number }> = DEFAULT_SIZE_NAMES,
): Styles {
  const song = { cjk: 'Noto Serif SC', latin: 'Source Serif 4' };
  const hei = { cjk: 'Noto Sans SC', latin: 'Source Serif 4' };
  const base = {
    tracking: 0,
    spaceBefore: 0,
    spaceAfter: 0,
    prohibition: 'gb' as const,
    keepWithNext: false,
    firstLineIndentEm: 0,
    minLastLineChars: 2,
    hangingPunctuation: false,
    hanLatinSpacingEm: 0.25,
    marginText: false,
    balanceLines: false,
  };
  const named = (size: number): string | null => sizeNameFor(sizeNames, size);
  const id = ParagraphStyleIds;
  return {
    paragraph: [
      { ...base, id: id.kicker, name: '引题', font: song, weight: 'regular', size: 12, sizeName: named(12), leading: 16, align: 'center', keepWithNext: true, balanceLines: true },
      { ...base, id: id.headline, name: '主题', font: hei, weight: 'bold', size: 22, sizeName: named(22), leading: 28, align: 'center', keepWithNext: true, balanceLines: true },
      { ...base, id: id.subhead, name: '副题', font: song, weight: 'regular', size: 12, sizeName: named(12), leading: 16, align: 'center', keepWithNext: true, balanceLines: true },
      { ...base, id: id.byline, name: '署名', font: song, weight: 'regular', size: bodySize, sizeName: named(bodySize), leading: linePitch, align: 'center', keepWithNext: true },
      { ...base, id: id.body, name: '正文', font: song, weight: 'regular', size: bodySize, sizeName: named(bodySize), leading: linePitch, align: 'justify', firstLineIndentEm: 2 },
      { ...base, id: id.crosshead, name: '小标题', font: hei, weight: 'bold', size: bodySize, sizeName: named(bodySize), leading: linePitch, align: 'start', keepWithNext: true },
      { ...base, id: id.caption, name: '图片说明', font: { cjk: 'Noto Sans SC', latin: 'Source Serif 4' }, weight: 'regular', size: 7.5, sizeName: named(7.5), leading: 10.5, align: 'justify', firstLineIndentEm: 2 },
      { ...base, id: id.jump, name: '转版', font: song, weight: 'regular', size: 7.5, sizeName: named(7.5), leading: 10.5, align: 'end' },
      { ...base, id: id.promo, name: '推广语', font: hei, weight: 'regular', size: bodySize, sizeName: named(bodySize), leading: linePitch, align: 'start' },
    ],
    character: [
      { id: CharacterStyleIds.bold, name: '粗体', weight: 'bold', emphasisDots: false },
      { id: CharacterStyleIds.emphasis, name: '着重号', weight: null, emphasisDots: true },
      // Both at once: what emphasis dots on bold text (or bold on dotted text) becomes.
      { id: CharacterStyleIds.boldEmphasis, name: '粗体着重', weight: 'bold', emphasisDots: true },
    ],
    frame: [
      { id: 'f-none', name: '无', stroke: null, fill: null },
      { id: 'f-rule', name: '细线', stroke: { width: 0.5, color: K100 }, fill: null },
    ],
  };
}

/** The 字号 whose size is exactly `size` pt (小五 for 9), or null when the table has none. */
export function sizeNameFor(sizeNames: ReadonlyArray<{ readonly name: string; readonly pt: number }>, size: number): string | null {
  return sizeNames.find((entry) => entry.pt === size)?.name ?? null;
}
