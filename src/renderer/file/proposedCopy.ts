// proposedCopy.ts: where Save As proposes to put the copy (the window cannot use node:path).
/** Folder and name proposed for the copy: beside the current edition, named "…-副本.galley" (`copy` in the window's language). */
export function proposedCopy(current: string, copy: string): { folder: string; name: string } {
  const cut = Math.max(current.lastIndexOf('/'), current.lastIndexOf('\\'));
  const folder = cut > 0 ? current.slice(0, cut) : current;
  const base = current.slice(cut + 1).replace(/\.galley$/iu, '');
  return { folder, name: `${base}-${copy}.galley` };
}
