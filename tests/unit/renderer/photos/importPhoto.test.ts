import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_IMPORT_BYTES } from '../../../../src/shared/image-api';
import { buildTestEdition } from '../../../fixtures/store/editions';
import { bytesToBase64, checkPhotoFile, importPhotoFile, isPhotoFile, type PhotoFile } from '../../../../src/renderer/photos/importPhoto';
import { FakeHost } from '../support/fakeHost';

function file(name: string, bytes: Uint8Array, type = ''): PhotoFile {
  return { name, size: bytes.byteLength, type, arrayBuffer: async () => bytes.slice().buffer };
}

describe('isPhotoFile and checkPhotoFile', () => {
  it('takes JPEG, PNG and TIFF by type or by extension, in any case', () => {
    expect(isPhotoFile({ name: 'A.JPG', type: '' })).toBe(true);
    expect(isPhotoFile({ name: 'scan.tiff', type: '' })).toBe(true);
    expect(isPhotoFile({ name: 'noext', type: 'image/png' })).toBe(true);
    expect(isPhotoFile({ name: 'a.webp', type: 'image/webp' })).toBe(false);
  });

  it('refuses other files and files over the limit, naming them', () => {
    expect(checkPhotoFile({ name: 'a.gif', type: 'image/gif', size: 10 })).toEqual({ key: 'photos.error.type', params: { name: 'a.gif' }, tone: 'error' });
    expect(checkPhotoFile({ name: 'big.tif', type: '', size: MAX_IMAGE_IMPORT_BYTES + 1 })).toMatchObject({ key: 'photos.refused.tooLarge', params: { name: 'big.tif', limit: 40 } });
    expect(checkPhotoFile({ name: 'ok.jpg', type: '', size: 1000 })).toBeNull();
  });
});

describe('bytesToBase64', () => {
  it('matches Node\'s encoder, across slice boundaries', () => {
    const bytes = Uint8Array.from({ length: 0x8000 * 2 + 7 }, (_, i) => (i * 31) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('importPhotoFile', () => {
  it('sends the bytes as base64 with the bare file name and answers the asset', async () => {
    const host = new FakeHost(buildTestEdition({ stories: 1 }).edition);
    const result = await importPhotoFile(host, file('C:\\photos\\现场.jpg', Uint8Array.from([1, 2, 3])));
    expect(result).toMatchObject({ ok: true, asset: { description: '现场.jpg' } });
    expect(host.callsOf('importImage')).toEqual([{ name: '现场.jpg', base64: 'AQID' }]);
  });

  it('answers the host\'s refusal as a notice, and sends nothing for an unsupported file', async () => {
    const host = new FakeHost(buildTestEdition({ stories: 1 }).edition);
    host.failNext('importImage', 'invalid-request', 'importImage: x.jpg: the picture is damaged');
    expect(await importPhotoFile(host, file('x.jpg', Uint8Array.from([1])))).toEqual({
      ok: false,
      notice: { key: 'photos.error.failed', params: { message: 'importImage: x.jpg: the picture is damaged' }, tone: 'error' },
    });
    expect(await importPhotoFile(host, file('x.bmp', Uint8Array.from([1])))).toMatchObject({ ok: false, notice: { key: 'photos.error.type' } });
    expect(host.callsOf('importImage')).toHaveLength(1);
  });

  it('words a refusal the host gave as a message key in the window\'s language', async () => {
    const host = new FakeHost(buildTestEdition({ stories: 1 }).edition);
    const reason = { key: 'photos.refused.format', params: { name: 'IMG_0001.jpg', format: 'HEIF/HEIC' } };
    host.failNext('importImage', 'invalid-request', 'importImage: IMG_0001.jpg: is a HEIF/HEIC file; …', reason);
    expect(await importPhotoFile(host, file('IMG_0001.jpg', Uint8Array.from([1])))).toEqual({ ok: false, notice: { ...reason, tone: 'error' } });
    // A key the window does not know falls back to the host's English message.
    host.failNext('importImage', 'invalid-request', 'importImage: a.jpg: something new', { key: 'photos.refused.somethingNew', params: {} });
    expect(await importPhotoFile(host, file('a.jpg', Uint8Array.from([1])))).toMatchObject({ ok: false, notice: { key: 'photos.error.failed', params: { message: 'importImage: a.jpg: something new' } } });
  });
});
