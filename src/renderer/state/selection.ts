// selection.ts: the memory behind useEditorSelector (EditorContext.tsx) and the equalities its
// callers pass. Plain functions, so the specs run them without React.
import type { EditorState } from './editorState';

/**
 * The memory behind useEditorSelector: picks from a state, and hands back the value it gave last
 * time while the new one is equal to it. Asked again with the same state and selector, it does
 * not pick again.
 */
export function createSelection<T>(): (state: EditorState, select: (state: EditorState) => T, isEqual: (a: T, b: T) => boolean) => T {
  let last: { readonly state: EditorState; readonly select: (state: EditorState) => T; readonly value: T } | null = null;
  return (state, select, isEqual) => {
    if (last && last.state === state && last.select === select) return last.value;
    const next = select(state);
    const value = last && isEqual(last.value, next) ? last.value : next;
    last = { state, select, value };
    return value;
  };
}

/** Equal when both arrays hold the same items (by identity) in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** Equal when both objects have the same keys with identical values. */
export function sameFields<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(a) as Array<keyof T>;
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}
