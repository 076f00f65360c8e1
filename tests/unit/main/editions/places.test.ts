import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPlace, defaultConfigDir, defaultDocumentsDir, editionFolderName, resolveFromDocuments } from '../../../../src/main/services/editions';
import { ServiceError } from '../../../../src/main/services/errors';
import { tempDirs } from '../../../fixtures/store/tempDir';

const temp = tempDirs();
afterAll(() => temp.cleanup());

describe('places', () => {
  it('adds .galley to a folder name once', () => {
    expect(editionFolderName('今日市中')).toBe('今日市中.galley');
    expect(editionFolderName(' a.GALLEY ')).toBe('a.GALLEY');
  });

  it('resolves what the window names against the documents folder', () => {
    expect(resolveFromDocuments('/home/u/Documents', 'Galley', 'x')).toBe('/home/u/Documents/Galley/x.galley');
    expect(resolveFromDocuments('/home/u/Documents', '/srv/a.galley')).toBe('/srv/a.galley');
    expect(resolveFromDocuments('/home/u/Documents', 'Galley/../../b.galley')).toBe('/home/u/b.galley');
  });

  it('picks the config and documents folders by platform and environment', () => {
    expect(defaultConfigDir({ GALLEY_CONFIG_DIR: '/tmp/cfg' }, 'linux', '/home/u')).toBe('/tmp/cfg');
    expect(defaultConfigDir({}, 'linux', '/home/u')).toBe('/home/u/.config/galley');
    expect(defaultConfigDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/u')).toBe('/x/galley');
    expect(defaultConfigDir({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Application Support/Galley');
    expect(defaultDocumentsDir({}, '/home/u')).toBe('/home/u/Documents');
    expect(defaultDocumentsDir({ XDG_DOCUMENTS_DIR: '/home/u/文档' }, '/home/u')).toBe('/home/u/文档');
  });

  it('accepts places inside the documents folder, even ones not made yet', async () => {
    const docs = path.join(await temp.make('galley-places-'), 'Documents');
    await checkPlace(path.join(docs, 'Galley', 'new', 'x.galley'), docs);
  });

  it('refuses the documents folder itself, its parent, siblings that share its prefix, and links out', async () => {
    const root = await temp.make('galley-places-');
    const docs = path.join(root, 'Documents');
    await mkdir(path.join(root, 'Documents-other'), { recursive: true });
    await mkdir(docs, { recursive: true });
    await symlink(root, path.join(docs, 'up'));
    for (const target of [docs, root, path.join(root, 'Documents-other', 'a.galley'), path.join(docs, 'up', 'Documents-other', 'a.galley')]) {
      await expect(checkPlace(target, docs), target).rejects.toBeInstanceOf(ServiceError);
    }
  });

  it('accepts a place outside when it is one of the allowed extras', async () => {
    const root = await temp.make('galley-places-');
    const outside = path.join(root, 'elsewhere', 'a.galley');
    await checkPlace(outside, path.join(root, 'Documents'), [outside]);
  });
});
