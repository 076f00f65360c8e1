// peerDocument.ts: the content the peers (Typst, Chromium) set, made equivalent to our export of
// the same edition: the same trim size, the same frames at the same places with the same columns
// and gutter, the same fonts (the files, by family), sizes, leading, weights, alignment and
// indents, and the same text. Threads are the one thing a peer cannot follow (neither has text
// that runs from a box on one page into a box on another), so each text region gets exactly the
// text our layout placed there, read from the EditionLayout's source ranges; the peer then sets
// and flows that text through the region's columns itself. A region is a run of columns of one
// frame with the same top and height: the headline band that spans the frame, then the body
// columns. Running heads are filled from the master's template, photos placed at their frames.
import { join } from 'node:path';
import type { EditionLayout, LineLayout } from '../../src/shared/layout/output';
import { jumpText } from '../../src/shared/layout/flow';
import { furnitureStyle } from '../../src/shared/layout/page';
import { type Edition, fillTemplate, type Paragraph, type ParagraphStyle, ParagraphStyleIds } from '../../src/shared/model';

export interface PeerSpan {
  readonly text: string;
  readonly bold: boolean;
}

export interface PeerParagraph {
  readonly spans: readonly PeerSpan[];
  readonly family: { readonly cjk: string; readonly latin: string };
  readonly bold: boolean;
  readonly size: number;
  /** Baseline to baseline, pt. */
  readonly leading: number;
  readonly align: ParagraphStyle['align'];
  readonly indentEm: number;
}

export type PeerItem =
  | { readonly kind: 'text'; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly columns: number; readonly gutter: number; readonly paragraphs: readonly PeerParagraph[] }
  | { readonly kind: 'rule'; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly stroke: number }
  | { readonly kind: 'image'; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly file: string };

export interface PeerDocument {
  /** Trim size, pt (the peers print no bleed). */
  readonly width: number;
  readonly height: number;
  readonly pages: ReadonlyArray<readonly PeerItem[]>;
}

/** The text of `paragraph` between UTF-16 offsets, split where the character style's weight changes. */
function spansOf(paragraph: Paragraph, edition: Edition, start: number, end: number): PeerSpan[] {
  const spans: PeerSpan[] = [];
  let offset = 0;
  for (const run of paragraph.runs) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + run.text.length);
    if (from < to) {
      const bold = edition.styles.character.find((c) => c.id === run.charStyle)?.weight === 'bold';
      spans.push({ text: run.text.slice(from - offset, to - offset), bold });
    }
    offset += run.text.length;
  }
  return spans;
}

function peerParagraph(style: ParagraphStyle, spans: PeerSpan[]): PeerParagraph {
  return { spans, family: style.font, bold: style.weight === 'bold', size: style.size, leading: style.leading, align: style.align, indentEm: style.firstLineIndentEm };
}

/** Paragraph pieces of some lines, in order: one per paragraph, from its first to its last placed character. */
function placedText(lines: readonly LineLayout[], edition: Edition, pageIndex: number): PeerParagraph[] {
  const order: string[] = [];
  const ranges = new Map<string, { storyId: string; paragraphId: string; start: number; end: number }>();
  for (const line of lines) {
    const { storyId, paragraphId, start, end } = line.source;
    const key = `${storyId}/${paragraphId}`;
    const r = ranges.get(key);
    if (r) {
      r.start = Math.min(r.start, start);
      r.end = Math.max(r.end, end);
    } else {
      order.push(key);
      ranges.set(key, { storyId, paragraphId, start, end });
    }
  }
  return order.map((key) => {
    const r = ranges.get(key)!;
    if (r.paragraphId.startsWith('template:')) {
      const frameId = r.paragraphId.slice('template:'.length);
      const page = edition.pages[pageIndex]!;
      const master = edition.masters.find((m) => m.id === page.masterId);
      const frame = master?.frames.find((f) => f.id === frameId) ?? page.frames.find((f) => f.id === frameId);
      const template = frame?.kind === 'text' ? (frame.template ?? '') : '';
      return peerParagraph(furnitureStyle(edition), [{ text: fillTemplate(template, edition.meta, page), bold: false }]);
    }
    const jump = /^jump:(.+):(out|in)$/.exec(r.paragraphId);
    if (jump) {
      // 转版 lines: （下转第二版） / （上接第一版）, to the page the thread goes on to or comes from.
      const frame = edition.pages.flatMap((p) => p.frames).find((f) => f.id === jump[1]);
      const link = frame?.kind === 'text' ? (jump[2] === 'out' ? frame.next : frame.prev) : null;
      const target = edition.pages.find((p) => p.id === link?.pageId);
      const style = edition.styles.paragraph.find((st) => st.id === ParagraphStyleIds.jump) ?? furnitureStyle(edition);
      return peerParagraph(style, [{ text: jumpText(jump[2] === 'out' ? 'out' : 'in', target?.number ?? 0), bold: false }]);
    }
    const story = edition.stories.find((s) => s.id === r.storyId);
    const paragraph = story?.paragraphs.find((p) => p.id === r.paragraphId);
    if (!paragraph) throw new Error(`the layout places paragraph ${key}, which the edition does not have`);
    const style = edition.styles.paragraph.find((s) => s.id === paragraph.style) ?? furnitureStyle(edition);
    return peerParagraph(style, spansOf(paragraph, edition, r.start, r.end));
  });
}

/** The peers' content for `edition` as `layout` placed it; image files are read from `editionDir`. */
export function peerDocument(edition: Edition, layout: EditionLayout, editionDir: string): PeerDocument {
  const pages = edition.pages.map((page, pageIndex): PeerItem[] => {
    const pageLayout = layout.pages.find((p) => p.pageId === page.id);
    const master = edition.masters.find((m) => m.id === page.masterId);
    const items: PeerItem[] = [];
    for (const frame of [...(master?.frames ?? []), ...page.frames]) {
      if (frame.kind === 'rule') items.push({ kind: 'rule', x: frame.x, y: frame.y, width: frame.width, height: frame.height, stroke: frame.stroke.width });
      if (frame.kind === 'image' && frame.assetId !== null) {
        const asset = edition.assets.find((a) => a.id === frame.assetId);
        if (asset) items.push({ kind: 'image', x: frame.x, y: frame.y, width: frame.width, height: frame.height, file: join(editionDir, asset.path) });
      }
      if (frame.kind !== 'text') continue;
      const columns = pageLayout?.frames.find((f) => f.frameId === frame.id)?.columns ?? [];
      // Regions: consecutive columns with the same top and height (the spanning headline band, the body).
      let i = 0;
      while (i < columns.length) {
        const first = columns[i]!;
        let j = i + 1;
        while (j < columns.length && columns[j]!.y === first.y && columns[j]!.height === first.height) j++;
        const group = columns.slice(i, j);
        const last = group[group.length - 1]!;
        const paragraphs = placedText(group.flatMap((c) => c.lines), edition, pageIndex);
        if (paragraphs.length > 0) {
          items.push({ kind: 'text', x: first.x, y: first.y, width: last.x + last.width - first.x, height: first.height, columns: group.length, gutter: group.length > 1 ? group[1]!.x - first.x - first.width : 0, paragraphs });
        }
        i = j;
      }
    }
    return items;
  });
  return { width: edition.format.trim.width, height: edition.format.trim.height, pages };
}
