// bundle.ts: the e-paper bundle's contract (issue 7): where every file goes and what the data
// files hold. The exporter (src/main/services/export/epaper) writes it, the reader
// (src/epaper-reader) and the article pages read it, and the tests check it. Everything here is
// a pure function of the edition and its layout, so two exports of one edition are identical but
// for `generatedAt` in edition.json.
//
// Coordinates: page points, origin at the trim's top-left corner, y down (the PageLayout's own
// system). Image pixels are page points × (image width / page width).

/** Bumped when a reader could misread an older bundle. */
export const EPAPER_FORMAT_VERSION = 1;

/** Paths inside the bundle, relative to its root, always with `/`. */
export const EpaperPaths = {
  index: 'index.html',
  editionJson: 'edition.json',
  articlesJson: 'articles.json',
  /** `window.GALLEY_EPAPER = {...}` (EpaperReaderData): script, because file:// forbids fetch. */
  readerData: 'data/edition.js',
  /** `window.GALLEY_EPAPER_SEARCH = {...}` (SearchIndex). */
  searchData: 'data/search.js',
  readerScript: 'reader/reader.js',
  readerStyle: 'reader/reader.css',
  editionPdf: 'pdf/edition.pdf',
  pagePdf: (stem: string): string => `pdf/${stem}.pdf`,
  pageImage: (stem: string): string => `pages/${stem}.jpg`,
  pageThumb: (stem: string): string => `pages/${stem}-thumb.jpg`,
  article: (articleId: string): string => `articles/${articleId}.html`,
  /** An article photo's web rendition (JPEG, long side ≤ 1600 px). */
  picture: (assetId: string): string => `images/${assetId}.jpg`,
} as const;

/**
 * A page's file stem: its label when that is a safe file name (A01, B4), else `p` + its
 * 1-based position, zero-padded to 2 (p01). Stable for a given edition.
 */
export function pageFileStem(label: string, index: number): string {
  return /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/u.test(label) ? label : `p${String(index + 1).padStart(2, '0')}`;
}

export interface EpaperPoint {
  readonly x: number;
  readonly y: number;
}

/** A closed ring (the last point joins the first), clockwise on screen, page points. */
export type EpaperPolygon = readonly EpaperPoint[];

export interface EpaperImageRef {
  /** Bundle-relative path. */
  readonly src: string;
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
}

export interface EpaperHotspot {
  readonly articleId: string;
  /** The article's 主题, the hotspot's accessible name. */
  readonly headline: string;
  /** The union of the article's frames on this page (text, a separate headline, its photo). */
  readonly polygons: readonly EpaperPolygon[];
}

export interface EpaperPageRecord {
  readonly id: string;
  readonly label: string;
  /** 1-based position in the edition. */
  readonly number: number;
  readonly section: string;
  /** The page banner as Chinese e-papers show it: `01版：要闻`. */
  readonly banner: string;
  readonly stem: string;
  /** Trim size in points. */
  readonly width: number;
  readonly height: number;
  readonly image: EpaperImageRef;
  readonly thumb: EpaperImageRef;
  /** Bundle-relative path of the page's own PDF. */
  readonly pdf: string;
  /** Articles that start or continue on this page, in reading order. */
  readonly articleIds: readonly string[];
  readonly hotspots: readonly EpaperHotspot[];
}

/** edition.json. */
export interface EpaperEditionRecord {
  readonly formatVersion: number;
  readonly paper: string;
  /** yyyy-mm-dd */
  readonly date: string;
  readonly issue: number | null;
  readonly totalIssue: number | null;
  readonly generator: string;
  /** The one field that differs between two exports of the same edition (ISO 8601). */
  readonly generatedAt: string;
  readonly pdf: string;
  readonly pages: readonly EpaperPageRecord[];
}

/** One headline role as ninjs names it. */
export type EpaperHeadlineRole = 'kicker' | 'main' | 'subhead';

export interface EpaperPicture {
  readonly id: string;
  /** Bundle-relative path of the web rendition (JPEG, long side ≤ 1600 px). */
  readonly src: string;
  readonly width: number;
  readonly height: number;
  readonly caption: string;
  readonly credit: string;
  /** IPTC Alt Text when the asset has it, else the caption, else the asset's description. */
  readonly alt: string;
}

/** Bold and 着重号 inside a body paragraph, as printed: UTF-16 offsets into its `text`. */
export interface EpaperInlineStyle {
  readonly start: number;
  readonly end: number;
  readonly bold: boolean;
  readonly emphasis: boolean;
}

export interface EpaperBodyBlock {
  readonly kind: 'paragraph' | 'crosshead' | 'caption' | 'jump';
  readonly text: string;
  /** Present when the paragraph has bold or emphasised text; ranges in order, not overlapping. */
  readonly styles?: readonly EpaperInlineStyle[];
}

/**
 * The reader's view of an article; articles.json holds the same facts as ninjs records
 * (src/shared/epaper/ninjs.ts). `body` paragraphs are text, in story order, without the
 * headlines and the byline, with their bold and 着重号 ranges; 小标题 are marked so the article
 * page can make them headings.
 */
export interface EpaperArticle {
  readonly id: string;
  readonly headlines: ReadonlyArray<{ readonly role: EpaperHeadlineRole; readonly text: string }>;
  /** The 主题 (the first headline paragraph); never empty. */
  readonly headline: string;
  /** The 署名 line as printed (□记者 李森), or '' when the story has none. */
  readonly byline: string;
  readonly body: ReadonlyArray<EpaperBodyBlock>;
  readonly pictures: readonly EpaperPicture[];
  /** Page ids the article is on, first page first (a threaded story lists each page once). */
  readonly pageIds: readonly string[];
  /** Hotspots per page id. */
  readonly zones: ReadonlyArray<{ readonly pageId: string; readonly polygons: readonly EpaperPolygon[] }>;
  /** The whole article's text as the search index and the tests see it (headlines, byline, body). */
  readonly text: string;
}

/** data/edition.js: everything the reader needs, without `generatedAt`. */
export interface EpaperReaderData {
  readonly formatVersion: number;
  readonly paper: string;
  readonly date: string;
  readonly issue: number | null;
  readonly totalIssue: number | null;
  readonly pdf: string;
  readonly pages: readonly EpaperPageRecord[];
  /** In edition order: page by page, reading order within a page. */
  readonly articles: ReadonlyArray<Pick<EpaperArticle, 'id' | 'headline' | 'byline' | 'pageIds'> & { readonly href: string; readonly summary: string }>;
}

/**
 * data/search.js: character bigrams (and single characters for one-character queries) → the
 * articles holding them. Chinese has no spaces; a query matches an article that holds every
 * bigram of the query, and the article text is then checked for the whole query.
 */
export interface SearchIndex {
  readonly formatVersion: number;
  /**
   * Per article, in EpaperReaderData.articles order: id and text (the article's `text`, NFC; the
   * query normalises it the way the grams were made, src/shared/epaper/searchText.ts).
   * `head`: how many UTF-16 units at the start of `text` are headlines, so a hit there ranks first.
   */
  readonly docs: ReadonlyArray<{ readonly id: string; readonly text: string; readonly head?: number }>;
  /** gram → ascending doc indices. */
  readonly grams: Readonly<Record<string, readonly number[]>>;
}

/** Long side, in pixels, of an article photo's web rendition (EpaperPaths.picture). */
export const PICTURE_MAX_SIDE = 1600;

/**
 * The pixel size of a picture's web rendition: scaled down so that its long side is at most
 * `maxSide` (never enlarged), each side rounded, at least 1 px. The exporter resizes to exactly
 * this size (images/renderPicture.ts) and the model can record it from the asset's pixel size,
 * so the two agree. Pass the size as displayed: a file with an EXIF rotation of 90° has its
 * stored width and height swapped.
 */
export function pictureRenditionSize(pixelWidth: number, pixelHeight: number, maxSide: number = PICTURE_MAX_SIDE): { width: number; height: number } {
  const long = Math.max(pixelWidth, pixelHeight);
  if (long <= maxSide) return { width: pixelWidth, height: pixelHeight };
  const k = maxSide / long;
  return { width: Math.max(1, Math.round(pixelWidth * k)), height: Math.max(1, Math.round(pixelHeight * k)) };
}
