// fontService.ts: the fonts this process knows, for the host API (listFonts, readFont) and for
// composing in main. Three sources, listed in priority order: the open edition's fonts/ folder,
// the defaults that ship with Galley, and the system font folders. A face is named by its id
// (content hash + face index) everywhere; paths never leave this module, and readFont takes an
// id, never a path, and answers only with the bytes the id names (see verifiedBytes).
//
// Cost (bench/exportPdf.bench.ts): a listing stats each file and takes its hash and faces from
// the per-user font index (fontIndexCache.ts) while the file's signature is unchanged, so only
// new or changed files are read and hashed. Faces opened for layout are lazy (lazyFace.ts): a
// file is read when the layout first needs its glyphs, and trusted without re-hashing when its
// signature is still the one the index recorded for its hash.
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { type Face, type FaceInfo, type FontId, isFontId, parseFontId } from '../../../shared/layout/fonts';
import { ServiceError } from '../errors';
import { DEFAULT_FONT_FILES, type FontLicence, resolveDefaultFont } from './defaultFonts';
import { FontFileError } from './FontFileError';
import { describeFontBytes, type FileSignature, type FontFileRecord, readFontBytesSigned, readFontBytesSignedSync, sameSignature, sha256Hex, signatureOf } from './fontFile';
import { type FolderProblem, type FoundFile, scanEditionFonts, scanSystemFolders, systemFontDirs } from './fontFolders';
import { defaultCacheDir, FONT_INDEX_FILE, type FontIndex, openFontIndex } from './fontIndexCache';
import { timePhaseSync } from '../timings';
import { createFontSubsetCache } from './fontSubsets';
import { lazyFace } from './lazyFace';
import type { UnicodeSubsetter } from './unicodeSubset';

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
  /**
   * For the page view's first paint: a subset of face `id` holding `codePoints` (fontSubsets.ts),
   * or the whole file (`subset: false`) when the face cannot be subset. Optional: services made
   * for tests and tools may leave it out, and callers then read the whole file.
   */
  readFontSubset?(id: string, codePoints: ReadonlySet<number>, options?: { readonly editionDir?: string }): Promise<{ bytes: Uint8Array; subset: boolean }>;
  /**
   * Faces with bytes and coverage, for composing in this process; cached by id. A face's file is
   * read when its bytes or glyphs are first asked for (a changed file then throws ServiceError).
   */
  openFaces(entries: readonly FontEntry[]): Promise<Face[]>;
}

export interface FontServiceOptions {
  /** The Galley project folder (findProjectRoot()), where node_modules and resources/ are. */
  readonly projectRoot: string;
  /** Folders searched for system fonts; systemFontDirs() when absent, [] for none. */
  readonly systemDirs?: readonly string[];
  /**
   * Folder of the persistent font index: defaultCacheDir() when absent (GALLEY_CACHE_DIR, else
   * the platform's per-user cache), null to keep the index in memory only.
   */
  readonly cacheDir?: string | null;
  /** Makes readFontSubset's subsets; hb-subset (unicodeSubset.ts) when absent. Tests pass a failing one. */
  readonly subsetter?: UnicodeSubsetter;
}

interface CachedFile {
  readonly signature: FileSignature;
  readonly record: Promise<FontFileRecord>;
}

export function createFontService(options: FontServiceOptions): FontService {
  const systemDirs = options.systemDirs ?? systemFontDirs();
  const files = new Map<string, CachedFile>();
  const opened = new Map<FontId, Face>();
  /** Per font file (its hash): the one reader its faces share, so a collection is read once. */
  const readers = new Map<string, () => Uint8Array>();
  let systemScan: Promise<{ entries: FontEntry[]; problems: FolderProblem[] }> | null = null;
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  let indexLoad: Promise<FontIndex> | null = null;
  const index = (): Promise<FontIndex> => (indexLoad ??= openFontIndex(cacheDir === null ? null : join(cacheDir, FONT_INDEX_FILE)));

  const readAndDescribe = async (found: FoundFile, idx: FontIndex): Promise<FontFileRecord> => {
    const { bytes, signature } = await readFontBytesSigned(found.path, found.display);
    try {
      const rec = describeFontBytes(bytes, found.display);
      if (signature) idx.remember(found.path, signature, { sha256: rec.sha256, faces: rec.faces });
      return rec;
    } catch (error) {
      // A file that is not a usable font stays unusable until it changes: remember why.
      if (error instanceof FontFileError && signature) idx.remember(found.path, signature, { error: error.reason });
      throw error;
    }
  };

  // A file is read again only when its signature changed; the index answers for files this
  // process has not seen yet.
  const record = async (found: FoundFile): Promise<FontFileRecord> => {
    const signature = signatureOf(await stat(found.path));
    const cached = files.get(found.path);
    if (cached && sameSignature(cached.signature, signature)) return cached.record;
    const idx = await index();
    const known = idx.lookup(found.path, signature);
    const fresh: Promise<FontFileRecord> =
      known === undefined
        ? readAndDescribe(found, idx)
        : 'error' in known
          ? Promise.reject(new FontFileError(found.display, known.error))
          : Promise.resolve({ sha256: known.sha256, size: signature.size, faces: known.faces });
    files.set(found.path, { signature, record: fresh });
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
    await (await index()).save();
    return { fonts: parts.flatMap((p) => p.entries), problems: parts.flatMap((p) => p.problems) };
  };

  /**
   * The bytes of `entry`'s file, refused unless they are still the bytes its id names. Trusted
   * without hashing while the file's signature is the one its hash was taken with (this listing,
   * or the index), as for layout below: hashing the five default faces (36 MB) for every
   * opening of the page view cost ~0.2 s of its first paint. Hashed again otherwise.
   */
  const verifiedBytes = async (entry: FontEntry): Promise<Uint8Array> => {
    const { bytes, signature } = await readFontBytesSigned(entry.path, entry.file);
    const listed = files.get(entry.path)?.signature;
    if (signature && listed && sameSignature(signature, listed)) return bytes;
    if (!entry.info.id.startsWith(`sha256:${sha256Hex(bytes)}#`)) throw changed(entry);
    return bytes;
  };

  const changed = (entry: FontEntry): ServiceError => {
    files.delete(entry.path);
    void index().then((idx) => idx.forget(entry.path));
    return new ServiceError('not-found', `the font file ${entry.file} changed since it was listed; list the fonts again`);
  };

  /**
   * The bytes of `entry`'s file for layout, read once. Trusted without hashing while the file's
   * signature is the one its hash was recorded with (this listing, or the index); hashed otherwise.
   */
  const layoutBytes = (entry: FontEntry, sha256: string) => (): Uint8Array => {
    const { bytes, signature } = timePhaseSync('fonts: read files', () => readFontBytesSignedSync(entry.path, entry.file));
    const listed = files.get(entry.path)?.signature;
    if (signature && listed && sameSignature(signature, listed)) return bytes;
    if (sha256Hex(bytes) !== sha256) throw changed(entry);
    return bytes;
  };

  const readFont = async (id: string, opts: { readonly editionDir?: string } = {}): Promise<Uint8Array> => {
    if (!parseFontId(id)) throw new ServiceError('invalid-request', `not a font id: "${id.slice(0, 100)}"`);
    const entry = (await list(opts)).fonts.find((f) => f.info.id === id);
    if (!entry) throw new ServiceError('not-found', `no font with the id ${id}`);
    return verifiedBytes(entry);
  };
  const subsets = createFontSubsetCache(options.subsetter);

  return {
    list,
    readFont,
    async readFontSubset(id, codePoints, opts = {}) {
      if (!isFontId(id)) throw new ServiceError('invalid-request', `not a font id: "${id.slice(0, 100)}"`);
      const subset = await subsets.read(id, codePoints, (i) => readFont(i, opts));
      return subset ? { bytes: subset, subset: true } : { bytes: await readFont(id, opts), subset: false };
    },
    async openFaces(entries) {
      return entries.map((entry) => {
        let face = opened.get(entry.info.id);
        if (!face) {
          const sha256 = fileHash(entry.info);
          let read = readers.get(sha256);
          if (!read) {
            let bytes: Uint8Array | null = null;
            const load = layoutBytes(entry, sha256);
            read = () => (bytes ??= load());
            readers.set(sha256, read);
          }
          face = lazyFace(entry.info, read, entry.file);
          opened.set(entry.info.id, face);
        }
        return face;
      });
    },
  };
}

function fileHash(info: FaceInfo): string {
  const id = parseFontId(info.id);
  if (!id) throw new Error(`not a font id: ${info.id}`);
  return id.sha256;
}
