// paintDocuments.ts: the painting step every export shares (print PDFs, the e-paper's PDFs): each
// planned document painted in memory, in order, from one prepared composition, with one subset
// cache so a face is subset once per export. Nothing is written here; the callers write all or
// nothing.
import type { PageLayout } from '../../../shared/layout/output';
import type { Edition } from '../../../shared/model';
import type { Prepared } from './exportPrepare';
import type { PlannedDocument } from './exportPlan';
import { type ProgressTracker, yieldToEventLoop } from './exportProgress';
import type { ExportStages } from './exportStages';
import type { SubsetCache } from './pdf';
import type { PdfOutputOptions } from './printTypes';

export interface PaintedDocument {
  readonly doc: PlannedDocument;
  readonly bytes: Uint8Array;
}

export interface PaintDocumentsInput {
  readonly edition: Edition;
  readonly prepared: Prepared;
  /** Whole edition first (its painting subsets every face: progress calls it `fonts`). */
  readonly documents: readonly PlannedDocument[];
  readonly output: PdfOutputOptions;
  /** The PDFs' CreationDate/ModDate (and so part of their /ID). */
  readonly date: Date;
  readonly stages: ExportStages;
  /** One step per document. */
  readonly progress: ProgressTracker;
}

/** The document's title: paper and date, and the page label for a page's own PDF. */
export function documentTitle(edition: Edition, label: string | null): string {
  return label === null ? `${edition.meta.paper} ${edition.meta.date}` : `${edition.meta.paper} ${edition.meta.date} ${label}`;
}

export async function paintDocuments(input: PaintDocumentsInput): Promise<PaintedDocument[]> {
  const { edition, prepared, progress } = input;
  const byId = new Map(prepared.layout.pages.map((p) => [p.pageId, p]));
  const subsets: SubsetCache = new Map();
  const painted: PaintedDocument[] = [];
  for (const [index, doc] of input.documents.entries()) {
    // The first document is the whole edition: painting it subsets every face the export uses,
    // which is most of its time; the page PDFs after it are the painting proper.
    progress.start(index === 0 ? 'fonts' : 'paint', doc.label ?? doc.name);
    const pages = doc.pages.map((p) => byId.get(p.id)).filter((p): p is PageLayout => p !== undefined);
    const bytes = await input.stages.paint({
      edition,
      pages,
      fonts: prepared.env.fonts,
      shaper: prepared.env.shaper,
      title: documentTitle(edition, doc.label),
      date: input.date,
      subsets,
      output: input.output,
      images: prepared.images,
    });
    painted.push({ doc, bytes });
    progress.finish();
    await yieldToEventLoop();
  }
  return painted;
}
