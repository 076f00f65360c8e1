// typstSource.ts: a PeerDocument as a Typst 0.14 document. Every region is a box placed at its
// frame's position with `columns(n, gutter)`, so Typst shapes, breaks, justifies and flows the
// text itself. Fonts are named by family; the files come from the font folder handed to the
// compiler (typstCompile.mjs). The Latin face covers only Latin inside CJK text
// (`covers: "latin-in-cjk"`), as our composite fonts do; Typst's own CJK–Latin spacing is on
// (its default), as our ¼ em Han–Latin spacing is. Leading is baseline to baseline: a line box
// of exactly 1 em (top edge 0.88 em, bottom edge −0.12 em) plus `leading − size`.
import type { PeerDocument, PeerItem, PeerParagraph } from './peerDocument';

const pt = (n: number): string => `${Number(n.toFixed(3))}pt`;

/** A Typst string literal: shown as text, never read as markup. */
function str(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

const ALIGN: Record<PeerParagraph['align'], string> = { start: 'left', end: 'right', center: 'center', justify: 'left' };

function paragraph(p: PeerParagraph): string {
  const font = `((name: ${str(p.family.latin)}, covers: "latin-in-cjk"), ${str(p.family.cjk)})`;
  const body = p.spans.map((s) => (s.bold && !p.bold ? `#text(weight: "bold", ${str(s.text)})` : `#${str(s.text)}`)).join('');
  return `#para(${font}, ${pt(p.size)}, ${p.bold ? '"bold"' : '"regular"'}, ${pt(Math.max(0, p.leading - p.size))}, ${p.align === 'justify'}, ${p.indentEm}em, ${ALIGN[p.align]})[${body}]`;
}

function item(it: PeerItem): string {
  const at = `top + left, dx: ${pt(it.x)}, dy: ${pt(it.y)}`;
  switch (it.kind) {
    case 'rule':
      return `#place(${at}, line(length: ${pt(it.width)}, stroke: ${pt(it.stroke)} + cmyk(0%, 0%, 0%, 100%)))`;
    case 'image':
      return `#place(${at}, image(${str(it.file)}, width: ${pt(it.width)}, height: ${pt(it.height)}, fit: "cover"))`;
    case 'text': {
      const text = it.paragraphs.map(paragraph).join('\n');
      const inner = it.columns > 1 ? `columns(${it.columns}, gutter: ${pt(it.gutter)})[\n${text}\n]` : `[\n${text}\n]`;
      return `#place(${at}, box(width: ${pt(it.width)}, height: ${pt(it.height)}, ${inner}))`;
    }
  }
}

/**
 * The .typ source. Image paths must be inside the compiler's workspace: `imagePath` maps a
 * PeerDocument file to the path Typst should read (relative to the workspace root, `/`-rooted).
 */
export function typstSource(doc: PeerDocument, imagePath: (file: string) => string): string {
  const head = [
    `#set page(width: ${pt(doc.width)}, height: ${pt(doc.height)}, margin: 0pt)`,
    '#set text(lang: "zh", region: "cn", top-edge: 0.88em, bottom-edge: -0.12em, fill: cmyk(0%, 0%, 0%, 100%))',
    '#let para(font, size, weight, leading, justify, indent, alignment, body) = {',
    '  set text(font: font, size: size, weight: weight)',
    '  set par(leading: leading, spacing: leading, justify: justify, first-line-indent: (amount: indent, all: true))',
    '  set align(alignment)',
    '  body',
    '  parbreak()',
    '}',
  ];
  const pages = doc.pages.map((items) => items.map((it) => item(it.kind === 'image' ? { ...it, file: imagePath(it.file) } : it)).join('\n'));
  return `${head.join('\n')}\n${pages.join('\n#pagebreak()\n')}\n`;
}
