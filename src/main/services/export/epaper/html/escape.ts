// escape.ts: the one place the e-paper bundle escapes text for HTML (issue 7's agreed rule). Every
// string that reaches index.html or an article page from the edition — headlines, bylines, body
// text, captions, file names — goes through escapeHtml, in element content and in quoted
// attribute values alike, so there is one function to audit rather than one per call site.

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe for HTML element content and for a quoted attribute value (either quote), and
 * normalised to NFC so that a headline typed with decomposed characters reads and searches the
 * same as the composed form the index holds.
 */
export function escapeHtml(text: string): string {
  return text.normalize('NFC').replace(/[&<>"']/gu, (c) => ENTITIES[c] ?? c);
}

/**
 * JSON for an inline `<script>` (the article pages' JSON-LD): `<` becomes `\u003c`, so no string
 * in the data can close the script element or open a comment, and U+2028/U+2029 are escaped for
 * old parsers. The result is still valid JSON and parses to the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</gu, '\\u003c')
    .replace(/>/gu, '\\u003e')
    .replace(/&/gu, '\\u0026')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');
}
