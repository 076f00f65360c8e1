// epaperFixture.ts: what the e-paper pipeline specs share: stand-in page images and photos (for
// the specs about refusals, failures and progress, where real rendering would only cost time),
// the real services with one replaced, and a bundle folder read back as path → sha256.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { defaultEpaperStages, type EpaperStages } from '../../../../../src/main/services/export/epaper';

/** The real e-paper services with some replaced. */
export function realEpaperStages(overrides: Partial<EpaperStages> = {}): EpaperStages {
  return { ...defaultEpaperStages(), ...overrides };
}

/** Stand-in images: a few bytes naming the page or asset, with the size a real render would claim. */
export function standInEpaperStages(overrides: Partial<EpaperStages> = {}): EpaperStages {
  const bytes = (s: string): Uint8Array => new TextEncoder().encode(`stand-in ${s}`);
  return realEpaperStages({
    renderPageImages: async ({ stem }) => ({ image: { bytes: bytes(`${stem} page`), width: 2000, height: 3000 }, thumb: { bytes: bytes(`${stem} thumb`), width: 240, height: 360 } }),
    renderPicture: async ({ asset }) => ({ bytes: bytes(asset.id), width: 1600, height: 1067 }),
    ...overrides,
  });
}

/** Every file under `dir` (hidden ones too), bundle-relative with `/`, → sha256. */
export async function fileHashes(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const out = new Map<string, string>();
  for (const file of files.sort()) out.set(relative(dir, file).split(sep).join('/'), createHash('sha256').update(await readFile(file)).digest('hex'));
  return out;
}

/** The href and src attribute values of an HTML document (quoted, as our pages write them). */
export function linkTargets(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/giu)].map((m) => m[1] ?? m[2] ?? '');
}
