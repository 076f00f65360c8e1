// punctuation.ts: moved to src/shared/import/punctuation.ts (paste in the story editor repairs
// punctuation exactly as import does); re-exported for the importers and their specs.
export { fullWidthPunctuation, normalisePunctuation, type PunctuationChange, strayLatinWords } from '../../../shared/import';
