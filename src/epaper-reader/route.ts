// route.ts: the reader's deep links. `#page=A01` opens a page, `#article=<id>` opens the page an
// article starts on with its hotspot selected, `#search=<query>` runs a search. The hash is the
// single source of truth: every navigation sets it and the reader redraws on `hashchange`, so
// the browser's back button and shared links work, from a server and from file:// alike.

export type Route =
  | { readonly kind: 'page'; readonly page: string }
  | { readonly kind: 'article'; readonly id: string }
  | { readonly kind: 'search'; readonly query: string }
  | { readonly kind: 'none' };

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null; // a malformed escape in a hand-typed link
  }
}

/** The route a location hash names (with or without its `#`); anything unknown is `none`. */
export function parseHash(hash: string): Route {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const eq = body.indexOf('=');
  if (eq <= 0) return { kind: 'none' };
  const key = body.slice(0, eq);
  const value = decode(body.slice(eq + 1));
  if (value === null || value === '') return { kind: 'none' };
  if (key === 'page') return { kind: 'page', page: value };
  if (key === 'article') return { kind: 'article', id: value };
  if (key === 'search') return { kind: 'search', query: value };
  return { kind: 'none' };
}

export function pageHash(label: string): string {
  return `#page=${encodeURIComponent(label)}`;
}

export function articleHash(id: string): string {
  return `#article=${encodeURIComponent(id)}`;
}

export function searchHash(query: string): string {
  return `#search=${encodeURIComponent(query)}`;
}
