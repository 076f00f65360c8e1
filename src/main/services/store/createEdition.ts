// createEdition.ts: a new edition folder, complete or not at all. Everything is written into a
// hidden sibling folder first and renamed into place at the end, so a crash never leaves a
// half-made edition under the name the user chose.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileRefusal } from '../../../shared/editions-api';
import type { Edition } from '../../../shared/model';
import { AssetSchema } from '../../../shared/model';
import { ServiceError } from '../errors';
import { fsyncDir, writeFileAtomic } from './atomicWrite';
import { editionDocuments, validateForWrite } from './editionFiles';
import { EDITION_DIRS, EDITION_FILE, isErrno, resolveInside } from './paths';

export interface AssetFile {
  /** Relative path as in edition.assets[].path, e.g. assets/photo-1.png. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

const AssetPathSchema = AssetSchema.shape.path;

export async function createEdition(dir: string, edition: Edition, assets: readonly AssetFile[]): Promise<void> {
  const valid = validateForWrite(edition);
  checkAssets(valid, assets);
  const target = path.resolve(dir);
  const existed = await checkTarget(target);

  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  const temp = path.join(parent, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(temp);
    for (const sub of EDITION_DIRS) await mkdir(path.join(temp, sub));
    for (const asset of assets) await writeFileAtomic(resolveInside(temp, asset.path), asset.bytes, { syncDir: false });
    const docs = editionDocuments(valid);
    for (const story of docs.stories) await writeFileAtomic(resolveInside(temp, story.file), story.json, { syncDir: false });
    await writeFileAtomic(resolveInside(temp, EDITION_FILE), docs.editionJson, { syncDir: false });
    for (const sub of EDITION_DIRS) await fsyncDir(path.join(temp, sub));
    await fsyncDir(temp);
    // An empty folder the user made for the edition is replaced; rename cannot do that on
    // every OS, so it goes first (a crash in between leaves no folder, and nothing was in it).
    if (existed) await rmdir(target);
    await rename(temp, target);
    await fsyncDir(parent);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

/** True when `target` exists as an empty folder; throws when it exists and cannot be used. */
async function checkTarget(target: string): Promise<boolean> {
  try {
    const info = await stat(target);
    if (!info.isDirectory()) throw new ServiceError('invalid-request', `${target} already exists and is not a folder`, fileRefusal('notAFolder', { path: target }));
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return false;
    throw error;
  }
  if ((await readdir(target)).length > 0) {
    throw new ServiceError('invalid-request', `${target} already exists and is not empty; choose a new folder for the edition`, fileRefusal('notEmpty', { path: target }));
  }
  return true;
}

/** Every asset the edition lists must come with its bytes, at a safe path, once. */
function checkAssets(edition: Edition, assets: readonly AssetFile[]): void {
  const given = new Set<string>();
  for (const asset of assets) {
    const ok = AssetPathSchema.safeParse(asset.path);
    if (!ok.success) throw new ServiceError('invalid-request', `asset file "${asset.path}": ${ok.error.issues[0]?.message ?? 'invalid path'}`);
    if (given.has(asset.path)) throw new ServiceError('invalid-request', `asset file "${asset.path}" is given twice`);
    given.add(asset.path);
  }
  edition.assets.forEach((asset, i) => {
    if (!given.has(asset.path)) {
      throw new ServiceError('invalid-request', `$.assets[${i}].path: no bytes were given for ${asset.path} (asset "${asset.id}")`);
    }
  });
}
