// The e-paper bundle's HTML (issue 7, READER): index.html, the article pages, the reader's
// script and style, and the one HTML escaper the rest of the exporter uses.
export { renderArticleHtml, type ArticleHtmlContext } from './articleHtml';
export { escapeHtml, jsonForScript } from './escape';
export { renderIndexHtml } from './indexHtml';
export { buildReaderAssets, loadReaderAssets, READER_OUT_DIR, type ReaderAssets, writeReaderAssets } from './readerAssets';
