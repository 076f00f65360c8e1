// The edition model: types, schema, migrations, units and pure edits.
export { type Asset, AssetSchema } from './asset';
export {
  counterIds,
  emptyEdition,
  newImageFrame,
  newPage,
  newTextFrame,
  type NewId,
} from './create';
export { CURRENT_SCHEMA_VERSION, type Edition, EditionSchema } from './edition';
export { formatLabel, labelPattern, type LabelPattern } from './pageLabel';
export {
  BROADSHEET_GRID,
  columnEdges,
  columnWidth,
  type FormatPreset,
  formatFromGrid,
  type PageFormat,
  PageFormatSchema,
  presetFormat,
  spanWidth,
  TABLOID_GRID,
  typeArea,
} from './format';
export {
  type BoxFrame,
  type Frame,
  type FrameKind,
  type FrameRef,
  FrameSchema,
  type ImageFrame,
  type Insets,
  NO_INSETS,
  NO_WRAP,
  type RuleFrame,
  type TextFrame,
} from './frame';
export { type EditionMeta, EditionMetaSchema } from './meta';
export { MIGRATIONS, migrate, type Migration, type MigrationResult } from './migrations';
export { type Applied, applyOp, applyOps, OpError } from './ops/applyOp';
export { canRedo, canUndo, commit, commitCoalescing, createHistory, DEFAULT_HISTORY_LIMIT, type History, type HistoryEntry, redo, undo } from './ops/history';
export { type Op, OpSchema } from './ops/opSchema';
export {
  defaultOutputSettings,
  defaultSwatches,
  type OutputSettings,
  OutputSettingsSchema,
  type PdfxVersion,
  PdfxVersionSchema,
  type Swatch,
  SwatchSchema,
} from './output';
export { type Master, type Page, PageSchema } from './page';
export { checkReferences, formatPath, parseEdition, type ParseResult, type SchemaIssue, zodIssues } from './schema';
export {
  type Box,
  type ColumnSnap,
  columnPitch,
  linesOn,
  type MoveSnap,
  snapEdge,
  snapFramePosition,
  type SnapLine,
  snapMove,
  type SnapResult,
  type SnapTargets,
  snapTargets,
  snapToBaselineGrid,
  snapToColumns,
} from './snap';
export {
  countChars,
  type Credit,
  firstParagraphWithStyle,
  type ImportNote,
  type Paragraph,
  paragraphText,
  type Run,
  type Story,
  StorySchema,
  storyText,
} from './story';
export {
  type CharacterStyle,
  CharacterStyleIds,
  type Cmyk,
  defaultStyles,
  type ParagraphStyle,
  ParagraphStyleIds,
  sizeNameFor,
  type Styles,
} from './styles';
export { chineseDate, chineseNumber, chineseWeekday, fillTemplate } from './template';
export {
  DEFAULT_SIZE_NAMES,
  hangToPt,
  mmToPt,
  PT_PER_MM,
  ptToHang,
  ptToMm,
  ptToZi,
  roundPt,
  sizeByName,
  ziToPt,
} from './units';
