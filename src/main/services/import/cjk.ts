// cjk.ts: the character classes moved to src/shared/import/cjk.ts (the story editor's paste
// runs the same repairs in the renderer); re-exported so the importers keep their imports.
export {
  containsCjk,
  head,
  isClausePunctuation,
  isCjkContext,
  isHan,
  type ParagraphEnding,
  paragraphEnding,
  tail,
} from '../../../shared/import';
