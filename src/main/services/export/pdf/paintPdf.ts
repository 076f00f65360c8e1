// paintPdf.ts: an EditionLayout (or some of its pages) → the bytes of one print PDF in PDF/X-4 or
// PDF/X-1a (pdfx.ts). Glyphs are gathered over all the pages first, slug lines included, so each
// face is subset and embedded once per document and every page's font resource points at the
// same objects. Colour spaces for spot inks are made once per ink (spotColors.ts); boxes and
// crop marks come from marks.ts.
import { createHash } from 'node:crypto';
import { PDFDict, PDFDocument, PDFName, type PDFPage, type PDFRef } from 'pdf-lib';
import type { FontCatalog, FontId, Shaper } from '../../../../shared/layout/fonts';
import type { PageLayout } from '../../../../shared/layout/output';
import type { Edition, Frame } from '../../../../shared/model';
import type { PdfOutputOptions, PrintImage } from '../printTypes';
import { type EmbeddedFont, embedFace, type SubsetCache } from './fontObjects';
import { collectGlyphUsage } from './glyphUsage';
import { zlibStream } from './flate';
import { createImageXObjects } from './imageXObjects';
import { cropMarkOperators, pageBoxes } from './marks';
import { OVERPRINT_GS, pageContent } from './pageContent';
import { applyPdfx, checkOutputProfile, pdfxHeaderVersion, pdfxSaveOptions, setHeaderVersion } from './pdfx';
import { slugLine } from './slug';
import { createInkSpaces } from './spotColors';

export interface PaintPdfOptions {
  readonly edition: Edition;
  /** The pages to paint, in order (from composeEditionWithFonts). */
  readonly pages: readonly PageLayout[];
  /** The catalog the layout was composed with (LayoutEnv.fonts): the faces its font ids name. */
  readonly fonts: FontCatalog;
  /** The layout's shaper (LayoutEnv.shaper): the engine sets the slug line with it when marks are on. */
  readonly shaper: Shaper;
  readonly title: string;
  /** Written as CreationDate and ModDate (Info and XMP); passed in so that output is reproducible. */
  readonly date: Date;
  /** PDF/X flavour, output intent profile, crop marks and the slug's facts. */
  readonly output: PdfOutputOptions;
  /** Shared by the documents of one export, so each glyph set of a face is subset once. */
  readonly subsets?: SubsetCache;
  /** Placed images prepared for print (export/images), by imageKey(pageId, frameId); each is embedded once per document. */
  readonly images?: ReadonlyMap<string, PrintImage>;
}

/** The model frames drawn on a page: its master's furniture, then its own frames. */
function drawnFrames(edition: Edition, pageId: string): Frame[] {
  const page = edition.pages.find((p) => p.id === pageId);
  if (!page) throw new Error(`the layout has page ${pageId}, which the edition does not`);
  const master = page.masterId === null ? undefined : edition.masters.find((m) => m.id === page.masterId);
  return [...(master?.frames ?? []), ...page.frames];
}

/** Adds colour spaces to a page's /Resources /ColorSpace (pdf-lib has no helper for it). */
function setColorSpaces(page: PDFPage, spaces: ReadonlyMap<string, PDFRef>): void {
  if (spaces.size === 0) return;
  const resources = page.node.normalizedEntries().Resources;
  const dict = resources.lookupMaybe(PDFName.of('ColorSpace'), PDFDict) ?? page.doc.context.obj({});
  for (const [name, ref] of spaces) dict.set(PDFName.of(name), ref);
  resources.set(PDFName.of('ColorSpace'), dict);
}

export async function paintPdf(options: PaintPdfOptions): Promise<Uint8Array> {
  const { edition, output } = options;
  // A wrong profile is refused before any font is subset.
  checkOutputProfile(output.profile, output.pdfx);
  // The slug is part of the page as painted: its glyphs go into the same subsets.
  const slugTexts = new Map<string, string>();
  const pages = options.pages.map((layout): PageLayout => {
    if (!output.marks) return layout;
    const slug = slugLine(edition, layout.pageId, output.slug, { fonts: options.fonts, shaper: options.shaper });
    slugTexts.set(slug.sourceKey, slug.text);
    return { ...layout, frames: [...layout.frames, slug.frame] };
  });

  const doc = await PDFDocument.create({ updateMetadata: false });
  const usage = collectGlyphUsage(edition, pages, options.fonts, slugTexts);
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
  const inks = createInkSpaces(doc.context, edition.swatches);
  const xobjects = createImageXObjects(doc);

  // Everything the document shows, hashed: the source of its /ID and XMP ids.
  const fingerprint = createHash('sha256').update(`${output.pdfx}\n${options.title}\n${options.date.toISOString()}\n`);
  fingerprint.update(createHash('sha256').update(output.profile.bytes).digest());
  for (const f of embedded.values()) fingerprint.update(`${f.baseFont}\n`);

  const { trim, bleed } = edition.format;
  const boxes = pageBoxes(edition.format, output.marks);
  const geometry = { trimWidth: trim.width, trimHeight: trim.height, bleed, trimOffset: boxes.trimOffset };
  for (const layout of pages) {
    const page = doc.addPage([boxes.media[2], boxes.media[3]]);
    page.setMediaBox(...boxes.media);
    page.setBleedBox(...boxes.bleed);
    page.setTrimBox(...boxes.trim);
    const colors = inks.forPage();
    const frames = drawnFrames(edition, layout.pageId);
    const images = xobjects.forPage(layout.pageId, frames, options.images, edition.assets);
    let content = pageContent(layout, frames, geometry, fontRefs, (id, gid) => font(id).width(gid), colors, images);
    if (output.marks) content += `${cropMarkOperators(edition.format, colors.registrationStroke()).join('\n')}\n`;
    fingerprint.update(`${layout.pageId}\n`).update(content);
    page.node.addContentStream(doc.context.register(zlibStream(doc.context, content)));
    page.node.setExtGState(PDFName.of(OVERPRINT_GS), overprint);
    setColorSpaces(page, colors.used);
    for (const [name, ref] of images.used) page.node.setXObject(PDFName.of(name), ref);
    // Only the fonts this page uses go into its resources.
    const used = new Set<string>();
    for (const frame of layout.frames) for (const column of frame.columns) for (const line of column.lines) for (const run of line.runs) used.add(run.fontId);
    for (const id of used) page.node.setFontDictionary(PDFName.of(fontRefs.resourceName(id)), font(id).ref);
  }

  applyPdfx(doc, { pdfx: output.pdfx, profile: output.profile, title: options.title, date: options.date, fingerprint: fingerprint.digest() });
  // All objects in one go: pdf-lib otherwise waits a timer tick every 50 objects, which on a
  // busy machine adds up; the pipeline already yields between documents.
  const bytes = await doc.save({ ...pdfxSaveOptions(output.pdfx), objectsPerTick: Number.POSITIVE_INFINITY });
  return setHeaderVersion(bytes, pdfxHeaderVersion(output.pdfx));
}
