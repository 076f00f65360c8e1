// hanLatinSpacing.ts: the gap between Han and Latin letters or European digits (typesetting-cjk.md
// §8): ¼ em by default, configurable. It is glue at a boundary, not part of a glyph, so it
// vanishes when the boundary is a line edge (lineExtras.ts counts interior boundaries only). No
// gap next to Chinese punctuation (marks are not Han) or on the inner side of brackets, and none
// where the author typed a space (the space is the gap: CSS text-autospace).
import { charClass, type FontSlot } from '../fonts';
import type { Mark } from './punctuation';
import { lineBreakClass } from './unicodeProps';

function isHan(cp: number, mark: Mark | null): boolean {
  return mark === null && charClass(cp) === 'cjk' && lineBreakClass(cp) === 'ID';
}

function isLatinLetterOrDigit(cp: number, slot: FontSlot | undefined): boolean {
  return slot === 'latin' && charClass(cp) === 'latin';
}

/** gap[j]: the space to add at boundary j (between code points j-1 and j) when it is inside a line. */
export function hanLatinGaps(cps: readonly number[], slot: readonly FontSlot[], marks: ReadonlyArray<Mark | null>, gap: number): Float64Array {
  const out = new Float64Array(cps.length + 1);
  if (gap <= 0) return out;
  for (let j = 1; j < cps.length; j++) {
    const a = cps[j - 1] ?? 0;
    const b = cps[j] ?? 0;
    const hanThenLatin = isHan(a, marks[j - 1] ?? null) && isLatinLetterOrDigit(b, slot[j]);
    const latinThenHan = isLatinLetterOrDigit(a, slot[j - 1]) && isHan(b, marks[j] ?? null);
    if (hanThenLatin || latinThenHan) out[j] = gap;
  }
  return out;
}
