// blocks.ts: moved to src/shared/import/blocks.ts (the story editor's paste drafts paragraphs the
// same way); re-exported so the importers keep their imports.
export {
  appendParagraph,
  blocksOf,
  type DraftParagraph,
  draftParagraph,
  isBlank,
  lineAt,
  type SourceLine,
  type SourceSpan,
  splitLines,
} from '../../../shared/import';
