// edition.ts: the whole document, as one validated value.
import { z } from 'zod';
import { AssetSchema } from './asset';
import { PageFormatSchema } from './format';
import { EditionMetaSchema } from './meta';
import { OutputSettingsSchema, SwatchSchema } from './output';
import { MasterSchema, PageSchema } from './page';
import { StorySchema } from './story';
import { StylesSchema } from './styles';

/** The schema version this build writes. Older files are migrated up; newer ones are refused. */
export const CURRENT_SCHEMA_VERSION = 6;

export const EditionSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: z.string().min(1),
  meta: EditionMetaSchema,
  format: PageFormatSchema,
  styles: StylesSchema,
  masters: z.array(MasterSchema),
  pages: z.array(PageSchema),
  stories: z.array(StorySchema),
  assets: z.array(AssetSchema),
  swatches: z.array(SwatchSchema),
  output: OutputSettingsSchema,
});
export type Edition = z.infer<typeof EditionSchema>;
