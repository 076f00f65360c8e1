import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFontService, type FontService } from '../../../../src/main/services/fonts';
import { dispatchHostCall } from '../../../../src/main/services/hostDispatch';
import { createHostHandlers, type EditionSession, openEditionSession } from '../../../../src/main/services/session';
import { acquireLock, createEdition } from '../../../../src/main/services/store';
import { HostApi, type HostResult } from '../../../../src/shared/host-api';
import { FONT_FILES, fontBytes, sha256 } from '../../../fixtures/fonts/fontFiles';
import { buildTestEdition, TINY_PNG } from '../../../fixtures/store/editions';
import { manualTimers } from '../../../fixtures/store/manualTimers';
import { tempDirs } from '../../../fixtures/store/tempDir';

const temp = tempDirs();
afterAll(() => temp.cleanup());

const now = (): Date => new Date('2023-05-15T08:00:00.000Z');
const me = { user: 'layout', host: os.hostname(), pid: process.pid };
const move = { type: 'moveFrame', pageId: 'page-1', frameId: 'frame-2', x: 123.5, y: 456 };

let dir: string;
let session: EditionSession;
let fonts: FontService;
beforeEach(async () => {
  // A project folder without node_modules: the defaults are reported missing, which keeps these
  // specs about the handlers (the font service has its own specs) and quick.
  fonts = createFontService({ projectRoot: await temp.make('galley-host-project-'), systemDirs: [] });
  dir = path.join(await temp.make('galley-host-'), 'host.galley');
  const { edition, assets } = buildTestEdition({ stories: 2, withImage: true });
  await createEdition(dir, edition, assets);
  const timers = manualTimers();
  session = await openEditionSession(dir, { owner: me, now, setTimer: timers.setTimer, clearTimer: timers.clearTimer });
});
afterEach(() => session.close());

function call(method: string, payload: unknown = {}, s: EditionSession = session): Promise<HostResult<unknown>> {
  return dispatchHostCall(createHostHandlers(s, 'http', '1.2.3', fonts), method, payload);
}

function valueOf(result: HostResult<unknown>): unknown {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('createHostHandlers', () => {
  it('getDocument returns the edition, revision, name and lock state in the contract shape', async () => {
    const doc = HostApi.getDocument.res.parse(valueOf(await call('getDocument')));
    expect(doc).toEqual({ edition: session.edition, revision: 0, name: 'host.galley', readOnly: false, lockedBy: null });
  });

  it('applyOps applies, returns the new revision, and reports a stale base as conflict', async () => {
    expect(valueOf(await call('applyOps', { baseRevision: 0, ops: [move] }))).toEqual({ revision: 1 });
    expect(session.edition.pages[0]?.frames[1]).toMatchObject({ x: 123.5, y: 456 });
    const stale = await call('applyOps', { baseRevision: 0, ops: [move] });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('applyOps reports an op that does not fit as invalid-request', async () => {
    const result = await call('applyOps', { baseRevision: 0, ops: [{ ...move, frameId: 'frame-404' }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('save writes and reports both revisions', async () => {
    await call('applyOps', { baseRevision: 0, ops: [move] });
    expect(HostApi.save.res.parse(valueOf(await call('save')))).toEqual({ revision: 1, savedRevision: 1 });
  });

  it('readAsset returns the bytes as base64, and not-found for an unknown id', async () => {
    const asset = HostApi.readAsset.res.parse(valueOf(await call('readAsset', { assetId: 'asset-photo' })));
    expect(asset.mime).toBe('image/png');
    expect(Buffer.from(asset.base64, 'base64').equals(Buffer.from(TINY_PNG))).toBe(true);
    expect(await call('readAsset', { assetId: 'asset-nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('getAppInfo names the version and transport', async () => {
    expect(valueOf(await call('getAppInfo'))).toEqual({ version: '1.2.3', transport: 'http', exportDir: path.join(path.dirname(dir), 'host-出版') });
  });

  it('on a read-only session, getDocument says who holds the lock and applyOps is refused', async () => {
    await session.close();
    const colleague = { user: 'proof', host: os.hostname(), pid: process.ppid };
    await acquireLock(dir, colleague, { now });
    session = await openEditionSession(dir, { readOnly: true, owner: me, now });
    const doc = HostApi.getDocument.res.parse(valueOf(await call('getDocument')));
    expect(doc.readOnly).toBe(true);
    expect(doc.lockedBy).toMatchObject(colleague);
    expect(await call('applyOps', { baseRevision: 0, ops: [move] })).toMatchObject({ ok: false, error: { code: 'read-only' } });
  });

  it('listFonts lists the edition\'s own fonts in the contract shape, and says which defaults are missing', async () => {
    await mkdir(path.join(dir, 'fonts'));
    await copyFile(FONT_FILES.latinRegular, path.join(dir, 'fonts', 'SourceSerif4-Regular.otf'));
    const listed = HostApi.listFonts.res.parse(valueOf(await call('listFonts')));
    expect(listed.fonts).toEqual([
      {
        id: `sha256:${sha256(fontBytes(FONT_FILES.latinRegular))}#0`,
        family: 'Source Serif 4',
        style: 'Regular',
        weight: 400,
        italic: false,
        postscriptName: 'SourceSerif4-Regular',
        source: 'edition',
        file: 'fonts/SourceSerif4-Regular.otf',
        embeddable: true,
        licence: null,
      },
    ]);
    expect(listed.problems.map((p) => p.reason)).toEqual(Array(6).fill('the default font is not installed; run `npm install`'));
  });

  it('readFont returns the listed file\'s bytes, and refuses ids it did not list or that are not ids', async () => {
    await mkdir(path.join(dir, 'fonts'));
    await copyFile(FONT_FILES.latinRegular, path.join(dir, 'fonts', 'Latin.otf'));
    const id = `sha256:${sha256(fontBytes(FONT_FILES.latinRegular))}#0`;
    const font = HostApi.readFont.res.parse(valueOf(await call('readFont', { id })));
    expect(font.id).toBe(id);
    expect(font.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(font.bytes).equals(Buffer.from(fontBytes(FONT_FILES.latinRegular)))).toBe(true);
    expect(await call('readFont', { id: `sha256:${'0'.repeat(64)}#0` })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    for (const bad of ['fonts/Latin.otf', '../../etc/passwd', `sha256:${'A'.repeat(64)}#0`, `${id}/..`, `sha256:${'0'.repeat(64)}#01`]) {
      expect(await call('readFont', { id: bad })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
  });
});
