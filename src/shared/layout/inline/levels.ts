// levels.ts: the prohibition levels (禁则 strictness) a paragraph style names. The names are
// the model's, lower-case; the conformance vectors and the CLI also accept `GB` and any case.
import type { ParagraphStyle } from '../../model';

export type ProhibitionLevel = ParagraphStyle['prohibition'];

export const PROHIBITION_LEVELS: readonly ProhibitionLevel[] = ['none', 'basic', 'gb', 'strict', 'loose', 'uax14'];

/** `GB`, `gb`, `Strict` … → the level, or null for an unknown name. */
export function parseProhibitionLevel(name: string): ProhibitionLevel | null {
  const lower = name.trim().toLowerCase();
  return PROHIBITION_LEVELS.find((level) => level === lower) ?? null;
}
