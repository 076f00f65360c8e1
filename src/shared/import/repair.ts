// repair.ts: the import's repairs on draft paragraphs, in the one order both the importer
// (src/main/services/import/finish.ts) and paste in the story editor run them:
//   1. rejoin split body paragraphs (texts change length here, so it goes first);
//   2. full-width punctuation (length-preserving, so step 1's offsets stay right);
//   3. flag stray Latin words.
// Notes come back sorted by paragraph, then offset, as the import report lists them.
import type { DraftParagraph } from './blocks';
import type { PendingNote } from './notes';
import { fullWidthPunctuation, strayLatinWords } from './punctuation';
import { rejoinSplitParagraphs } from './rejoin';

/** Repairs `paragraphs` in place (rejoined ones are removed) and returns every note. */
export function repairParagraphs(paragraphs: DraftParagraph[], isBody: (p: DraftParagraph) => boolean): PendingNote[] {
  const pending = rejoinSplitParagraphs(paragraphs, isBody);
  for (const paragraph of paragraphs) pending.push(...fullWidthPunctuation(paragraph), ...strayLatinWords(paragraph));
  const order = (p: PendingNote): number => paragraphs.indexOf(p.paragraph);
  // Array.prototype.sort is stable, so notes at one offset keep the order the repairs made them.
  pending.sort((x, y) => order(x) - order(y) || x.offset - y.offset);
  return pending;
}
