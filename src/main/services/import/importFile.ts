// importFile.ts: reads a file, checks it is UTF-8 text, and picks the importer by extension and
// content: .md/.markdown → Markdown; otherwise "## " headlines → seed page; otherwise plain text.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { NewId } from '../../../shared/model';
import { decodeTextFile } from './decodeUtf8';
import { ImportError } from './errors';
import { importMarkdown } from './markdownImporter';
import { importPlainText } from './plainTextImporter';
import { importSeedText, isSeedHeadline } from './seedImporter';
import type { ImportFormat, ImportResult } from './types';

export interface ImportFileOptions {
  readonly newId: NewId;
  /** Name for the report; the file's base name when absent. */
  readonly sourceName?: string;
  /** Forces a format instead of detecting it. */
  readonly format?: ImportFormat;
}

export function detectFormat(path: string, text: string): ImportFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return text.split(/\r\n|\r|\n/u).some(isSeedHeadline) ? 'seed' : 'text';
}

const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new ImportError(path, '', `cannot read the file: ${READ_ERRORS[code] ?? (error as Error).message}`);
  }
}

export async function importFile(path: string, options: ImportFileOptions): Promise<ImportResult> {
  const text = decodeTextFile(await readBytes(path), path);
  const format = options.format ?? detectFormat(path, text);
  const importOptions = { newId: options.newId, sourceName: options.sourceName ?? basename(path) };
  if (format === 'markdown') return importMarkdown(text, importOptions);
  if (format === 'seed') return importSeedText(text, importOptions);
  return importPlainText(text, importOptions);
}
