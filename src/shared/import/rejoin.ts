// rejoin.ts: paragraphs split in the middle of a sentence (a column or page break in the source
// turned into a paragraph break) are joined again; a break that cannot be a split of the same
// sentence is flagged as possible lost text and left alone.
//
// The rule, for a body paragraph A followed by a body paragraph B:
//  1. A ends a sentence (。！？… possibly inside closing quotes or brackets), or stops where a
//     paragraph may stop (： ； ——), or looks like a numbered subhead (一、…): no split.
//  2. A ends on 、 or ，: a pause can never end a paragraph, so the sentence goes on in B. Rejoin.
//  3. Otherwise A stops mid-sentence. Segment the text across the break into words with the
//     dictionary-based word segmenter that ships with ICU (Intl.Segmenter, zh):
//     a. a word straddles the break (目|标 → 目标, 万达广|场 → 广场, 持|之以恒 → 持之以恒): the
//        break cut a word in two, which only happens when the text is contiguous. Rejoin.
//     b. B starts with a single character that forms no word with A and is followed at once by
//        clause punctuation (做到|任，确保…): that character is the tail of a word whose head is
//        missing, since a one-character clause cannot stand here and it does not complete A.
//        Text between A and B is probably lost (a missing column): flag it, change nothing.
//     c. anything else (考核|“指挥棒”…, 进位|争先。, 的正|能量，): B reads on from A. Rejoin.
// A paragraph that stops mid-sentence and is not followed by body text is flagged the same way
// as 3b, since the end of the story may be missing.
import { appendParagraph, type DraftParagraph, lineAt } from './blocks';
import { head, isClausePunctuation, isHan, paragraphEnding, tail } from './cjk';
import { CONTEXT_CHARS, type PendingNote } from './notes';

export type BreakDecision =
  | { readonly action: 'keep' }
  | { readonly action: 'rejoin'; readonly reason: 'pause' | 'word' | 'reads-on'; readonly word?: string }
  | { readonly action: 'flag'; readonly fragment: string };

/** Numbered subheads end without punctuation and are not splits: 一、 （二） 3. 第一， */
const SUBHEAD = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|第[一二三四五六七八九十]+[，,、])/u;
const SUBHEAD_MAX_CHARS = 40;
/** Characters either side of the break that the segmenter sees; enough for a four-character idiom. */
const WINDOW = 16;

let segmenter: Intl.Segmenter | undefined;
function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh-Hans', { granularity: 'word' });
  return segmenter;
}

/** Decides what the break between paragraph texts `a` and `b` is. */
export function decideBreak(a: string, b: string): BreakDecision {
  const ending = paragraphEnding(a);
  if (ending === 'complete') return { action: 'keep' };
  if (ending === 'pause') return { action: 'rejoin', reason: 'pause' };
  if (SUBHEAD.test(a) && [...a].length <= SUBHEAD_MAX_CHARS) return { action: 'keep' };
  const left = tail(a.trimEnd(), WINDOW);
  const right = head(b.trimStart(), WINDOW);
  const split = left.length;
  const segments = [...wordSegmenter().segment(left + right)];
  const straddling = segments.find((s) => s.index < split && s.index + s.segment.length > split);
  if (straddling) return { action: 'rejoin', reason: 'word', word: straddling.segment };
  const firstIndex = segments.findIndex((s) => s.index === split);
  const first = segments[firstIndex];
  const after = segments[firstIndex + 1];
  if (first && [...first.segment].length === 1 && isHan(first.segment) && (after === undefined || isClausePunctuation(after.segment[0]))) {
    return { action: 'flag', fragment: first.segment };
  }
  return { action: 'rejoin', reason: 'reads-on' };
}

function quote(a: string, b: string | null): string {
  return b === null ? tail(a, CONTEXT_CHARS) : `${tail(a, CONTEXT_CHARS)}\n${head(b, CONTEXT_CHARS)}`;
}

const REASON_ZH = { pause: '段末是顿号或逗号，句子未完', word: '断开处拆开了一个词', 'reads-on': '下一段接着上一段的句子' } as const;
const REASON_EN = { pause: 'the paragraph ended on a pause mark (、 or ，)', word: 'the break cut a word in two', 'reads-on': 'the next paragraph continues the sentence' } as const;

/**
 * Joins split paragraphs among `paragraphs` (in place: joined paragraphs are removed) and returns
 * a note for each join and each flag. `isBody` says which paragraphs take part: headlines,
 * bylines and captions are never joined.
 */
export function rejoinSplitParagraphs(paragraphs: DraftParagraph[], isBody: (p: DraftParagraph) => boolean): PendingNote[] {
  const notes: PendingNote[] = [];
  let i = 0;
  while (i < paragraphs.length) {
    const a = paragraphs[i];
    if (!a || !isBody(a)) {
      i++;
      continue;
    }
    const b = paragraphs[i + 1];
    if (b === undefined || !isBody(b)) {
      if (paragraphEnding(a.text) !== 'complete' && !SUBHEAD.test(a.text)) notes.push(flagNote(a, null, null));
      i++;
      continue;
    }
    const decision = decideBreak(a.text, b.text);
    if (decision.action === 'keep') {
      i++;
    } else if (decision.action === 'flag') {
      notes.push(flagNote(a, b, decision.fragment));
      i++;
    } else {
      const offset = a.text.length;
      const sourceLine = b.spans[0]?.line ?? lineAt(a, offset);
      const word = decision.word === undefined ? '' : `（${decision.word}）`;
      const wordEn = decision.word === undefined ? '' : ` (${decision.word})`;
      notes.push({
        paragraph: a,
        kind: 'rejoined-paragraph',
        repaired: true,
        offset,
        sourceLine,
        before: quote(a.text, b.text),
        after: `${tail(a.text, CONTEXT_CHARS)}${head(b.text, CONTEXT_CHARS)}`,
        message: `已把第 ${sourceLine} 行的段落接回上一段：${REASON_ZH[decision.reason]}${word}。`,
        messageEn: `Joined the paragraph at line ${sourceLine} to the one before: ${REASON_EN[decision.reason]}${wordEn}.`,
      });
      appendParagraph(a, b);
      paragraphs.splice(i + 1, 1);
      // Stay on `a`: the joined paragraph may still end mid-sentence.
    }
  }
  return notes;
}

function flagNote(a: DraftParagraph, b: DraftParagraph | null, fragment: string | null): PendingNote {
  const offset = a.text.length;
  const sourceLine = lineAt(a, Math.max(0, offset - 1));
  const text = quote(a.text, b?.text ?? null);
  const nextLine = b?.spans[0]?.line;
  return {
    paragraph: a,
    kind: 'possible-lost-text',
    repaired: false,
    offset,
    sourceLine,
    before: text,
    after: text,
    message:
      fragment === null
        ? `段落在句中结束，后面没有接续的正文：结尾可能缺字，请核对原稿。未作修改。`
        : `段落在句中结束，第 ${nextLine ?? '?'} 行的下一段以单字“${fragment}”开头，接不上：中间可能漏了文字（如缺一栏），请核对原稿。未作修改。`,
    messageEn:
      fragment === null
        ? 'The paragraph stops mid-sentence and no body text follows: the end may be missing. Check the original; nothing was changed.'
        : `The paragraph stops mid-sentence and the next one (line ${nextLine ?? '?'}) starts with a lone “${fragment}” that does not continue it: text is probably missing between them (a lost column?). Check the original; nothing was changed.`,
  };
}
