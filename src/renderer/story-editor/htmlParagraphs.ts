// htmlParagraphs.ts: HTML on the clipboard (Word, a web page) → paragraph texts, and nothing
// else: fonts, colours, sizes, bold and links are the source's styling and are dropped. Block
// elements (table cells too) and line breaks end a paragraph; runs of white space collapse as a
// browser shows them, and a no-break space is a space.
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY',
  'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
/** Never text: Word's <style> and conditional comments, scripts, the head. */
const SKIPPED = new Set(['HEAD', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TITLE', 'META', 'LINK', 'XML']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

/** The parts of a DOM node read here, so the specs can parse with happy-dom and the app with DOMParser. */
export interface HtmlNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<HtmlNode>;
}

export function htmlParagraphs(root: HtmlNode): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = current.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/gu, '');
    if (text !== '') paragraphs.push(text);
    current = '';
  };
  const walk = (node: HtmlNode, pre: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const value = (node.nodeValue ?? '').replace(/\u00a0/gu, ' ');
      if (pre) {
        const lines = value.split(/\r\n|\r|\n/u);
        lines.forEach((line, i) => {
          if (i > 0) flush();
          current += line;
        });
      } else {
        current += value.replace(/[ \t\n\r\f]+/gu, ' ');
      }
      return;
    }
    const container = node.nodeType === DOCUMENT_NODE || node.nodeType === FRAGMENT_NODE;
    if (node.nodeType !== ELEMENT_NODE && !container) return; // comments (Word's <!--[if …]>) and the rest
    // Word's own inline elements (<o:p>, <w:…>) are read like <span>: text, no paragraph.
    const name = container ? '#DOCUMENT' : node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') {
      flush();
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child) walk(child, pre || name === 'PRE');
    }
    if (block) flush();
  };
  walk(root, false);
  flush();
  return paragraphs;
}
