// epaperBundle.ts: the bundle's files from what the pipeline has made (PDFs, page images, photo
// renditions, the articles): the page records and edition.json, the reader's data scripts,
// articles.json (ninjs), index.html, one page per article, and the reader's script and style.
// Every path comes from EpaperPaths; every record is built by src/shared/epaper, so what is
// written here is exactly what the contract describes. Nothing reads the clock: `generatedAt` is
// given, and it is the only value that differs between two exports of one edition.
import {
  EPAPER_FORMAT_VERSION,
  type EpaperArticle,
  type EpaperEditionRecord,
  type EpaperImageRef,
  type EpaperPageRecord,
  EpaperPaths,
  type EpaperReaderData,
} from '../../../../shared/epaper/bundle';
import { buildSearchIndex, pageArticles, pageBanner, pageHotspots, readerData, toNinjs } from '../../../../shared/epaper';
import type { Edition } from '../../../../shared/model';
import type { BundleFile } from './bundleWrite';
import type { PlannedPage } from './epaperPlan';
import type { EncodedImage, EpaperStages } from './epaperStages';

export interface BundleInput {
  readonly edition: Edition;
  readonly pages: readonly PlannedPage[];
  /** From collectArticles, pictures already sized as rendered (withRenditionSizes). */
  readonly articles: readonly EpaperArticle[];
  /** By page id. */
  readonly pageImages: ReadonlyMap<string, { readonly image: EncodedImage; readonly thumb: EncodedImage }>;
  /** By bundle path (EpaperPaths.picture). */
  readonly pictures: ReadonlyMap<string, EncodedImage>;
  /** By bundle path: the edition PDF and each page's. */
  readonly pdfs: ReadonlyMap<string, Uint8Array>;
  readonly reader: { readonly script: string; readonly style: string };
  readonly generator: string;
  /** ISO 8601; edition.json only. */
  readonly generatedAt: string;
  readonly stages: Pick<EpaperStages, 'renderIndexHtml' | 'renderArticleHtml'>;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A data file the reader loads with a <script> (file:// forbids fetch): one global, compact JSON. */
export function dataScript(globalName: string, value: unknown): string {
  return `window.${globalName}=${JSON.stringify(value)};\n`;
}

function imageRef(src: string, image: EncodedImage): EpaperImageRef {
  return { src, width: image.width, height: image.height, bytes: image.bytes.byteLength };
}

/**
 * The articles with each picture's size replaced by the size of the rendition actually written;
 * a picture without a rendition (its file unreadable, the export overridden) is left out.
 */
export function withRenditionSizes(articles: readonly EpaperArticle[], pictures: ReadonlyMap<string, EncodedImage>): EpaperArticle[] {
  return articles.map((a) => ({
    ...a,
    pictures: a.pictures.flatMap((p) => {
      const r = pictures.get(p.src);
      return r === undefined ? [] : [{ ...p, width: r.width, height: r.height }];
    }),
  }));
}

export function pageRecords(input: Pick<BundleInput, 'edition' | 'pages' | 'articles' | 'pageImages'>): EpaperPageRecord[] {
  const { trim } = input.edition.format;
  return input.pages.map(({ page, index, stem }) => {
    const images = input.pageImages.get(page.id);
    if (!images) throw new Error(`no page image was made for page ${page.label}`);
    return {
      id: page.id,
      label: page.label,
      number: index + 1,
      section: page.section,
      banner: pageBanner(page, index),
      stem,
      width: trim.width,
      height: trim.height,
      image: imageRef(EpaperPaths.pageImage(stem), images.image),
      thumb: imageRef(EpaperPaths.pageThumb(stem), images.thumb),
      pdf: EpaperPaths.pagePdf(stem),
      articleIds: pageArticles(input.articles, page.id).map((a) => a.id),
      hotspots: pageHotspots(input.articles, page.id),
    };
  });
}

/** Every file of the bundle, sorted by path. */
export function bundleFiles(input: BundleInput): { files: BundleFile[]; data: EpaperReaderData } {
  const { edition, articles } = input;
  const pages = pageRecords(input);
  const base = {
    formatVersion: EPAPER_FORMAT_VERSION,
    paper: edition.meta.paper,
    date: edition.meta.date,
    issue: edition.meta.issue,
    totalIssue: edition.meta.totalIssue,
  };
  const record: EpaperEditionRecord = { ...base, generator: input.generator, generatedAt: input.generatedAt, pdf: EpaperPaths.editionPdf, pages };
  const data = readerData({ ...base, pdf: EpaperPaths.editionPdf, pages }, articles);
  const byId = new Map(articles.map((a) => [a.id, a]));
  // Previous and next follow the reader's order (page by page, reading order within a page).
  const ordered = data.articles.map((a) => byId.get(a.id)).filter((a): a is EpaperArticle => a !== undefined);

  const files: BundleFile[] = [
    { path: EpaperPaths.editionJson, bytes: utf8(JSON.stringify(record)) },
    { path: EpaperPaths.articlesJson, bytes: utf8(JSON.stringify(ordered.map((a) => toNinjs(a, { edition, pages })))) },
    { path: EpaperPaths.readerData, bytes: utf8(dataScript('GALLEY_EPAPER', data)) },
    { path: EpaperPaths.searchData, bytes: utf8(dataScript('GALLEY_EPAPER_SEARCH', buildSearchIndex(ordered))) },
    { path: EpaperPaths.readerScript, bytes: utf8(input.reader.script) },
    { path: EpaperPaths.readerStyle, bytes: utf8(input.reader.style) },
    { path: EpaperPaths.index, bytes: utf8(input.stages.renderIndexHtml(data)) },
    ...ordered.map((article, i) => ({
      path: EpaperPaths.article(article.id),
      bytes: utf8(input.stages.renderArticleHtml(article, { data, prev: ordered[i - 1] ?? null, next: ordered[i + 1] ?? null })),
    })),
    ...[...input.pdfs].map(([path, bytes]) => ({ path, bytes })),
    ...input.pages.flatMap(({ page, stem }) => {
      const images = input.pageImages.get(page.id);
      // pageRecords has already refused a page without images.
      return images === undefined
        ? []
        : [
            { path: EpaperPaths.pageImage(stem), bytes: images.image.bytes },
            { path: EpaperPaths.pageThumb(stem), bytes: images.thumb.bytes },
          ];
    }),
    ...[...input.pictures].map(([path, image]) => ({ path, bytes: image.bytes })),
  ];
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const paths = new Set<string>();
  for (const { path } of files) {
    if (paths.has(path)) throw new Error(`the bundle would hold ${path} twice`);
    paths.add(path);
  }
  return { files, data };
}
