// frame.ts: what sits on a page. Geometry is in points from the top-left corner of the trim.
import { z } from 'zod';
import { CmykSchema, StrokeSchema } from './styles';

const pt = z.number().finite();

export const InsetsSchema = z.strictObject({
  top: pt.nonnegative(),
  right: pt.nonnegative(),
  bottom: pt.nonnegative(),
  left: pt.nonnegative(),
});
export type Insets = z.infer<typeof InsetsSchema>;

/** Runaround: other frames' text keeps this far from this frame when enabled. */
export const WrapSchema = z.strictObject({ enabled: z.boolean(), offsets: InsetsSchema });
export type Wrap = z.infer<typeof WrapSchema>;

/** A frame on any page, for threads that cross pages. */
export const FrameRefSchema = z.strictObject({ pageId: z.string().min(1), frameId: z.string().min(1) });
export type FrameRef = z.infer<typeof FrameRefSchema>;

const frameBase = {
  id: z.string().min(1),
  /** A label for staff, such as an image's file name or 报眉. */
  name: z.string(),
  x: pt,
  y: pt,
  width: pt.positive(),
  height: pt.nonnegative(),
  locked: z.boolean(),
  wrap: WrapSchema,
  /** Frames sharing a group id select and move together (a photo and its caption, say). */
  groupId: z.string().min(1).nullable(),
};

export const TextFrameSchema = z.strictObject({
  ...frameBase,
  kind: z.literal('text'),
  /** The story whose text flows here, or null for page furniture set from `template`. */
  storyId: z.string().min(1).nullable(),
  /**
   * Page furniture text with fields: {paper}, {date}, {pageNumber}, {pageNumberZh}, {section},
   * {issue}, {weekday} (星期一). Filled from the edition and page, so a running head follows its page.
   */
  template: z.string().nullable(),
  /**
   * Where the template's line sits: start, centre or end of the frame, or `outside` / `inside`:
   * the edge away from or towards the spine, so a running head's 第X版 is at the outer edge of
   * left-hand (even) and right-hand (odd) pages alike.
   */
  templateAlign: z.enum(['start', 'center', 'end', 'outside', 'inside']),
  columns: z.number().int().min(1).max(24),
  gutter: pt.nonnegative(),
  insets: InsetsSchema,
  verticalAlign: z.enum(['top', 'center', 'bottom', 'justify']),
  prev: FrameRefSchema.nullable(),
  next: FrameRefSchema.nullable(),
});
export type TextFrame = z.infer<typeof TextFrameSchema>;

export const ImageFrameSchema = z.strictObject({
  ...frameBase,
  kind: z.literal('image'),
  assetId: z.string().min(1).nullable(),
  fit: z.enum(['fill', 'fit', 'crop']),
  /** Crop: the image's offset inside the frame and its scale (1 = its own size at 72 ppi). */
  crop: z.strictObject({ offsetX: pt, offsetY: pt, scale: z.number().finite().positive() }),
  /** The caption paragraph this photo belongs with. */
  caption: z.strictObject({ storyId: z.string().min(1), paragraphId: z.string().min(1) }).nullable(),
});
export type ImageFrame = z.infer<typeof ImageFrameSchema>;

export const RuleFrameSchema = z.strictObject({
  ...frameBase,
  kind: z.literal('rule'),
  stroke: StrokeSchema,
});
export type RuleFrame = z.infer<typeof RuleFrameSchema>;

export const BoxFrameSchema = z.strictObject({
  ...frameBase,
  kind: z.literal('box'),
  stroke: StrokeSchema.nullable(),
  fill: CmykSchema.nullable(),
});
export type BoxFrame = z.infer<typeof BoxFrameSchema>;

export const FrameSchema = z.discriminatedUnion('kind', [
  TextFrameSchema,
  ImageFrameSchema,
  RuleFrameSchema,
  BoxFrameSchema,
]);
export type Frame = z.infer<typeof FrameSchema>;
export type FrameKind = Frame['kind'];

export const NO_WRAP: Wrap = { enabled: false, offsets: { top: 0, right: 0, bottom: 0, left: 0 } };
export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
