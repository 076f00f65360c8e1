// What an e-paper export checks before any work: page file stems (unique, also case-folded),
// the date every dated thing in the bundle takes, and the out folder (missing, empty or an
// earlier Galley bundle; anything else refused naming the folder) and the zip beside it.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkZipTarget, epaperDate, inspectBundleDir, planEpaperPages, ZIP_COMMENT, zipPathFor } from '../../../../src/main/services/export/epaper/epaperPlan';
import { zipFiles } from '../../../../src/main/services/export/epaper/zipWriter';
import { ExportError } from '../../../../src/main/services/export';
import { counterIds, emptyEdition, type Edition, newPage } from '../../../../src/shared/model';

let tmp: string;
let editionDir: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'galley-epaper-plan-'));
  editionDir = join(tmp, 'paper.galley');
  await mkdir(editionDir);
  await writeFile(join(editionDir, 'edition.json'), '{}');
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

function edition(labels: readonly string[]): Edition {
  const newId = counterIds();
  const base = emptyEdition({ preset: 'broadsheet', meta: { paper: '今日市中', date: '2023-05-15', issue: 1, totalIssue: null, credits: { editor: '', designer: '', proofreader: '' } }, newId });
  return { ...base, pages: labels.map((label, i) => newPage({ id: newId('page'), number: i + 1, label, section: '', masterId: null })) };
}

describe('planEpaperPages', () => {
  it('names page files by their labels when those are safe, else by position', () => {
    expect(planEpaperPages(edition(['A01', '第2版', 'B3'])).map((p) => p.stem)).toEqual(['A01', 'p02', 'B3']);
  });

  it('gives labels that differ only in case different stems (one file on Windows and macOS)', () => {
    const stems = planEpaperPages(edition(['A01', 'a01', 'p02'])).map((p) => p.stem);
    expect(stems).toEqual(['A01', 'p02', 'p03']);
    expect(new Set(stems.map((s) => s.toLowerCase())).size).toBe(3);
  });

  it('refuses an edition without pages', () => {
    expect(() => planEpaperPages(edition([]))).toThrow(ExportError);
  });
});

describe('epaperDate', () => {
  it('is the edition’s date at 00:00 China Standard Time, whatever the clock says', () => {
    expect(epaperDate(edition(['A01'])).toISOString()).toBe('2023-05-14T16:00:00.000Z');
  });
});

describe('inspectBundleDir', () => {
  it('accepts a missing folder and an empty one', async () => {
    expect(await inspectBundleDir(join(tmp, 'new', 'bundle'), editionDir)).toBe('missing');
    await mkdir(join(tmp, 'empty'));
    expect(await inspectBundleDir(join(tmp, 'empty'), editionDir)).toBe('empty');
  });

  it('recognises an earlier bundle by the generator in its edition.json', async () => {
    const dir = join(tmp, 'earlier');
    await mkdir(dir);
    await writeFile(join(dir, 'edition.json'), JSON.stringify({ formatVersion: 1, generator: 'Galley 0.1.0', pages: [] }));
    await writeFile(join(dir, 'index.html'), '<!doctype html>');
    expect(await inspectBundleDir(dir, editionDir)).toBe('bundle');
  });

  it.each([
    ['a folder of other files', { 'notes.txt': 'mine' }],
    ['an edition.json someone else wrote', { 'edition.json': JSON.stringify({ formatVersion: 1, generator: 'Founder 9' }) }],
    ['a Galley edition (not a bundle)', { 'edition.json': JSON.stringify({ schemaVersion: 5 }) }],
    ['an edition.json that is not JSON', { 'edition.json': '{' }],
  ])('refuses %s, naming the folder', async (name, files) => {
    const dir = join(tmp, `full-${name.replace(/[^a-z]+/gu, '-')}`);
    await mkdir(dir);
    for (const [file, content] of Object.entries(files)) await writeFile(join(dir, file), content);
    await expect(inspectBundleDir(dir, editionDir)).rejects.toThrow(new RegExp(`^the out folder ${dir} is not empty and holds no earlier Galley e-paper bundle`, 'u'));
  });

  it('refuses a relative path, a folder inside the edition, the edition’s parent, a file and a symbolic link', async () => {
    await expect(inspectBundleDir('bundle', editionDir)).rejects.toThrow(/absolute/u);
    await expect(inspectBundleDir(join(editionDir, 'web'), editionDir)).rejects.toThrow(/inside the edition/u);
    await expect(inspectBundleDir(tmp, editionDir)).rejects.toThrow(/not empty/u);
    await writeFile(join(tmp, 'a-file'), 'x');
    await expect(inspectBundleDir(join(tmp, 'a-file'), editionDir)).rejects.toThrow(/is not a folder/u);
    await mkdir(join(tmp, 'target'));
    await symlink(join(tmp, 'target'), join(tmp, 'link'));
    await expect(inspectBundleDir(join(tmp, 'link'), editionDir)).rejects.toThrow(/symbolic link/u);
  });
});

describe('checkZipTarget', () => {
  it('is DIR.zip beside the folder', () => {
    expect(zipPathFor('/srv/epaper/2023-05-15')).toBe('/srv/epaper/2023-05-15.zip');
  });

  it('accepts no file and an earlier bundle zip; refuses any other file there', async () => {
    await expect(checkZipTarget(join(tmp, 'none.zip'))).resolves.toBeUndefined();
    const ours = join(tmp, 'ours.zip');
    await writeFile(ours, await zipFiles([{ path: 'index.html', bytes: new Uint8Array([60]) }], { date: { year: 2023, month: 5, day: 15 }, comment: ZIP_COMMENT }));
    await expect(checkZipTarget(ours)).resolves.toBeUndefined();
    const theirs = join(tmp, 'theirs.zip');
    await writeFile(theirs, await zipFiles([{ path: 'x', bytes: new Uint8Array([1]) }], { date: { year: 2023, month: 5, day: 15 } }));
    await expect(checkZipTarget(theirs)).rejects.toThrow(new RegExp(`^${theirs} exists and is not a zip of an earlier Galley e-paper bundle`, 'u'));
    await mkdir(join(tmp, 'folder.zip'));
    await expect(checkZipTarget(join(tmp, 'folder.zip'))).rejects.toThrow(ExportError);
  });
});
