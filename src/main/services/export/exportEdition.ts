// exportEdition.ts: an edition → print PDFs in a folder: one for the whole edition and one per
// page, named the way plants expect ({date}_{label}.pdf). Composes with the real fonts, paints
// with the PDF painter, and writes each file atomically (temp + rename), so a failed export
// never leaves a half-written PDF where the plant picks files up. Never modifies the edition.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { EditionLayout, PageLayout } from '../../../shared/layout/output';
import { composeEdition } from '../../../shared/layout/page';
import type { Edition } from '../../../shared/model';
import type { FontService } from '../fonts';
import { layoutToolsFor } from '../layout';
import { writeFileAtomic } from '../store/atomicWrite';
import { paintPdf, type SubsetCache } from './pdf';

export const DEFAULT_PAGE_PATTERN = '{date}_{label}.pdf';
/** The whole edition's file: the page pattern with the label "edition". */
export const EDITION_LABEL = 'edition';

export interface ExportOptions {
  readonly edition: Edition;
  readonly fonts: FontService;
  readonly editionDir?: string;
  readonly outDir: string;
  /** Page labels to export (all when absent). */
  readonly pages?: readonly string[];
  /** File name pattern with {date} (yyyymmdd), {label}, {paper}, {issue}. */
  readonly pattern?: string;
  /** Written into the PDFs' dates (the caller's clock). */
  readonly now: Date;
}

export interface ExportedFile {
  readonly file: string;
  /** Page label, or null for the whole-edition PDF. */
  readonly label: string | null;
  readonly bytes: number;
}

export interface ExportResult {
  readonly files: readonly ExportedFile[];
  readonly layout: EditionLayout;
}

export class ExportError extends Error {
  override readonly name = 'ExportError';
}

// Control characters are unsafe in file names too; they are the point of this character class.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

/** A file name from the pattern; fields that would make a path are replaced by '-'. */
export function exportFileName(pattern: string, fields: { date: string; label: string; paper: string; issue: string }): string {
  const name = pattern.replace(/\{(date|label|paper|issue)\}/g, (_, key: keyof typeof fields) => fields[key].replace(UNSAFE, '-'));
  if (name.includes('/') || name.includes('\\') || name === '' || name.startsWith('.')) throw new ExportError(`the file name pattern "${pattern}" does not give a plain file name ("${name}")`);
  return name;
}

export async function exportEditionPdfs(options: ExportOptions): Promise<ExportResult> {
  const { edition } = options;
  const pattern = options.pattern ?? DEFAULT_PAGE_PATTERN;
  const selected = options.pages === undefined ? edition.pages : options.pages.map((label) => {
    const page = edition.pages.find((p) => p.label === label);
    if (!page) throw new ExportError(`the edition has no page "${label}" (pages: ${edition.pages.map((p) => p.label).join(', ')})`);
    return page;
  });
  const { env, compose } = await layoutToolsFor(edition, { fonts: options.fonts, ...(options.editionDir === undefined ? {} : { editionDir: options.editionDir }) });
  const layout = composeEdition(edition, env, compose);
  const byId = new Map<string, PageLayout>(layout.pages.map((p) => [p.pageId, p]));
  const pageLayouts = selected.map((p) => byId.get(p.id)).filter((p): p is PageLayout => p !== undefined);
  const fields = { date: edition.meta.date.replaceAll('-', ''), paper: edition.meta.paper, issue: edition.meta.issue === null ? '' : String(edition.meta.issue) };
  const jobs = [
    { label: null, name: exportFileName(pattern, { ...fields, label: EDITION_LABEL }), pages: pageLayouts },
    ...selected.map((p, i) => ({ label: p.label, name: exportFileName(pattern, { ...fields, label: p.label }), pages: pageLayouts.slice(i, i + 1) })),
  ];
  const names = new Set(jobs.map((j) => j.name));
  if (names.size !== jobs.length) throw new ExportError(`the file name pattern "${pattern}" gives two files the same name; include {label}`);
  // Paint everything before writing anything: a font or subset failure leaves the folder as it was.
  const subsets: SubsetCache = new Map();
  const painted: Array<{ label: string | null; file: string; bytes: Uint8Array }> = [];
  for (const job of jobs) {
    const title = job.label === null ? `${edition.meta.paper} ${edition.meta.date}` : `${edition.meta.paper} ${edition.meta.date} ${job.label}`;
    painted.push({ label: job.label, file: join(options.outDir, job.name), bytes: await paintPdf({ edition, pages: job.pages, fonts: env.fonts, title, date: options.now, subsets }) });
  }
  await mkdir(options.outDir, { recursive: true });
  for (const p of painted) await writeFileAtomic(p.file, p.bytes);
  return { files: painted.map((p) => ({ file: p.file, label: p.label, bytes: p.bytes.byteLength })), layout };
}
