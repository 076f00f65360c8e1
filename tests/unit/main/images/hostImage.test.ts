import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LIMIT } from '../../../../src/main/http';
import { createFontService, type FontService } from '../../../../src/main/services/fonts';
import { dispatchHostCall } from '../../../../src/main/services/hostDispatch';
import { createHostHandlers, type EditionSession, openEditionSession } from '../../../../src/main/services/session';
import { createEdition, loadEdition } from '../../../../src/main/services/store';
import { HostApi, HostErrorSchema, type HostResult } from '../../../../src/shared/host-api';
import { MAX_IMAGE_IMPORT_BASE64 } from '../../../../src/shared/image-api';
import { buildTestEdition } from '../../../fixtures/store/editions';
import { manualTimers } from '../../../fixtures/store/manualTimers';
import { tempDirs } from '../../../fixtures/store/tempDir';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const base64Of = async (name: string): Promise<string> => (await readFile(path.join(FIXTURES, name))).toString('base64');
const temp = tempDirs();
afterAll(() => temp.cleanup());
const me = { user: 'layout', host: os.hostname(), pid: process.pid };

let dir: string;
let session: EditionSession;
let fonts: FontService;
beforeEach(async () => {
  fonts = createFontService({ projectRoot: await temp.make('galley-img-project-'), systemDirs: [] });
  dir = path.join(await temp.make('galley-img-'), 'photos.galley');
  const { edition, assets } = buildTestEdition({ stories: 1, withImage: true });
  await createEdition(dir, edition, assets);
  const timers = manualTimers();
  session = await openEditionSession(dir, { owner: me, setTimer: timers.setTimer, clearTimer: timers.clearTimer });
});
afterEach(() => session.close());

function call(method: string, payload: unknown, s: EditionSession = session): Promise<HostResult<unknown>> {
  return dispatchHostCall(createHostHandlers(s, 'http', '1.2.3', fonts), method, payload);
}

function valueOf(result: HostResult<unknown>): unknown {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('host method importImage', () => {
  it('answers an asset record that an addAsset op puts in the edition, and the edition saves and loads again', async () => {
    const { asset } = HostApi.importImage.res.parse(valueOf(await call('importImage', { name: 'caption-utf8.jpg', base64: await base64Of('caption-utf8.jpg') })));
    expect(asset).toMatchObject({ mime: 'image/jpeg', caption: '县实验小学科技节上，学生向来宾展示自制机器人。', credit: '王乐平 董宏涛' });
    expect(asset.id).toMatch(/^asset-/u);
    expect(session.edition.assets.some((a) => a.id === asset.id)).toBe(false);
    valueOf(await call('applyOps', { baseRevision: 0, ops: [{ type: 'addAsset', index: session.edition.assets.length, asset }] }));
    await session.save();
    const loaded = await loadEdition(dir);
    expect(loaded.edition.assets.find((a) => a.id === asset.id)).toEqual(asset);
  });

  it('serves the screen preview of a TIFF through readAsset, and the TIFF itself by default', async () => {
    const { asset } = HostApi.importImage.res.parse(valueOf(await call('importImage', { name: 'scan.tif', base64: await base64Of('cmyk-caption.tif') })));
    valueOf(await call('applyOps', { baseRevision: 0, ops: [{ type: 'addAsset', index: 0, asset }] }));
    const screen = HostApi.readAsset.res.parse(valueOf(await call('readAsset', { assetId: asset.id, rendition: 'screen' })));
    expect(screen.mime).toBe('image/jpeg');
    expect(Buffer.from(screen.base64, 'base64').subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    const original = HostApi.readAsset.res.parse(valueOf(await call('readAsset', { assetId: asset.id })));
    expect(original).toEqual({ mime: 'image/tiff', base64: await base64Of('cmyk-caption.tif') });
  });

  it('answers the original for the screen rendition of an asset without a preview', async () => {
    const photo = session.edition.assets[0]!;
    const screen = HostApi.readAsset.res.parse(valueOf(await call('readAsset', { assetId: photo.id, rendition: 'screen' })));
    expect(screen).toEqual(HostApi.readAsset.res.parse(valueOf(await call('readAsset', { assetId: photo.id }))));
  });

  it('refuses a broken file as invalid-request naming the file, and writes nothing', async () => {
    const before = await readdir(path.join(dir, 'assets'));
    const result = await call('importImage', { name: '坏图.jpg', base64: Buffer.from('not a picture').toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/^坏图\.jpg: is not a JPEG, PNG or TIFF image/u) } });
    // And as a message key with its parameters, for the window to word in its own language.
    expect(result).toMatchObject({ ok: false, error: { reason: { key: 'photos.refused.unreadable', params: { name: '坏图.jpg' } } } });
    expect(await readdir(path.join(dir, 'assets'))).toEqual(before);
  });

  it('gives the kind of a refused file in its reason: a WebP named as such', async () => {
    const webp = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).webp().toBuffer();
    const result = await call('importImage', { name: 'web.jpg', base64: webp.toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', reason: { key: 'photos.refused.format', params: { name: 'web.jpg', format: 'WebP' } } } });
    expect(HostErrorSchema.safeParse(result.ok ? null : result.error).success).toBe(true);
  });

  it('refuses names with folders, text that is not base64, and files over the limit at the boundary', async () => {
    expect(await call('importImage', { name: '../x.jpg', base64: 'AAAA' })).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('name') } });
    expect(await call('importImage', { name: 'x.jpg', base64: 'not base64!' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const tooLong = 'A'.repeat(MAX_IMAGE_IMPORT_BASE64 + 4);
    expect(await call('importImage', { name: 'x.jpg', base64: tooLong })).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('larger than 40 MB') } });
  });

  it('refuses on a read-only edition', async () => {
    const reader = await openEditionSession(dir, { readOnly: true, owner: me });
    const result = await call('importImage', { name: 'a.jpg', base64: await base64Of('caption-utf8.jpg') }, reader);
    expect(result).toMatchObject({ ok: false, error: { code: 'read-only' } });
    await reader.close();
  });

  it('fits in one request to the HTTP host at the largest size it accepts', () => {
    expect(DEFAULT_BODY_LIMIT).toBeGreaterThan(MAX_IMAGE_IMPORT_BASE64 + 100);
  });
});
