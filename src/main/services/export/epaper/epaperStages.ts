// epaperStages.ts: the services the e-paper pipeline calls besides the print pipeline's (profile,
// print images, preflight, painter: ExportStages): page images and article photos (images/), the
// article pages, the reader page and the reader's script and style (html/). Passed as one object,
// like ExportStages, so a spec can make one of them fail part-way and see what is left behind.
import type { EpaperArticle, EpaperReaderData } from '../../../../shared/epaper/bundle';
import type { LayoutEnv } from '../../../../shared/layout/env';
import type { PageLayout } from '../../../../shared/layout/output';
import type { Asset, Edition } from '../../../../shared/model';
import { loadReaderAssets, renderArticleHtml, renderIndexHtml } from './html';

/** An encoded image (JPEG) and its pixel size. */
export interface EncodedImage {
  readonly bytes: Uint8Array;
  readonly width: number;
  readonly height: number;
}

export interface PageImagesRequest {
  readonly page: PageLayout;
  readonly edition: Edition;
  readonly editionDir: string;
  readonly env: LayoutEnv;
  readonly stem: string;
  /**
   * A photo whose file is missing or unreadable: called instead of failing, and the frame stays
   * empty (given when preflight's errors were overridden, as a print export then does).
   */
  readonly onProblem?: (problem: Error) => void;
}

export interface PictureRequest {
  readonly asset: Asset;
  readonly editionDir: string;
  /** Long side in pixels, at most. */
  readonly maxSide: number;
}

export interface ArticlePageContext {
  readonly data: EpaperReaderData;
  readonly prev: EpaperArticle | null;
  readonly next: EpaperArticle | null;
}

export interface EpaperStages {
  /** The page at reading size (about 150 dpi) and as a thumbnail. */
  renderPageImages(request: PageImagesRequest): Promise<{ readonly image: EncodedImage; readonly thumb: EncodedImage }>;
  /** An article photo's web rendition. */
  renderPicture(request: PictureRequest): Promise<EncodedImage>;
  renderIndexHtml(data: EpaperReaderData): string;
  renderArticleHtml(article: EpaperArticle, context: ArticlePageContext): string;
  /** The reader's script and style, the same bytes every time. */
  loadReaderAssets(projectRoot: string): Promise<{ readonly script: string; readonly style: string }>;
}

/**
 * The real services. The page rasteriser is loaded on first use: it is the e-paper's alone, and
 * the print export, the window's host and the CLI's other commands start without it.
 */
export function defaultEpaperStages(): EpaperStages {
  return {
    renderPageImages: async (request) => (await import('./images')).renderPageImages(request),
    renderPicture: async (request) => (await import('./images')).renderPicture(request),
    renderIndexHtml: (data) => renderIndexHtml(data),
    renderArticleHtml: (article, context) => renderArticleHtml(article, context),
    loadReaderAssets: (projectRoot) => loadReaderAssets(projectRoot),
  };
}
