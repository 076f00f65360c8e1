// epaperPipeline.ts: an edition → its e-paper bundle (数字报), the one pipeline behind
// `galley export epaper`, File → Export e-paper and the host API.
//   1. plan: pages and file stems; the bundle folder (missing, empty or an earlier bundle) and zip
//   2. compose, print images, preflight: the print pipeline's prepare step (exportPrepare.ts);
//      errors refuse the export unless it is overridden (the override is logged)
//   3. PDFs in memory, the whole edition and one per page: the print painter, marks off, dated
//      with the edition's date (never the clock), so two exports give the same bytes
//   4. page images (phase `pages`) and article photos, started before 3: sharp renders on
//      libuv's threads while the painter holds this one
//   5. articles, hotspots, ninjs, search, reader data, HTML (phase `articles`)
//   6. write (epaperWrite.ts): every file staged in a hidden sibling folder; (7. zip, staged beside
//      it); then the log line beside the bundle, the old bundle swapped out and the new one in,
//      the zip renamed
// A failure anywhere before the swap leaves the earlier bundle (or nothing) as it was. Between
// steps the pipeline yields to the event loop (exportProgress.ts).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collectArticles } from '../../../../shared/epaper';
import { type EpaperArticle, EpaperPaths, PICTURE_MAX_SIDE } from '../../../../shared/epaper/bundle';
import type { PreflightReport } from '../../../../shared/preflight/report';
import { addPhaseTime, timePhase } from '../../timings';
import type { ExportActor, OverrideRecord } from '../exportLog';
import { ExportError } from '../exportPlan';
import { ExportRefused, prepareExport, type PrepareOptions } from '../exportPrepare';
import { type ProgressListener, ProgressTracker, yieldToEventLoop } from '../exportProgress';
import { defaultExportStages } from '../exportStages';
import { paintDocuments } from '../paintDocuments';
import { bundleFiles, withRenditionSizes } from './epaperBundle';
import { checkZipTarget, epaperDate, GENERATOR_NAME, inspectBundleDir, planEpaperPages, zipPathFor } from './epaperPlan';
import { defaultEpaperStages, type EncodedImage, type EpaperStages } from './epaperStages';
import { writeBundle } from './epaperWrite';
import { runLimited } from './runLimited';

export interface ExportEpaperOptions extends PrepareOptions {
  /** The bundle folder: absolute, outside the edition; missing, empty or an earlier bundle (replaced whole). */
  readonly outDir: string;
  /** Also `<outDir>.zip` beside the folder. */
  readonly zip?: boolean;
  /** Export although preflight found errors; recorded in the export log with `actor` and `now`. */
  readonly override?: boolean;
  readonly actor: ExportActor;
  /** edition.json's generatedAt and the log line only: nothing else in the bundle is dated by it. */
  readonly now: Date;
  /** Names the export in the log (and the host's job); random when absent. */
  readonly id?: string;
  readonly onProgress?: ProgressListener;
  /** Page images, photos and HTML; the real ones by default (specs replace one to make it fail). */
  readonly epaperStages?: EpaperStages;
}

export interface EpaperResult {
  readonly id: string;
  readonly bundleDir: string;
  readonly zipFile: string | null;
  readonly zipBytes: number | null;
  /** Files in the bundle, and their bytes together (the zip not counted). */
  readonly files: number;
  readonly bytes: number;
  readonly pages: number;
  readonly articles: number;
  readonly logFile: string;
  /** Preflight of the edition as exported. */
  readonly report: PreflightReport;
  readonly overridden: boolean;
}

/**
 * compose, images, preflight; one per PDF; one per page image; articles; staging the files; the
 * zip when asked; and the commit (log, swap), so `done` reaches `total` only with the bundle in place.
 */
export function epaperSteps(pages: number, zip: boolean): number {
  return 3 + (1 + pages) + pages + 1 + 1 + (zip ? 1 : 0) + 1;
}

/** Page images rendered at once: sharp's work is on libuv's threads, but every page holds a few tens of MB while it renders. */
const PARALLEL_PAGES = 2;

function generatorFor(projectRoot: string): string {
  try {
    const parsed = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof parsed.version === 'string' ? `${GENERATOR_NAME} ${parsed.version}` : GENERATOR_NAME;
  } catch {
    return GENERATOR_NAME;
  }
}

/** Each article photo once (an asset may illustrate two articles), by its bundle path. */
function picturesToRender(articles: readonly EpaperArticle[]): Map<string, string> {
  const byPath = new Map<string, string>();
  for (const article of articles) for (const picture of article.pictures) if (!byPath.has(picture.src)) byPath.set(picture.src, picture.id);
  return byPath;
}

export async function exportEpaperBundle(options: ExportEpaperOptions): Promise<EpaperResult> {
  const { edition, editionDir, now } = options;
  const stages = options.stages ?? defaultExportStages();
  const epaper = options.epaperStages ?? defaultEpaperStages();
  const pages = planEpaperPages(edition);
  await inspectBundleDir(options.outDir, editionDir);
  // Absolute (checked above); without a trailing separator or `..`, so its name and parent are right.
  const outDir = resolve(options.outDir);
  const zipFile = options.zip === true ? zipPathFor(outDir) : null;
  if (zipFile !== null) await checkZipTarget(zipFile);
  const id = options.id ?? randomUUID();
  const date = epaperDate(edition);
  const pageIds = pages.map((p) => p.page.id);
  const settings = { ...edition.output, marks: false };
  const progress = new ProgressTracker(epaperSteps(pages.length, zipFile !== null), options.onProgress);

  const prepared = await prepareExport({ ...options, stages }, settings, pageIds, progress);
  const { report, layout } = prepared;
  if (report.errors > 0 && options.override !== true) throw new ExportRefused(report);
  const override: OverrideRecord | null = report.errors > 0 ? { by: options.actor, at: now.toISOString(), errors: report.issues.filter((i) => i.severity === 'error') } : null;

  // Started now and awaited later: they run on libuv's threads while the PDFs paint on this one.
  // Each is followed (.catch) so that a failure elsewhere first leaves no unhandled rejection.
  const layoutOf = new Map(layout.pages.map((p) => [p.pageId, p]));
  const pageImages = runLimited(PARALLEL_PAGES, pages, ({ page, stem }) => {
    const pageLayout = layoutOf.get(page.id);
    if (!pageLayout) return Promise.reject(new Error(`page ${page.label} was not composed`));
    // Overridden: a photo preflight found missing stays empty on the page, as in print.
    const lenient = options.override === true ? { onProblem: () => {} } : {};
    return timePhase('epaper: page images (each)', () => epaper.renderPageImages({ page: pageLayout, edition, editionDir, env: prepared.env, stem, ...lenient }));
  });
  const articles = collectArticles(edition, layout, pageIds);
  const assets = new Map(edition.assets.map((a) => [a.id, a]));
  const pictures = runLimited(PARALLEL_PAGES, [...picturesToRender(articles)], ([src, assetId]) => {
    const asset = assets.get(assetId);
    if (!asset) return Promise.reject(new Error(`the article photo ${src} names asset ${assetId}, which the edition does not have`));
    return timePhase('epaper: photos (each)', () => epaper.renderPicture({ asset, editionDir, maxSide: PICTURE_MAX_SIDE })).catch((error: unknown): null => {
      // A photo that cannot be read (PictureError names the file and why): left out of its
      // article when preflight's errors were overridden, else the export's failure, for the user.
      if (!(error instanceof Error && error.name === 'PictureError')) throw error;
      if (options.override === true) return null;
      throw new ExportError(`the article photo ${error.message}`, { cause: error });
    });
  });
  const reader = epaper.loadReaderAssets(options.projectRoot);
  for (const pending of [...pageImages.map((p) => p.result), ...pictures.map((p) => p.result), reader]) pending.catch(() => {});

  const slug = { paper: edition.meta.paper, date: edition.meta.date, issue: edition.meta.issue === null ? '' : String(edition.meta.issue), outputAt: date };
  const output = { pdfx: settings.pdfx, profile: prepared.profile, marks: false, slug };
  const documents = [{ label: null, name: EpaperPaths.editionPdf, pages: pages.map((p) => p.page) }, ...pages.map((p) => ({ label: p.page.label, name: EpaperPaths.pagePdf(p.stem), pages: [p.page] }))];
  const painted = await timePhase('epaper: PDFs', () => paintDocuments({ edition, prepared, documents, output, date, stages, progress }));

  const images = new Map<string, { image: EncodedImage; thumb: EncodedImage }>();
  const waitStart = performance.now();
  for (const { item, result } of pageImages) {
    progress.start('pages', item.page.label);
    images.set(item.page.id, await result);
    progress.finish();
    await yieldToEventLoop();
  }
  addPhaseTime('epaper: waiting for page images', performance.now() - waitStart);

  progress.start('articles');
  const articlesStart = performance.now();
  const renditions = new Map<string, EncodedImage>();
  for (const { item, result } of pictures) {
    const rendition = await result;
    if (rendition !== null) renditions.set(item[0], rendition);
  }
  const { files } = bundleFiles({
    edition,
    pages,
    articles: withRenditionSizes(articles, renditions),
    pageImages: images,
    pictures: renditions,
    pdfs: new Map(painted.map((p) => [p.doc.name, p.bytes])),
    reader: await reader,
    generator: generatorFor(options.projectRoot),
    generatedAt: now.toISOString(),
    stages: epaper,
  });
  addPhaseTime('epaper: articles, data, HTML', performance.now() - articlesStart);
  progress.finish();
  await yieldToEventLoop();

  return timePhase('epaper: write (and zip)', () => writeBundle({ options, outDir, id, files, zipFile, progress, report, override, pages: pages.length, articles: articles.length, pdfx: settings.pdfx }));
}
