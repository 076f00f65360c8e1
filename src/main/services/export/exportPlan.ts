// exportPlan.ts: what an export will write, decided before anything is composed or painted, so a
// wrong page label, a pattern that makes no plain file name or an out folder inside the edition
// fails at once and costs nothing: the documents (the whole edition, and with perPage one per
// page) and their file names from the pattern ({date}_{label}.pdf → 20230515_A01.pdf).
import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Edition, Page } from '../../../shared/model';
import { exportRefusal } from '../../../shared/export-api';
import type { HostErrorReason } from '../../../shared/host-api';

export const DEFAULT_PAGE_PATTERN = '{date}_{label}.pdf';
/** The whole edition's file: the page pattern with the label "edition". */
export const EDITION_LABEL = 'edition';

/** An export that cannot be made as asked (the message names what and why). */
export class ExportError extends Error {
  override readonly name = 'ExportError';
  /** The refusal as a message key, so the window can say it in its language. */
  readonly reason: HostErrorReason | undefined;
  constructor(message: string, options: { readonly cause?: unknown; readonly reason?: HostErrorReason } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.reason = options.reason;
  }
}

// Control characters are unsafe in file names too; they are the point of this character class.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

export interface NameFields {
  readonly date: string;
  readonly label: string;
  readonly paper: string;
  readonly issue: string;
}

/** A file name from the pattern; fields that would make a path are replaced by '-'. */
export function exportFileName(pattern: string, fields: NameFields): string {
  const name = pattern.replace(/\{(date|label|paper|issue)\}/g, (_, key: keyof NameFields) => fields[key].replace(UNSAFE, '-'));
  if (name.includes('/') || name.includes('\\') || name === '' || name.startsWith('.')) throw new ExportError(`the file name pattern "${pattern}" does not give a plain file name ("${name}")`);
  // The out folder is chosen by whoever asks (the window too): only PDFs may be replaced there.
  if (!/\.pdf$/iu.test(name)) throw new ExportError(`the file name pattern "${pattern}" must end in .pdf ("${name}")`);
  return name;
}

export interface PlannedDocument {
  /** Page label, or null for the whole-edition PDF. */
  readonly label: string | null;
  /** File name in the out folder. */
  readonly name: string;
  /** The model pages it shows, in order. */
  readonly pages: readonly Page[];
}

export interface ExportPlan {
  /** The pages chosen, in edition order when all, else in the order asked. */
  readonly pages: readonly Page[];
  /** The whole-edition PDF first, then the page PDFs. */
  readonly documents: readonly PlannedDocument[];
  readonly pattern: string;
}

export interface PlanOptions {
  /** Page labels (all pages when absent). */
  readonly pages?: readonly string[];
  readonly perPage: boolean;
  readonly pattern: string;
}

export function planExport(edition: Edition, options: PlanOptions): ExportPlan {
  const { pattern } = options;
  const pages =
    options.pages === undefined
      ? edition.pages
      : options.pages.map((label) => {
          const page = edition.pages.find((p) => p.label === label);
          if (!page) throw new ExportError(`the edition has no page "${label}" (pages: ${edition.pages.map((p) => p.label).join(', ')})`);
          return page;
        });
  if (pages.length === 0) throw new ExportError('the edition has no pages to export', { reason: exportRefusal('noPages', {}) });
  if (new Set(pages).size !== pages.length) throw new ExportError('a page is named twice in the page list');
  const fields = { date: edition.meta.date.replaceAll('-', ''), paper: edition.meta.paper, issue: edition.meta.issue === null ? '' : String(edition.meta.issue) };
  const documents: PlannedDocument[] = [
    { label: null, name: exportFileName(pattern, { ...fields, label: EDITION_LABEL }), pages },
    ...(options.perPage ? pages.map((p) => ({ label: p.label, name: exportFileName(pattern, { ...fields, label: p.label }), pages: [p] })) : []),
  ];
  if (options.perPage) {
    // Named by their labels, two pages with one label would overwrite each other's PDF.
    const twin = pages.find((p, i) => pages.findIndex((q) => q.label === p.label) !== i);
    const first = twin && pages.find((p) => p.label === twin.label);
    if (twin && first) {
      throw new ExportError(`pages ${first.number} and ${twin.number} are both labelled ${twin.label}; give each page its own label`, {
        reason: exportRefusal('duplicateLabel', { label: twin.label, first: first.number, second: twin.number }),
      });
    }
  }
  // Case-folded: on the file systems of Windows and macOS, A01.pdf and a01.pdf are one file.
  const names = new Set(documents.map((d) => d.name.toLowerCase()));
  if (names.size !== documents.length) {
    throw new ExportError(`the file name pattern "${pattern}" gives two files the same name; include {label}`, { reason: exportRefusal('patternCollides', { pattern }) });
  }
  return { pages, documents, pattern };
}

/** The real path of `path`, or of its nearest existing ancestor joined with the rest. */
async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    if (parent === path) return path;
    return resolve(await realPathOf(parent), relative(parent, path));
  }
}

/**
 * Checks the out folder: absolute, and neither the edition folder nor inside it (exporting never
 * modifies the edition, and a PDF in its assets/ would be one). Symlinks are followed.
 */
export async function checkOutDir(outDir: string, editionDir: string | undefined): Promise<void> {
  if (!isAbsolute(outDir)) throw new ExportError(`the out folder must be an absolute path, not "${outDir}"`, { reason: exportRefusal('outDirRelative', { path: outDir }) });
  if (editionDir === undefined) return;
  const [out, edition] = await Promise.all([realPathOf(resolve(outDir)), realPathOf(resolve(editionDir))]);
  const rel = relative(edition, out);
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  if (!outside) {
    const reason = exportRefusal('outDirInsideEdition', { path: outDir, edition: editionDir });
    throw new ExportError(`the out folder ${outDir} is inside the edition ${editionDir}; choose a folder outside it (exporting never writes into the edition)`, { reason });
  }
}

/**
 * Where the export dialog suggests writing: a folder beside the edition, `<name>-出版` (出版 =
 * for press). Beside it, because editions live on the paper's shared storage and so should what
 * goes to the plant; not in it, because exporting never modifies the edition.
 */
export function suggestedExportDir(editionDir: string): string {
  const folder = resolve(editionDir);
  const stem = basename(folder).replace(/\.galley$/iu, '') || 'edition';
  return join(dirname(folder), `${stem}-出版`);
}
