// fontService.ts: the fonts this process knows, for the host API (listFonts, readFont) and for
// composing in main. Three sources, listed in priority order: the open edition's fonts/ folder,
// the defaults that ship with Galley, and the system font folders. A face is named by its id
// (content hash + face index) everywhere; paths never leave this module, and readFont takes an
// id, never a path, and re-hashes the file before answering.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Face, type FaceInfo, type FontId, openFace, parseFontId } from '../../../shared/layout/fonts';
import { ServiceError } from '../errors';
import { DEFAULT_FONT_FILES, type FontLicence, resolveDefaultFont } from './defaultFonts';
import { FontFileError } from './FontFileError';
import { describeFontBytes, type FontFileRecord, readFontBytes, sha256Hex } from './fontFile';
import { type FolderProblem, type FoundFile, scanEditionFonts, scanSystemFolders, systemFontDirs } from './fontFolders';

export type FontSource = 'edition' | 'default' | 'system';

/** One face and where it came from. */
export interface FontEntry {
  readonly info: FaceInfo;
  readonly source: FontSource;
  /** Absolute path; stays in main. */
  readonly path: string;
  /** How the user knows the file: `fonts/…` for an edition's, the file name otherwise. */
  readonly file: string;
  /** Known for the defaults; null for user fonts (their OS/2 fsType is in info.embedding). */
  readonly licence: FontLicence | null;
}

export interface FontListing {
  /** Edition fonts, then defaults, then system fonts: the order a catalog should keep. */
  readonly fonts: readonly FontEntry[];
  /** Files that were skipped, and why (a damaged font, a symbolic link, a missing default). */
  readonly problems: readonly FolderProblem[];
}

export interface FontService {
  list(options?: { readonly editionDir?: string }): Promise<FontListing>;
  /** The bytes of the whole file holding face `id` (a whole collection for a TTC face). */
  readFont(id: string, options?: { readonly editionDir?: string }): Promise<Uint8Array>;
  /** Faces with bytes and coverage, for composing in this process; cached by id. */
  openFaces(entries: readonly FontEntry[]): Promise<Face[]>;
}

export interface FontServiceOptions {
  /** The Galley project folder (findProjectRoot()), where node_modules and resources/ are. */
  readonly projectRoot: string;
  /** Folders searched for system fonts; systemFontDirs() when absent, [] for none. */
  readonly systemDirs?: readonly string[];
}

interface CachedFile {
  readonly size: number;
  readonly mtimeMs: number;
  readonly record: Promise<FontFileRecord>;
}

export function createFontService(options: FontServiceOptions): FontService {
  const systemDirs = options.systemDirs ?? systemFontDirs();
  const files = new Map<string, CachedFile>();
  const opened = new Map<FontId, Face>();
  let systemScan: Promise<{ entries: FontEntry[]; problems: FolderProblem[] }> | null = null;

  // A file is parsed again only when its size or modification time changed.
  const record = async (found: FoundFile): Promise<FontFileRecord> => {
    const info = await stat(found.path);
    const cached = files.get(found.path);
    if (cached && cached.size === info.size && cached.mtimeMs === info.mtimeMs) return cached.record;
    const fresh = readFontBytes(found.path, found.display).then((bytes) => describeFontBytes(bytes, found.display));
    files.set(found.path, { size: info.size, mtimeMs: info.mtimeMs, record: fresh });
    fresh.catch(() => files.delete(found.path));
    return fresh;
  };

  const load = async (found: readonly FoundFile[], source: FontSource, licence: (f: FoundFile) => FontLicence | null, fileName: (f: FoundFile) => string) => {
    const entries: FontEntry[] = [];
    const problems: FolderProblem[] = [];
    for (const f of found) {
      try {
        const rec = await record(f);
        for (const info of rec.faces) entries.push({ info, source, path: f.path, file: fileName(f), licence: licence(f) });
      } catch (error) {
        problems.push({ file: f.display, reason: error instanceof FontFileError ? error.reason : error instanceof Error ? error.message : String(error) });
      }
    }
    return { entries, problems };
  };

  const defaults = async () => {
    const found: Array<FoundFile & { licence: FontLicence }> = [];
    const problems: FolderProblem[] = [];
    for (const d of DEFAULT_FONT_FILES) {
      const path = resolveDefaultFont(options.projectRoot, d.specifier);
      if (path) found.push({ path, display: d.specifier, licence: d.licence });
      else problems.push({ file: d.specifier, reason: 'the default font is not installed; run `npm install`' });
    }
    const loaded = await load(found, 'default', (f) => (f as (typeof found)[number]).licence, (f) => basename(f.path));
    return { entries: loaded.entries, problems: [...problems, ...loaded.problems] };
  };

  const system = () => {
    systemScan ??= scanSystemFolders(systemDirs).then(async (scan) => {
      const loaded = await load(scan.files, 'system', () => null, (f) => basename(f.path));
      return { entries: loaded.entries, problems: [...scan.problems, ...loaded.problems] };
    });
    return systemScan;
  };

  const list = async (opts: { readonly editionDir?: string } = {}): Promise<FontListing> => {
    const edition = opts.editionDir === undefined ? { entries: [], problems: [] } : await scanEditionFonts(opts.editionDir).then(async (scan) => {
      const loaded = await load(scan.files, 'edition', () => null, (f) => f.display);
      return { entries: loaded.entries, problems: [...scan.problems, ...loaded.problems] };
    });
    const parts = [edition, await defaults(), await system()];
    return { fonts: parts.flatMap((p) => p.entries), problems: parts.flatMap((p) => p.problems) };
  };

  /** The bytes of `entry`'s file, refused unless they still hash to the id. */
  const verifiedBytes = async (entry: FontEntry): Promise<{ bytes: Uint8Array; sha256: string }> => {
    const bytes = await readFontBytes(entry.path, entry.file);
    const sha256 = sha256Hex(bytes);
    if (!entry.info.id.startsWith(`sha256:${sha256}#`)) {
      files.delete(entry.path);
      throw new ServiceError('not-found', `the font file ${entry.file} changed since it was listed; list the fonts again`);
    }
    return { bytes, sha256 };
  };

  return {
    list,
    async readFont(id, opts = {}) {
      if (!parseFontId(id)) throw new ServiceError('invalid-request', `not a font id: "${id.slice(0, 100)}"`);
      const entry = (await list(opts)).fonts.find((f) => f.info.id === id);
      if (!entry) throw new ServiceError('not-found', `no font with the id ${id}`);
      return (await verifiedBytes(entry)).bytes;
    },
    async openFaces(entries) {
      const faces: Face[] = [];
      // Faces of one collection share one copy of its bytes.
      const fileBytes = new Map<string, Uint8Array>();
      for (const face of opened.values()) fileBytes.set(face.id.slice(0, face.id.indexOf('#')), face.bytes);
      for (const entry of entries) {
        let face = opened.get(entry.info.id);
        if (!face) {
          const file = entry.info.id.slice(0, entry.info.id.indexOf('#'));
          let bytes = fileBytes.get(file);
          if (!bytes) {
            bytes = (await verifiedBytes(entry)).bytes;
            fileBytes.set(file, bytes);
          }
          face = openFace(bytes, file.slice('sha256:'.length), entry.info.faceIndex);
          opened.set(entry.info.id, face);
        }
        faces.push(face);
      }
      return faces;
    },
  };
}
