// page.ts: pages, master pages and their furniture.
import { z } from 'zod';
import { FrameSchema } from './frame';

/** Ruler guides dragged out by staff, in points from the trim's top-left corner. */
export const GuidesSchema = z.strictObject({
  /** x positions of vertical guides. */
  vertical: z.array(z.number().finite()),
  /** y positions of horizontal guides. */
  horizontal: z.array(z.number().finite()),
});
export type Guides = z.infer<typeof GuidesSchema>;
export const NO_GUIDES: Guides = { vertical: [], horizontal: [] };

export const PageSchema = z.strictObject({
  id: z.string().min(1),
  /** Position in the edition, 1-based; kept equal to the page's index + 1. */
  number: z.number().int().positive(),
  /** 版次 label as printed and used in file names: A01, 第1版 … */
  label: z.string().min(1),
  /**
   * The label's number is the page's and follows it when pages are added, removed or moved (A03
   * on page 3); false for a label set by hand (B01 on page 9, 头版), which stays as it is.
   */
  labelFollowsNumber: z.boolean(),
  /** Section (版名), such as 要闻 or 综合. */
  section: z.string(),
  masterId: z.string().min(1).nullable(),
  frames: z.array(FrameSchema),
  guides: GuidesSchema,
});
export type Page = z.infer<typeof PageSchema>;

export const MasterSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  /** Furniture drawn on every page that uses this master: the running head (报眉), rules. */
  frames: z.array(FrameSchema),
  guides: GuidesSchema,
});
export type Master = z.infer<typeof MasterSchema>;
