// importImage.ts: one image file into an edition folder, as an Asset record:
//   1. refuse an oversized file before reading it; read its facts (imageFacts.ts): a broken or
//      unsupported file stops here, before anything is written;
//   2. copy it into assets/ under a safe, content-hashed name (assetFileName.ts), atomically;
//      an identical file already there is reused, not written again;
//   3. for TIFF and CMYK, write a screen preview beside it (preview.ts);
//   4. answer the record. It is not in the edition yet: the window adds it with an addAsset op,
//      so the import is undone like any edit.
// Undo leaves the copied file in assets/, unreferenced: harmless (saves never read it, loads
// only check referenced files), and it is what makes redo work. A file written here and then
// followed by a failure (the preview) is removed again, so a failed import leaves nothing.
import { createHash } from 'node:crypto';
import { mkdir, readFile, unlink } from 'node:fs/promises';
import { MAX_IMAGE_IMPORT_BYTES } from '../../../shared/image-api';
import { type Asset, AssetSchema } from '../../../shared/model';
import { ASSETS_DIR, containedPath, resolveInside, writeFileAtomic } from '../store';
import { assetFileName, previewFileName } from './assetFileName';
import { ImageImportError, readImageFacts } from './imageFacts';
import { makePreview, needsPreview } from './preview';

export interface ImportImageOptions {
  /** The open edition's folder. */
  readonly editionDir: string;
  /** The file's own name (no folders), for the stored name, the description and errors. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The new asset's id. */
  readonly assetId: string;
}

/** Tries this many numbered names when a name is taken by different bytes (a hash prefix clash). */
const NAME_ATTEMPTS = 20;

export async function importImageFile(options: ImportImageOptions): Promise<Asset> {
  const { editionDir, name, bytes } = options;
  if (bytes.byteLength > MAX_IMAGE_IMPORT_BYTES) {
    const [size, limit] = [megabytes(bytes.byteLength), megabytes(MAX_IMAGE_IMPORT_BYTES)];
    throw new ImageImportError(name, `is ${size} MB; images up to ${limit} MB can be imported`, { kind: 'tooLarge', params: { size, limit } });
  }
  if (bytes.byteLength === 0) throw new ImageImportError(name, 'is empty', { kind: 'empty' });
  const facts = await readImageFacts(bytes, name);
  await assetsFolder(editionDir);
  const hash = createHash('sha256').update(bytes).digest('hex');
  const stored = await storeOnce(editionDir, bytes, (attempt) => assetFileName(name, facts.format, hash, attempt), name);
  let preview: string | null = null;
  if (needsPreview(facts)) {
    preview = previewFileName(stored.path, facts.hasAlpha);
    try {
      await writeFileAtomic(resolveInside(editionDir, preview), await makePreview(bytes, facts));
    } catch (error) {
      if (stored.written) await unlink(resolveInside(editionDir, stored.path)).catch(() => {});
      throw new ImageImportError(name, `no screen preview could be made, so it was not imported (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return AssetSchema.parse({
    id: options.assetId,
    kind: 'image',
    path: stored.path,
    mime: facts.mime,
    pixelWidth: facts.width,
    pixelHeight: facts.height,
    description: name,
    colorSpace: facts.colorSpace,
    ppi: facts.ppi,
    caption: facts.caption,
    credit: facts.credit,
    preview,
  } satisfies Asset);
}

/** Makes assets/ when missing and refuses one that leads out of the edition (a symlink). */
async function assetsFolder(editionDir: string): Promise<void> {
  await mkdir(resolveInside(editionDir, ASSETS_DIR), { recursive: true });
  const where = await containedPath(editionDir, ASSETS_DIR);
  if (!where.ok) throw new Error(`${ASSETS_DIR}/ cannot take the image: ${where.reason}`);
}

/** Writes `bytes` under the first free name, or finds them already stored under one. */
async function storeOnce(editionDir: string, bytes: Uint8Array, nameFor: (attempt: number) => string, file: string): Promise<{ path: string; written: boolean }> {
  for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
    const path = nameFor(attempt);
    const target = resolveInside(editionDir, path);
    const existing = await readFile(target).catch((error: unknown) => {
      if (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT') return null;
      throw error;
    });
    if (existing === null) {
      await writeFileAtomic(target, bytes);
      return { path, written: true };
    }
    if (Buffer.compare(existing, bytes) === 0) return { path, written: false };
  }
  throw new ImageImportError(file, `no free file name in ${ASSETS_DIR}/ after ${NAME_ATTEMPTS} tries`);
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/u, '');
}
