// epaperPlan.ts: what an e-paper export will write and where, decided before anything is
// composed: the pages and their file stems, the moment every dated thing in the bundle takes
// (the edition's date, never the clock: two exports must give the same bytes), and whether the
// out folder may be written. The bundle replaces its folder whole, so the folder must be missing,
// empty, or an earlier Galley bundle; anything else (somebody's documents, the edition's parent)
// is refused, naming the folder, before any work is done.
import { lstat, open, readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EpaperPaths, pageFileStem } from '../../../../shared/epaper/bundle';
import { exportRefusal } from '../../../../shared/export-api';
import type { Edition, Page } from '../../../../shared/model';
import { isErrno } from '../../store/paths';
import { checkOutDir, ExportError } from '../exportPlan';

/** edition.json's `generator` starts with this; it is how an earlier bundle is recognised. */
export const GENERATOR_NAME = 'Galley';
/** The zip's archive comment; it is how an earlier zip is recognised before it is replaced. */
export const ZIP_COMMENT = 'Galley e-paper bundle';

export interface PlannedPage {
  readonly page: Page;
  /** 0-based position in the edition. */
  readonly index: number;
  readonly stem: string;
}

/**
 * Every page of the edition with its file stem (pageFileStem). Two labels that differ only in
 * case would share a file on Windows and macOS: the later page then takes its positional stem.
 */
export function planEpaperPages(edition: Edition): PlannedPage[] {
  if (edition.pages.length === 0) throw new ExportError('the edition has no pages to export', { reason: exportRefusal('noPages', {}) });
  const used = new Set<string>();
  return edition.pages.map((page, index) => {
    let stem = pageFileStem(page.label, index);
    if (used.has(stem.toLowerCase())) stem = pageFileStem('', index);
    for (let n = 2; used.has(stem.toLowerCase()); n++) stem = `${pageFileStem('', index)}-${n}`;
    used.add(stem.toLowerCase());
    return { page, index, stem };
  });
}

/**
 * The instant the bundle's PDFs (CreationDate, ModDate, XMP, and through them /ID) and its zip
 * entries are dated: 00:00 China Standard Time on the edition's date. Derived from the edition,
 * so the same edition exports to the same bytes on any day.
 */
export function epaperDate(edition: Edition): Date {
  return new Date(`${edition.meta.date}T00:00:00+08:00`);
}

export type OutDirState = 'missing' | 'empty' | 'bundle';

async function isEarlierBundle(dir: string): Promise<boolean> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(dir, EpaperPaths.editionJson), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return false;
    const { generator, formatVersion } = parsed as { generator?: unknown; formatVersion?: unknown };
    return typeof generator === 'string' && (generator === GENERATOR_NAME || generator.startsWith(`${GENERATOR_NAME} `)) && typeof formatVersion === 'number';
  } catch {
    return false;
  }
}

/**
 * Checks the bundle folder: absolute, outside the edition (checkOutDir), and missing, empty or an
 * earlier bundle. Throws ExportError naming the folder otherwise.
 */
export async function inspectBundleDir(outDir: string, editionDir: string): Promise<OutDirState> {
  await checkOutDir(outDir, editionDir);
  if (dirname(outDir) === outDir) throw new ExportError(`the out folder ${outDir} is a file-system root; choose a folder for the bundle`, { reason: exportRefusal('outDirRoot', { path: outDir }) });
  let info;
  try {
    info = await lstat(outDir);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return 'missing';
    throw error;
  }
  if (info.isSymbolicLink()) {
    throw new ExportError(`the out folder ${outDir} is a symbolic link; choose the folder it points to, or a new one (nothing was written)`, { reason: exportRefusal('outDirSymlink', { path: outDir }) });
  }
  if (!info.isDirectory()) {
    throw new ExportError(`the out folder ${outDir} exists and is not a folder; choose another (nothing was written)`, { reason: exportRefusal('outDirNotAFolder', { path: outDir }) });
  }
  if ((await readdir(outDir)).length === 0) return 'empty';
  if (await isEarlierBundle(outDir)) return 'bundle';
  throw new ExportError(
    `the out folder ${outDir} is not empty and holds no earlier Galley e-paper bundle (no ${EpaperPaths.editionJson} written by Galley); the export replaces its folder whole, so choose an empty or new folder (nothing was written)`,
    { reason: exportRefusal('outDirNotEmpty', { path: outDir }) },
  );
}

/** `<outDir>.zip`, beside the bundle folder. */
export function zipPathFor(outDir: string): string {
  return join(dirname(outDir), `${basename(outDir)}.zip`);
}

/** The zip's end-of-central-directory record ends with our comment (zipWriter.ts writes it there). */
async function isEarlierZip(file: string, size: number): Promise<boolean> {
  const tail = Buffer.byteLength(ZIP_COMMENT, 'utf8') + 22;
  if (size < tail) return false;
  const handle = await open(file, 'r');
  try {
    const buf = Buffer.alloc(tail);
    await handle.read(buf, 0, tail, size - tail);
    return buf.readUInt32LE(0) === 0x06054b50 && buf.subarray(22).toString('utf8') === ZIP_COMMENT;
  } finally {
    await handle.close();
  }
}

/** The zip may be written when it is missing or an earlier Galley bundle zip; else ExportError naming it. */
export async function checkZipTarget(zipFile: string): Promise<void> {
  let info;
  try {
    info = await lstat(zipFile);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return;
    throw error;
  }
  if (info.isFile() && (await isEarlierZip(zipFile, info.size))) return;
  throw new ExportError(`${zipFile} exists and is not a zip of an earlier Galley e-paper bundle; move it away or choose another folder (nothing was written)`, {
    reason: exportRefusal('zipNotABundle', { path: zipFile }),
  });
}
