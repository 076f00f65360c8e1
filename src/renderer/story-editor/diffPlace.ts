// diffPlace.ts: where two versions of a story differ, as a caret place in the newer one. When an
// undo, a redo or a replace changes the story under the editor, the caret goes to the end of
// what changed, as editors do, rather than staying where it was.
import { type Paragraph, paragraphText } from '../../shared/model';

export interface ChangedPlace {
  readonly paragraphId: string;
  readonly offset: number;
}

/** The end of the first change from `before` to `after`, or null when their texts and styles agree. */
export function changedPlace(before: readonly Paragraph[], after: readonly Paragraph[]): ChangedPlace | null {
  const n = Math.max(before.length, after.length);
  let i = 0;
  while (i < n && same(before[i], after[i])) i++;
  if (i === n) return null;
  const next = after[i] ?? after[after.length - 1];
  if (!next) return null;
  const old = before[i];
  const text = paragraphText(next);
  if (!old || old.id !== next.id) return { paragraphId: next.id, offset: text.length };
  const was = paragraphText(old);
  let suffix = 0;
  while (suffix < was.length && suffix < text.length && was[was.length - 1 - suffix] === text[text.length - 1 - suffix]) suffix++;
  let prefix = 0;
  while (prefix < text.length - suffix && prefix < was.length - suffix && was[prefix] === text[prefix]) prefix++;
  return { paragraphId: next.id, offset: Math.max(prefix, text.length - suffix) };
}

function same(a: Paragraph | undefined, b: Paragraph | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.id === b.id && a.style === b.style && JSON.stringify(a.runs) === JSON.stringify(b.runs);
}

/** Paragraph lists with equal content (ids, styles, runs). */
export function sameParagraphs(a: readonly Paragraph[], b: readonly Paragraph[]): boolean {
  return a === b || (a.length === b.length && a.every((p, i) => same(p, b[i])));
}

/**
 * `next` with every paragraph equal to the one of the same id in `before` replaced by that very
 * object, so an edit changes the identity of the edited paragraphs only: the page composer's
 * paragraph memo (shared/layout/flow/paragraphMemo.ts) then sets just those again.
 */
export function keepUnchanged(next: readonly Paragraph[], before: readonly Paragraph[]): Paragraph[] {
  const byId = new Map(before.map((p) => [p.id, p]));
  return next.map((p) => {
    const old = byId.get(p.id);
    return old && same(old, p) ? old : p;
  });
}
