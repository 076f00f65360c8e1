import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFontService, DEFAULT_FONT_FILES, FontFileError, readFontFile, systemFontDirs } from '../../../../src/main/services/fonts';
import { ServiceError } from '../../../../src/main/services/errors';
import { DEBIAN_SERIF_TTC, DEBIAN_TTC_SKIP, FONT_FILES, fontBytes, PROJECT_ROOT, sha256 } from '../../../fixtures/fonts/fontFiles';
import { tempDirs } from '../../../fixtures/store/tempDir';

const temp = tempDirs();
afterAll(() => temp.cleanup());

const latinId = (): string => `sha256:${sha256(fontBytes(FONT_FILES.latinRegular))}#0`;

/** An edition folder with fonts/ holding a copy of Source Serif 4 Regular, and a scratch folder beside it. */
async function editionWithFont(): Promise<{ dir: string; outside: string }> {
  const root = await temp.make('galley-fonts-');
  const dir = path.join(root, 'paper.galley');
  await mkdir(path.join(dir, 'fonts', 'latin'), { recursive: true });
  await copyFile(FONT_FILES.latinRegular, path.join(dir, 'fonts', 'latin', 'SourceSerif4-Regular.otf'));
  const outside = path.join(root, 'outside');
  await mkdir(outside);
  await copyFile(FONT_FILES.latinBold, path.join(outside, 'Secret.otf'));
  return { dir, outside };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  return error instanceof ServiceError ? error.code : `not a ServiceError: ${String(error)}`;
}

describe('the default fonts', () => {
  const service = createFontService({ projectRoot: PROJECT_ROOT, systemDirs: [] });

  it('are listed from the npm packages with their licence, Regular and Bold of each family', async () => {
    const { fonts, problems } = await service.list();
    expect(problems).toEqual([]);
    expect(fonts.map((f) => [f.info.family, f.info.weight, f.source])).toEqual([
      ['Noto Serif SC', 400, 'default'],
      ['Noto Serif SC', 700, 'default'],
      ['Noto Sans SC', 400, 'default'],
      ['Noto Sans SC', 700, 'default'],
      ['Source Serif 4', 400, 'default'],
      ['Source Serif 4', 700, 'default'],
    ]);
    expect(fonts.map((f) => f.file)).toEqual(DEFAULT_FONT_FILES.map((d) => path.basename(d.specifier)));
    for (const f of fonts) {
      expect(f.licence?.spdx).toBe('OFL-1.1');
      const licence = path.join(PROJECT_ROOT, f.licence?.file ?? 'none');
      expect(readFileSync(licence, 'utf8'), licence).toContain('SIL OPEN FONT LICENSE Version 1.1');
      expect(f.info.embedding.embeddable).toBe(true);
    }
    expect(fonts[4]?.info.id).toBe(latinId());
  });
});

describe('an edition\'s fonts folder', () => {
  it('is listed before the defaults, subfolders included, and read by id', async () => {
    const { dir } = await editionWithFont();
    const service = createFontService({ projectRoot: PROJECT_ROOT, systemDirs: [] });
    const { fonts } = await service.list({ editionDir: dir });
    expect(fonts[0]).toMatchObject({ source: 'edition', file: 'fonts/latin/SourceSerif4-Regular.otf', licence: null, info: { id: latinId(), family: 'Source Serif 4' } });
    expect(fonts.filter((f) => f.source === 'edition')).toHaveLength(1);
    const bytes = await service.readFont(latinId(), { editionDir: dir });
    expect(Buffer.from(bytes).equals(Buffer.from(fontBytes(FONT_FILES.latinRegular)))).toBe(true);
  });

  it('refuses symbolic links, to files and to folders, and never lists what they point at', async () => {
    const { dir, outside } = await editionWithFont();
    await symlink(path.join(outside, 'Secret.otf'), path.join(dir, 'fonts', 'Linked.otf'));
    await symlink(outside, path.join(dir, 'fonts', 'more'));
    const service = createFontService({ projectRoot: await temp.make('no-project-'), systemDirs: [] });
    const { fonts, problems } = await service.list({ editionDir: dir });
    expect(fonts.map((f) => f.file)).toEqual(['fonts/latin/SourceSerif4-Regular.otf']);
    expect(problems.filter((p) => p.file.startsWith('fonts/'))).toEqual([
      { file: 'fonts/Linked.otf', reason: 'is a symbolic link; only real files inside the edition are read' },
      { file: 'fonts/more', reason: 'is a symbolic link; only real files inside the edition are read' },
    ]);
    const secretId = `sha256:${sha256(fontBytes(FONT_FILES.latinBold))}#0`;
    expect(await codeOf(service.readFont(secretId, { editionDir: dir }))).toBe('not-found');
  });

  it('refuses a fonts folder that is itself a link out of the edition', async () => {
    const { outside } = await editionWithFont();
    const dir = path.join(await temp.make('galley-fonts-'), 'linked.galley');
    await mkdir(dir);
    await symlink(outside, path.join(dir, 'fonts'));
    const { fonts, problems } = await createFontService({ projectRoot: await temp.make('no-project-'), systemDirs: [] }).list({ editionDir: dir });
    expect(fonts).toEqual([]);
    expect(problems).toContainEqual({ file: 'fonts', reason: 'is not a real folder (a symbolic link or a file); fonts in it are not read' });
  });

  it('reports a damaged font file by name and goes on with the others', async () => {
    const { dir } = await editionWithFont();
    await writeFile(path.join(dir, 'fonts', 'broken.ttf'), 'this is not a font, just text with a .ttf name');
    await writeFile(path.join(dir, 'fonts', 'cut.otf'), fontBytes(FONT_FILES.latinRegular).slice(0, 3000));
    await writeFile(path.join(dir, 'fonts', 'README.txt'), 'ignored: not a font extension');
    const { fonts, problems } = await createFontService({ projectRoot: await temp.make('no-project-'), systemDirs: [] }).list({ editionDir: dir });
    expect(fonts.map((f) => f.file)).toEqual(['fonts/latin/SourceSerif4-Regular.otf']);
    const byFile = Object.fromEntries(problems.map((p) => [p.file, p.reason]));
    expect(byFile['fonts/broken.ttf']).toMatch(/^is not a usable font: not an OpenType or TrueType font \(signature 0x74686973\)$/);
    expect(byFile['fonts/cut.otf']).toMatch(/^is not a usable font: table '.{4}' lies outside the file/);
    const error = await readFontFile(path.join(dir, 'fonts', 'broken.ttf'), 'fonts/broken.ttf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FontFileError);
    expect((error as Error).message).toMatch(/^fonts\/broken\.ttf: is not a usable font/);
  });

  it('refuses to serve a file that changed since it was listed, and ids it never listed', async () => {
    const { dir } = await editionWithFont();
    const service = createFontService({ projectRoot: await temp.make('no-project-'), systemDirs: [] });
    await service.list({ editionDir: dir });
    expect(await codeOf(service.readFont(`sha256:${'1'.repeat(64)}#0`, { editionDir: dir }))).toBe('not-found');
    expect(await codeOf(service.readFont('fonts/latin/SourceSerif4-Regular.otf', { editionDir: dir }))).toBe('invalid-request');
    expect(await codeOf(service.readFont(latinId()))).toBe('not-found'); // another edition
    await copyFile(FONT_FILES.latinBold, path.join(dir, 'fonts', 'latin', 'SourceSerif4-Regular.otf'));
    expect(await codeOf(service.readFont(latinId(), { editionDir: dir }))).toBe('not-found');
  });
});

describe('system font folders', () => {
  it('are the usual folders of each platform', () => {
    expect(systemFontDirs('linux', {}, '/home/ed')).toEqual(['/usr/share/fonts', '/usr/local/share/fonts', '/home/ed/.fonts', '/home/ed/.local/share/fonts']);
    expect(systemFontDirs('linux', { XDG_DATA_HOME: '/data' }, '/home/ed')).toContain('/data/fonts');
    expect(systemFontDirs('darwin', {}, '/Users/ed')).toEqual(['/System/Library/Fonts', '/Library/Fonts', '/Users/ed/Library/Fonts']);
    const windows = systemFontDirs('win32', { WINDIR: 'C:\\Windows', LOCALAPPDATA: 'C:\\Users\\ed\\AppData\\Local' }, 'C:\\Users\\ed');
    expect(windows).toHaveLength(2);
    expect(windows[0]).toMatch(/Windows.Fonts$/);
    expect(windows[1]).toMatch(/Microsoft.Windows.Fonts$/);
  });

  it('are searched recursively, links followed without looping, absent folders skipped', async () => {
    const root = await temp.make('galley-sysfonts-');
    await mkdir(path.join(root, 'a', 'b'), { recursive: true });
    await copyFile(FONT_FILES.latinBold, path.join(root, 'a', 'b', 'SourceSerif4-Bold.OTF'));
    await writeFile(path.join(root, 'a', 'web.woff2'), 'web fonts are not scanned');
    await symlink(root, path.join(root, 'a', 'loop'));
    const service = createFontService({ projectRoot: await temp.make('no-project-'), systemDirs: [path.join(root, 'a'), path.join(root, 'absent')] });
    const { fonts, problems } = await service.list();
    expect(fonts.map((f) => [f.source, f.file, f.info.weight])).toEqual([['system', 'SourceSerif4-Bold.OTF', 700]]);
    expect(problems.every((p) => p.reason.includes('npm install'))).toBe(true);
  });

  it.skipIf(DEBIAN_TTC_SKIP !== null)('list every face of a collection; the faces share one copy of the bytes when opened', async () => {
    const root = await temp.make('galley-sysfonts-');
    await symlink(DEBIAN_SERIF_TTC, path.join(root, 'NotoSerifCJK-Regular.ttc'));
    const service = createFontService({ projectRoot: await temp.make('no-project-'), systemDirs: [root] });
    const { fonts } = await service.list();
    expect(fonts.map((f) => f.info.postscriptName)).toContain('NotoSerifCJKsc-Regular');
    expect(new Set(fonts.map((f) => f.info.id.split('#')[0])).size).toBe(1);
    const [jp, sc] = await service.openFaces([fonts[0]!, fonts[2]!]);
    expect(sc?.postscriptName).toBe('NotoSerifCJKsc-Regular');
    expect(sc?.bytes).toBe(jp?.bytes);
    expect(existsSync(DEBIAN_SERIF_TTC)).toBe(true);
  });
});
