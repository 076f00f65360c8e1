// Export: print PDFs of an edition (the painter is in pdf/).
export { DEFAULT_PAGE_PATTERN, EDITION_LABEL, type ExportedFile, ExportError, type ExportOptions, type ExportResult, exportEditionPdfs, exportFileName } from './exportEdition';
export { FontSubsetError, MissingFontError } from './pdf';
