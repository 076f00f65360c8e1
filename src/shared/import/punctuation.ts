// punctuation.ts: half-width punctuation in Chinese text → full width (GB/T 15834), and Latin
// function words stranded in Chinese text flagged. Replacements keep the text's length (every
// mark is one UTF-16 unit either way), so offsets noted earlier stay valid.
//
// A mark counts as Chinese punctuation only by its immediate neighbours: `,` `;` `:` `?` `!`
// when the character before or after it is CJK (日,2023 → 日，2023, but 1,000 and 3:30 stay); `.`
// after Chinese at a sentence's end (情况. → 情况。, but 3.5 and www.gov.cn stay); a
// pair of brackets when it encloses CJK text or touches CJK outside (条例(修正草案)》); a lone
// bracket by its neighbours. Latin passages (关注 and 积极, 100%, 3.5) are never touched.
import { lineAt, type DraftParagraph } from './blocks';
import { containsCjk, isCjkContext, isHan } from './cjk';
import { CONTEXT_CHARS, type PendingNote } from './notes';

const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

export interface PunctuationChange {
  readonly offset: number;
  readonly from: string;
  readonly to: string;
}

/** Returns the normalised text and each replaced position. */
export function normalisePunctuation(text: string): { text: string; changes: PunctuationChange[] } {
  const units = text.split('');
  const convert = new Set<number>();
  const stack: number[] = [];
  const pairs: Array<[number, number]> = [];
  const lone: number[] = [];
  units.forEach((ch, i) => {
    if (ch === '(') stack.push(i);
    else if (ch === ')') {
      const open = stack.pop();
      if (open === undefined) lone.push(i);
      else pairs.push([open, i]);
    }
  });
  lone.push(...stack);
  for (const [open, close] of pairs) {
    if (containsCjk(text.slice(open + 1, close)) || isCjkContext(units[open - 1]) || isCjkContext(units[close + 1])) {
      convert.add(open).add(close);
    }
  }
  for (const i of lone) if (isCjkContext(units[i - 1]) || isCjkContext(units[i + 1])) convert.add(i);
  for (const i of convert) units[i] = FULL_WIDTH[units[i] ?? ''] ?? units[i] ?? '';
  // Left to right over the partly converted text, so 。(记 → 。（记 and then （单位）, → （单位），.
  units.forEach((ch, i) => {
    if (ch === '.' && endsChineseSentence(units, i)) {
      units[i] = '。';
      convert.add(i);
      return;
    }
    if (ch === '(' || ch === ')' || FULL_WIDTH[ch] === undefined) return;
    if (isCjkContext(units[i - 1]) || isCjkContext(units[i + 1])) {
      units[i] = FULL_WIDTH[ch] ?? ch;
      convert.add(i);
    }
  });
  const changes = [...convert].sort((x, y) => x - y).map((offset) => ({ offset, from: text[offset] ?? '', to: units[offset] ?? '' }));
  return { text: units.join(''), changes };
}

/**
 * A full stop typed half width after Chinese (运行情况. → 运行情况。): a `.` right after a Han
 * character or a full-width closing mark, with the paragraph's end, a space or Chinese after it.
 * Never one of several dots (an ellipsis), nor one with a Latin letter or a digit on either side
 * (3.5, www.gov.cn, 中国.cn).
 */
function endsChineseSentence(units: readonly string[], i: number): boolean {
  const before = units[i - 1];
  const after = units[i + 1];
  if (before === undefined || !(isHan(before) || FULL_WIDTH_CLOSERS.has(before))) return false;
  if (after === '.' || before === '.') return false;
  return after === undefined || /\s/u.test(after) || isCjkContext(after);
}

const FULL_WIDTH_CLOSERS = new Set(['）', '」', '』', '》', '】', '〕', '］']);

/** Normalises `paragraph` in place and returns one note per replaced mark. */
export function fullWidthPunctuation(paragraph: DraftParagraph): PendingNote[] {
  const original = paragraph.text;
  const { text, changes } = normalisePunctuation(original);
  paragraph.text = text;
  return changes.map(({ offset, from, to }) => {
    const start = Math.max(0, offset - CONTEXT_CHARS);
    const end = offset + 1 + CONTEXT_CHARS;
    return {
      paragraph,
      kind: 'fullwidth-punctuation',
      repaired: true,
      offset,
      sourceLine: lineAt(paragraph, offset),
      before: original.slice(start, end),
      after: text.slice(start, end),
      message: `半角“${from}”在中文里，改为全角“${to}”。`,
      messageEn: `Half-width “${from}” in Chinese text changed to full-width “${to}”.`,
    };
  });
}

/**
 * Lower-case English function words between Han characters (关注 and 积极). Names and acronyms
 * (APP, GDP) are capitalised and not matched; these are usually an input method left in English
 * mode, so they are flagged with the likely Chinese word but never changed.
 */
const STRAY_WORDS: Readonly<Record<string, string>> = { and: '和', or: '或', with: '与', the: '', of: '的', to: '到', in: '在', for: '为', is: '是' };
const STRAY = /(?<=\p{Script=Han})[ \u3000]*\b(and|or|with|the|of|to|in|for|is)\b[ \u3000]*(?=\p{Script=Han})/gu;

export function strayLatinWords(paragraph: DraftParagraph): PendingNote[] {
  const notes: PendingNote[] = [];
  for (const match of paragraph.text.matchAll(STRAY)) {
    const word = match[1] ?? '';
    const offset = (match.index ?? 0) + match[0].indexOf(word);
    const quote = paragraph.text.slice(Math.max(0, offset - CONTEXT_CHARS), offset + word.length + CONTEXT_CHARS);
    const suggestion = STRAY_WORDS[word] ?? '';
    notes.push({
      paragraph,
      kind: 'stray-latin',
      repaired: false,
      offset,
      sourceLine: lineAt(paragraph, offset),
      before: quote,
      after: quote,
      message: `中文句中夹着英文单词“${word}”${suggestion === '' ? '' : `，可能应为“${suggestion}”`}。未作修改，请核对。`,
      messageEn: `English word “${word}” inside a Chinese sentence${suggestion === '' ? '' : `; probably meant “${suggestion}”`}. Not changed; please check.`,
    });
  }
  return notes;
}
