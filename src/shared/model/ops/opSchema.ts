// opSchema.ts: the edits a user can make, as data. They cross the host boundary, so they are
// validated like everything else that does.
import { z } from 'zod';
import { AssetSchema } from '../asset';
import { FrameSchema } from '../frame';
import { PageSchema } from '../page';
import { StorySchema } from '../story';

const id = z.string().min(1);
const pt = z.number().finite();
/** A patch names fields to replace. The result is re-validated against the full schema. */
const PatchSchema = z.record(z.string(), z.unknown());

export const MoveFrameOpSchema = z.strictObject({ type: z.literal('moveFrame'), pageId: id, frameId: id, x: pt, y: pt });
export const ResizeFrameOpSchema = z.strictObject({
  type: z.literal('resizeFrame'),
  pageId: id,
  frameId: id,
  x: pt,
  y: pt,
  width: pt.positive(),
  height: pt.nonnegative(),
});
export const UpdateFrameOpSchema = z.strictObject({ type: z.literal('updateFrame'), pageId: id, frameId: id, patch: PatchSchema });
export const AddFrameOpSchema = z.strictObject({ type: z.literal('addFrame'), pageId: id, index: z.number().int().nonnegative(), frame: FrameSchema });
export const RemoveFrameOpSchema = z.strictObject({ type: z.literal('removeFrame'), pageId: id, frameId: id });
export const AddPageOpSchema = z.strictObject({ type: z.literal('addPage'), index: z.number().int().nonnegative(), page: PageSchema });
export const RemovePageOpSchema = z.strictObject({ type: z.literal('removePage'), pageId: id });
export const UpdateParagraphStyleOpSchema = z.strictObject({ type: z.literal('updateParagraphStyle'), styleId: id, patch: PatchSchema });

/** Moves a page to `index` (pages are renumbered; jump lines follow the numbers). */
export const MovePageOpSchema = z.strictObject({ type: z.literal('movePage'), pageId: id, index: z.number().int().nonnegative() });
/** Label, section, master, guides; not id, number or frames (those have their own ops). */
export const UpdatePageOpSchema = z.strictObject({ type: z.literal('updatePage'), pageId: id, patch: PatchSchema });
/** Paper, date, issue numbers, credits: what the running head and the masthead's date line show. */
export const UpdateMetaOpSchema = z.strictObject({ type: z.literal('updateMeta'), patch: PatchSchema });
/** Stacking order: frames paint in array order, so index 0 is at the back. */
export const ReorderFrameOpSchema = z.strictObject({ type: z.literal('reorderFrame'), pageId: id, frameId: id, index: z.number().int().nonnegative() });
/** Slug, status, credits, paragraphs (the story editor sends whole paragraphs); not id. */
export const UpdateStoryOpSchema = z.strictObject({ type: z.literal('updateStory'), storyId: id, patch: PatchSchema });
export const AddAssetOpSchema = z.strictObject({ type: z.literal('addAsset'), index: z.number().int().nonnegative(), asset: AssetSchema });
export const RemoveAssetOpSchema = z.strictObject({ type: z.literal('removeAsset'), assetId: id });

export const AddStoryOpSchema = z.strictObject({ type: z.literal('addStory'), index: z.number().int().nonnegative(), story: StorySchema });
export const RemoveStoryOpSchema = z.strictObject({ type: z.literal('removeStory'), storyId: id });

type Leaf =
  | z.infer<typeof MoveFrameOpSchema>
  | z.infer<typeof ResizeFrameOpSchema>
  | z.infer<typeof UpdateFrameOpSchema>
  | z.infer<typeof AddFrameOpSchema>
  | z.infer<typeof RemoveFrameOpSchema>
  | z.infer<typeof AddPageOpSchema>
  | z.infer<typeof RemovePageOpSchema>
  | z.infer<typeof UpdateParagraphStyleOpSchema>
  | z.infer<typeof AddStoryOpSchema>
  | z.infer<typeof RemoveStoryOpSchema>
  | z.infer<typeof MovePageOpSchema>
  | z.infer<typeof UpdatePageOpSchema>
  | z.infer<typeof UpdateMetaOpSchema>
  | z.infer<typeof ReorderFrameOpSchema>
  | z.infer<typeof UpdateStoryOpSchema>
  | z.infer<typeof AddAssetOpSchema>
  | z.infer<typeof RemoveAssetOpSchema>;

/** Several ops undone and redone as one step. */
export interface BatchOp {
  readonly type: 'batch';
  readonly ops: readonly Op[];
}
export type Op = Leaf | BatchOp;

export const OpSchema: z.ZodType<Op> = z.lazy(() =>
  z.union([
    MoveFrameOpSchema,
    ResizeFrameOpSchema,
    UpdateFrameOpSchema,
    AddFrameOpSchema,
    RemoveFrameOpSchema,
    AddPageOpSchema,
    RemovePageOpSchema,
    UpdateParagraphStyleOpSchema,
    AddStoryOpSchema,
    RemoveStoryOpSchema,
    MovePageOpSchema,
    UpdatePageOpSchema,
    UpdateMetaOpSchema,
    ReorderFrameOpSchema,
    UpdateStoryOpSchema,
    AddAssetOpSchema,
    RemoveAssetOpSchema,
    z.strictObject({ type: z.literal('batch'), ops: z.array(OpSchema) }),
  ]),
);
