// The e-paper bundle (issue 7): its contract (bundle.ts) and the pure model the exporter, the
// reader and the tests build on — articles, hotspots, ninjs records, reader data and search.
export {
  EPAPER_FORMAT_VERSION,
  type EpaperArticle,
  type EpaperEditionRecord,
  type EpaperHeadlineRole,
  type EpaperHotspot,
  type EpaperImageRef,
  type EpaperPageRecord,
  EpaperPaths,
  type EpaperPicture,
  type EpaperPoint,
  type EpaperPolygon,
  type EpaperReaderData,
  pageFileStem,
  PICTURE_MAX_SIDE,
  pictureRenditionSize,
  type SearchIndex,
} from './bundle';
export { collectArticles, pageArticles, pageHotspots } from './articles';
export { pageBanner } from './banner';
export { type EpaperRect, rectUnionPolygons, ringArea } from './hotspots';
export { NINJS_SCHEMA, type NinjsContext, ninjsCore, type NinjsPicture, type NinjsRecord, type NinjsZone, toNinjs } from './ninjs';
export { articlePicture, photoOwners } from './pictures';
export { readerData, SUMMARY_CHARS } from './readerData';
export { readingOrder, ROW_TOLERANCE_PT, zoneAnchor } from './readingOrder';
export { buildSearchIndex, SEARCH_FORMAT_VERSION } from './searchIndex';
export { HEADLINE_BONUS, searchArticles, type SearchHit, SNIPPET_RADIUS } from './searchQuery';
export { normaliseForSearch, type SearchText } from './searchText';
export { type ArticleContent, articleContent, articleSummary, articleText, hasHeadline } from './storyContent';
export { EVEN_FOOT_PT, lineInkBox, textFrameClaim } from './zones';
