// notes.ts: an import note before its paragraph has an id. Repairs run on draft paragraphs; ids
// are handed out once the paragraph list is final, so a rejoined paragraph never wastes one.
import type { ImportNote } from '../model';
import type { DraftParagraph } from './blocks';

export interface PendingNote {
  readonly paragraph: DraftParagraph;
  readonly kind: ImportNote['kind'];
  readonly repaired: boolean;
  readonly offset: number;
  readonly sourceLine: number;
  readonly before: string;
  readonly after: string;
  /** Chinese, stored with the story for the proofreaders. */
  readonly message: string;
  readonly messageEn: string;
}

/** How much text either side of a location a note quotes. */
export const CONTEXT_CHARS = 6;
