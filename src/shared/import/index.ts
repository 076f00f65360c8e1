// import/: the importer's pure text repairs, shared by the main-process importer
// (src/main/services/import) and paste in the renderer's story editor.
export { appendParagraph, blocksOf, type DraftParagraph, draftParagraph, isBlank, lineAt, type SourceLine, type SourceSpan, splitLines } from './blocks';
export { containsCjk, head, isClausePunctuation, isCjkContext, isHan, type ParagraphEnding, paragraphEnding, tail } from './cjk';
export { CONTEXT_CHARS, type PendingNote } from './notes';
export { draftsFromParagraphs, draftsFromPlainText, type NormalisedPaste, normalisePaste, type PasteNote } from './paste';
export { fullWidthPunctuation, normalisePunctuation, type PunctuationChange, strayLatinWords } from './punctuation';
export { type BreakDecision, decideBreak, rejoinSplitParagraphs } from './rejoin';
export { repairParagraphs } from './repair';
