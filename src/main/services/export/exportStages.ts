// exportStages.ts: the services the export pipeline calls between composing and writing: the
// output profile (colour), the print images, preflight and the PDF painter. The pipeline takes
// them as one object so that the CLI, the window and the tests run the same pipeline, and a
// spec can make one stage fail part-way to prove what a failure leaves behind.
import type { FontCatalog, Shaper } from '../../../shared/layout/fonts';
import type { EditionLayout, PageLayout } from '../../../shared/layout/output';
import type { Edition, OutputSettings } from '../../../shared/model';
import type { PreflightReport } from '../../../shared/preflight/report';
import { loadOutputProfile } from '../color';
import type { FontService } from '../fonts';
import { runPreflight } from '../preflight';
import { preparePrintImages } from './images';
import { paintPdf, type SubsetCache } from './pdf';
import type { OutputProfile, PdfOutputOptions, PrintImage } from './printTypes';

export interface ProfileRequest {
  readonly settings: OutputSettings;
  /** The checkout or installed app (the built-in profile is under resources/). */
  readonly projectRoot: string;
  readonly editionDir: string;
}

export interface ImagesRequest {
  readonly edition: Edition;
  readonly editionDir: string;
  /** The pages exported: their image frames are prepared. Ids only: images are prepared while the pages are composed. */
  readonly pages: readonly Pick<PageLayout, 'pageId'>[];
  readonly settings: OutputSettings;
  readonly profile: OutputProfile;
}

export interface PreflightRequest {
  readonly edition: Edition;
  readonly editionDir: string;
  readonly fonts: FontService;
  readonly layout: EditionLayout;
  readonly images: ReadonlyMap<string, PrintImage>;
}

export interface PaintRequest {
  readonly edition: Edition;
  readonly pages: readonly PageLayout[];
  /** The catalog and shaper the layout was composed with (the slug line is set with them). */
  readonly fonts: FontCatalog;
  readonly shaper: Shaper;
  readonly title: string;
  readonly date: Date;
  /** Shared by the documents of one export. */
  readonly subsets: SubsetCache;
  readonly output: PdfOutputOptions;
  /** By imageKey(pageId, frameId). */
  readonly images: ReadonlyMap<string, PrintImage>;
}

export interface ExportStages {
  loadProfile(request: ProfileRequest): Promise<OutputProfile>;
  prepareImages(request: ImagesRequest): Promise<ReadonlyMap<string, PrintImage>>;
  preflight(request: PreflightRequest): Promise<PreflightReport>;
  paint(request: PaintRequest): Promise<Uint8Array>;
}

/** The real services. */
export function defaultExportStages(): ExportStages {
  return {
    loadProfile: ({ settings, projectRoot, editionDir }) => loadOutputProfile(settings, { projectRoot, editionDir }),
    // A missing or unreadable file is left out (its frame prints empty) rather than thrown:
    // preflight reports it as an error with its page and frame, which refuses the export
    // unless the user overrides it.
    prepareImages: (request) => preparePrintImages({ ...request, onProblem: () => {} }),
    preflight: (request) => runPreflight(request),
    paint: (request) => paintPdf(request),
  };
}
