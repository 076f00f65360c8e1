// The composition engine's output tree and its stable serialisation.
export type {
  ColumnLayout,
  EditionLayout,
  FrameLayout,
  GlyphRun,
  LineLayout,
  MissingGlyphReport,
  OversetReport,
  PageLayout,
  SourceRange,
} from './PageLayout';
export { layoutToJson, stableJson } from './serialize';
