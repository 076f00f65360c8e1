// paintPdf.ts: an EditionLayout (or some of its pages) → the bytes of one print PDF. Glyphs are
// gathered over all the pages first, so each face is subset and embedded once per document and
// every page's font resource points at the same objects.
import { PDFDocument, PDFName } from 'pdf-lib';
import type { FontCatalog, FontId } from '../../../../shared/layout/fonts';
import type { PageLayout } from '../../../../shared/layout/output';
import type { Edition, Frame } from '../../../../shared/model';
import { type EmbeddedFont, embedFace, type SubsetCache } from './fontObjects';
import { collectGlyphUsage } from './glyphUsage';
import { OVERPRINT_GS, pageContent } from './pageContent';

export interface PaintPdfOptions {
  readonly edition: Edition;
  /** The pages to paint, in order (from composeEditionWithFonts). */
  readonly pages: readonly PageLayout[];
  /** The catalog the layout was composed with (LayoutEnv.fonts): the faces its font ids name. */
  readonly fonts: FontCatalog;
  readonly title: string;
  /** Written as CreationDate and ModDate; passed in so that output is reproducible. */
  readonly date: Date;
  /** Shared by the documents of one export, so each glyph set of a face is subset once. */
  readonly subsets?: SubsetCache;
}

/** The model frames drawn on a page: its master's furniture, then its own frames. */
function drawnFrames(edition: Edition, pageId: string): Frame[] {
  const page = edition.pages.find((p) => p.id === pageId);
  if (!page) throw new Error(`the layout has page ${pageId}, which the edition does not`);
  const master = page.masterId === null ? undefined : edition.masters.find((m) => m.id === page.masterId);
  return [...(master?.frames ?? []), ...page.frames];
}

export async function paintPdf(options: PaintPdfOptions): Promise<Uint8Array> {
  const { edition, pages } = options;
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(options.title);
  doc.setProducer('Galley');
  doc.setCreator('Galley');
  doc.setCreationDate(options.date);
  doc.setModificationDate(options.date);

  const usage = collectGlyphUsage(edition, pages, options.fonts);
  const embedded = new Map<FontId, EmbeddedFont>();
  const names = new Map<string, string>();
  for (const [id, faceUsage] of usage) {
    embedded.set(id, await embedFace(doc, faceUsage, options.subsets));
    names.set(id, `F${names.size + 1}`);
  }
  const font = (id: string): EmbeddedFont => {
    const f = embedded.get(id as FontId);
    if (!f) throw new Error(`font ${id} was not embedded`);
    return f;
  };
  const fontRefs = { resourceName: (id: string) => names.get(id) ?? 'F0', cid: (id: string, gid: number) => font(id).cid(gid) };
  const overprint = doc.context.register(doc.context.obj({ Type: 'ExtGState', OP: true, op: true, OPM: 1 }));

  const { trim, bleed } = edition.format;
  const mediaWidth = trim.width + 2 * bleed;
  const mediaHeight = trim.height + 2 * bleed;
  for (const layout of pages) {
    const page = doc.addPage([mediaWidth, mediaHeight]);
    page.setMediaBox(0, 0, mediaWidth, mediaHeight);
    page.setBleedBox(0, 0, mediaWidth, mediaHeight);
    page.setTrimBox(bleed, bleed, trim.width, trim.height);
    const content = pageContent(layout, drawnFrames(edition, layout.pageId), { trimWidth: trim.width, trimHeight: trim.height, bleed }, fontRefs, (id, gid) => font(id).width(gid));
    page.node.addContentStream(doc.context.register(doc.context.flateStream(content)));
    page.node.setExtGState(PDFName.of(OVERPRINT_GS), overprint);
    // Only the fonts this page uses go into its resources.
    const used = new Set<string>();
    for (const frame of layout.frames) for (const column of frame.columns) for (const line of column.lines) for (const run of line.runs) used.add(run.fontId);
    for (const id of used) page.node.setFontDictionary(PDFName.of(fontRefs.resourceName(id)), font(id).ref);
  }
  return doc.save({ useObjectStreams: true });
}
