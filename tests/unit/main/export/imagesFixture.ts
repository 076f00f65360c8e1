// imagesFixture.ts: small editions made of image frames only, with their asset files written to
// a temporary edition folder, for the print-image specs (images*.test.ts, color/*.test.ts).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { counterIds, type Edition, emptyEdition, type ImageFrame, newImageFrame, newPage } from '../../../../src/shared/model';

export interface ImageSpec {
  /** File name inside assets/. */
  readonly file: string;
  readonly mime: 'image/png' | 'image/jpeg';
  readonly pixelWidth: number;
  readonly pixelHeight: number;
  /** The frame, in page points. */
  readonly box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly fit?: ImageFrame['fit'];
  readonly crop?: ImageFrame['crop'];
  /** Page number (1-based), for editions of several pages; 1 when absent. */
  readonly page?: number;
}

export const META = { paper: '测试报', date: '2023-05-15', issue: 7, totalIssue: null, credits: { editor: '', designer: '', proofreader: '' } };

/** A broadsheet edition whose pages hold exactly these image frames (one asset record per distinct file). */
export function editionWithImages(specs: readonly ImageSpec[]): Edition {
  const newId = counterIds();
  const base = emptyEdition({ preset: 'broadsheet', meta: META, newId });
  const assets = new Map<string, Edition['assets'][number]>();
  const pageCount = Math.max(1, ...specs.map((s) => s.page ?? 1));
  const pages = Array.from({ length: pageCount }, (_, i) => newPage({ id: newId('page'), number: i + 1, label: `A0${i + 1}`, section: '要闻', masterId: null }));
  for (const spec of specs) {
    let asset = assets.get(spec.file);
    if (!asset) {
      asset = { id: newId('asset'), kind: 'image', path: `assets/${spec.file}`, mime: spec.mime, pixelWidth: spec.pixelWidth, pixelHeight: spec.pixelHeight, description: spec.file, colorSpace: null, ppi: null, caption: '', credit: '', preview: null };
      assets.set(spec.file, asset);
    }
    const frame = newImageFrame(newId('frame'), spec.box, { assetId: asset.id, name: spec.file });
    pages[(spec.page ?? 1) - 1]!.frames.push({ ...frame, fit: spec.fit ?? 'fill', crop: spec.crop ?? frame.crop });
  }
  return { ...base, pages, assets: [...assets.values()] };
}

export async function makeTempRoot(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-images-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

let folders = 0;

/** A new edition folder under `parent` with `files` in its assets/. */
export async function writeAssets(edition: Edition, files: Record<string, Uint8Array>, parent: string): Promise<{ edition: Edition; dir: string }> {
  const dir = join(parent, `edition-${++folders}.galley`);
  await mkdir(join(dir, 'assets'), { recursive: true });
  for (const [name, bytes] of Object.entries(files)) await writeFile(join(dir, 'assets', name), bytes);
  return { edition, dir };
}
