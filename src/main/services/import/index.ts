// Import: seed pages, Markdown and plain text → stories with every repair noted.
export { decodeTextFile, firstInvalidUtf8Byte } from './decodeUtf8';
export { ImportError } from './errors';
export { detectFormat, importFile, type ImportFileOptions } from './importFile';
export { importIntoEdition } from './importIntoEdition';
export { importMarkdown } from './markdownImporter';
export { importPlainText } from './plainTextImporter';
export { formatImportReport, type ReportLocale } from './report';
export { importSeedText } from './seedImporter';
export type {
  ImportedStoryKind,
  ImportFigure,
  ImportFormat,
  ImportOptions,
  ImportReport,
  ImportReportNote,
  ImportReportStory,
  ImportResult,
} from './types';
