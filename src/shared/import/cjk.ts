// cjk.ts: character classes the import repairs reason with. Kept apart so every rule names the
// same sets (and so the sets are tested once).

const HAN = /\p{Script=Han}/u;
/**
 * CJK context: Han, kana, Hangul, CJK symbols and punctuation (U+3000–303F) and full-width forms
 * (U+FF00–FFEF). The curly quotes “ ” ‘ ’ are deliberately left out: Latin text uses the same
 * code points, so they say nothing about which script surrounds them.
 */
const CJK_CONTEXT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u;

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

export function isCjkContext(ch: string | undefined): boolean {
  return ch !== undefined && CJK_CONTEXT.test(ch);
}

export function containsCjk(text: string): boolean {
  return CJK_CONTEXT.test(text);
}

/** Marks that end a sentence (GB/T 15834 句末点号), full and half width, and the ellipsis. */
const SENTENCE_FINAL = new Set(['。', '！', '？', '!', '?', '…', '．', '.', '‥']);
/**
 * Marks after which a paragraph may legitimately stop without ending a sentence: a colon
 * introduces what follows (会议要求：), a semicolon closes a list item (一是……；), a dash trails off.
 */
const MAY_END_PARAGRAPH = new Set(['：', ':', '；', ';', '—', '～']);
/** A paragraph cannot end on a pause inside a sentence: text ending in 、 or ， was cut. */
const INSIDE_SENTENCE = new Set(['、', '，', ',']);
/** Closing quotes and brackets: 。” and 。） still end the sentence inside them. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '〉', '】', '〕', '］', ']', '"', "'"]);
/** Punctuation that ends a clause, used to tell a one-character fragment (任，) from a word. */
const CLAUSE_PUNCTUATION = new Set(['。', '，', '、', '；', '：', '！', '？', ',', ';', ':', '!', '?', '.', '…']);

export type ParagraphEnding =
  /** Ends a sentence, or stops where a paragraph may stop. */
  | 'complete'
  /** Ends on 、 or ，: certainly cut in the middle of a sentence. */
  | 'pause'
  /** Ends on a character with no punctuation after it: mid-sentence, perhaps mid-word. */
  | 'open';

export function paragraphEnding(text: string): ParagraphEnding {
  const chars = [...text.trimEnd()];
  const last = chars.at(-1);
  if (last === undefined) return 'complete';
  if (INSIDE_SENTENCE.has(last)) return 'pause';
  let i = chars.length - 1;
  while (i >= 0 && CLOSERS.has(chars[i] ?? '')) i--;
  const core = chars[i];
  if (core === undefined) return 'complete';
  return SENTENCE_FINAL.has(core) || MAY_END_PARAGRAPH.has(core) ? 'complete' : 'open';
}

export function isClausePunctuation(ch: string | undefined): boolean {
  return ch !== undefined && CLAUSE_PUNCTUATION.has(ch);
}

/** Up to `n` code points from the end of `text`. */
export function tail(text: string, n: number): string {
  return [...text].slice(-n).join('');
}

/** Up to `n` code points from the start of `text`. */
export function head(text: string, n: number): string {
  return [...text].slice(0, n).join('');
}
