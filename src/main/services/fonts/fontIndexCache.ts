// fontIndexCache.ts: what each font file hashed to and which faces it holds, kept between runs in
// a per-user cache folder. Listing fonts used to read and hash every file in the system font
// folders on every run (Debian's CJK collections alone are 90 MB, about 0.4 s of a CLI export);
// with the index a listing costs one stat per file. An entry is used only while the file's
// signature (size, mtime, ctime, inode, device: fontFile.ts) is exactly the recorded one, so a
// changed, replaced or copied file is read and hashed again, and its FontId stays the SHA-256
// of its bytes. The index is only an accelerator: a missing, unreadable, damaged or older-format
// file is ignored, and a failed write is not an error.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { type FaceInfo, type FontId, isFontId } from '../../../shared/layout/fonts';
import type { FileSignature } from './fontFile';
import { sameSignature } from './fontFile';

/** Bump when FaceInfo or the entry shape changes: older files are then ignored, not misread. */
export const FONT_INDEX_FORMAT = 1;
export const FONT_INDEX_FILE = `font-index-v${FONT_INDEX_FORMAT}.json`;
/** A bound, so editions opened once (tests make thousands) do not grow the file forever. */
export const FONT_INDEX_MAX_ENTRIES = 4000;

/** What reading a file gave: its hash and faces, or why it is not a usable font. */
export type IndexedResult = { readonly sha256: string; readonly faces: readonly FaceInfo[] } | { readonly error: string };

export interface FontIndex {
  /** The recorded result for `path`, when the file's signature is still `signature`. */
  lookup(path: string, signature: FileSignature): IndexedResult | undefined;
  remember(path: string, signature: FileSignature, result: IndexedResult): void;
  forget(path: string): void;
  /** Writes the index if anything was remembered or forgotten since it was read. Never throws. */
  save(): Promise<void>;
}

/**
 * The per-user cache folder: GALLEY_CACHE_DIR when set, else the platform's cache folder
 * ($XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows).
 */
export function defaultCacheDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const override = env['GALLEY_CACHE_DIR'];
  if (override !== undefined && override !== '') return override;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'Galley');
  if (platform === 'win32') return join(env['LOCALAPPDATA'] ?? join(home, 'AppData', 'Local'), 'Galley', 'Cache');
  return join(env['XDG_CACHE_HOME'] ?? join(home, '.cache'), 'galley');
}

const SignatureSchema = z.strictObject({ size: z.number(), mtimeMs: z.number(), ctimeMs: z.number(), ino: z.number(), dev: z.number() });

// Typed against FaceInfo, so a required field added there fails to compile here (and the format
// must be bumped); strict, so an entry with fields this version does not know is dropped.
const FaceInfoSchema = z.strictObject({
  id: z.custom<FontId>((v) => typeof v === 'string' && isFontId(v)),
  faceIndex: z.number().int().nonnegative(),
  family: z.string(),
  familyNames: z.array(z.string()),
  style: z.string(),
  fullName: z.string(),
  postscriptName: z.string(),
  weight: z.number(),
  italic: z.boolean(),
  unitsPerEm: z.number(),
  ascender: z.number(),
  descender: z.number(),
  lineGap: z.number(),
  capHeight: z.number().nullable(),
  xHeight: z.number().nullable(),
  numGlyphs: z.number(),
  outlines: z.enum(['truetype', 'cff']),
  embedding: z.strictObject({
    fsType: z.number(),
    licence: z.enum(['installable', 'editable', 'preview-print', 'restricted']),
    noSubsetting: z.boolean(),
    bitmapOnly: z.boolean(),
    embeddable: z.boolean(),
  }),
}) satisfies z.ZodType<FaceInfo>;

const EntrySchema = z.strictObject({
  path: z.string(),
  signature: SignatureSchema,
  result: z.union([z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/), faces: z.array(FaceInfoSchema) }), z.strictObject({ error: z.string() })]),
});
interface Entry {
  readonly path: string;
  readonly signature: FileSignature;
  readonly result: IndexedResult;
}

const FileSchema = z.strictObject({ format: z.literal(FONT_INDEX_FORMAT), entries: z.array(z.unknown()) });

/** Entries of a cache file; whatever does not validate is left out (the file is a cache, not data). */
function parseIndex(text: string): Entry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  const file = FileSchema.safeParse(json);
  if (!file.success) return [];
  const entries: Entry[] = [];
  for (const raw of file.data.entries) {
    const entry = EntrySchema.safeParse(raw);
    if (entry.success) entries.push(entry.data);
  }
  return entries;
}

/**
 * The index kept in `file` (read now), or an index in memory only when `file` is null. Entries are
 * kept in the order they were remembered; past FONT_INDEX_MAX_ENTRIES the oldest are dropped.
 */
export async function openFontIndex(file: string | null): Promise<FontIndex> {
  const text = file === null ? null : await readFile(file, 'utf8').catch(() => null);
  const entries = new Map<string, Entry>((text === null ? [] : parseIndex(text)).map((e) => [e.path, e]));
  let dirty = false;
  return {
    lookup(path, signature) {
      const entry = entries.get(path);
      return entry && sameSignature(entry.signature, signature) ? entry.result : undefined;
    },
    remember(path, signature, result) {
      entries.delete(path); // re-inserted last: the newest entries survive the bound
      entries.set(path, { path, signature: { ...signature }, result: 'error' in result ? { error: result.error } : { sha256: result.sha256, faces: [...result.faces] } });
      dirty = true;
    },
    forget(path) {
      dirty = entries.delete(path) || dirty;
    },
    async save() {
      if (!dirty || file === null) return;
      dirty = false;
      const kept = [...entries.values()].slice(-FONT_INDEX_MAX_ENTRIES);
      const temp = join(dirname(file), `.${FONT_INDEX_FILE}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        await mkdir(dirname(file), { recursive: true });
        // Temp file and rename: a concurrent reader sees the old index or the new one, never half.
        await writeFile(temp, JSON.stringify({ format: FONT_INDEX_FORMAT, entries: kept }));
        await rename(temp, file);
      } catch {
        await unlink(temp).catch(() => {}); // a read-only or full cache folder: next run indexes again
      }
    },
  };
}
