// support.ts: a fake editing session and a raw HTTP client for the loopback host tests. The
// client is node:http rather than fetch because fetch normalises paths (it would resolve the
// very `..` segments these tests send) and will not set the Host header.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LockInfo } from '../../../../src/shared/host-api';
import { counterIds, type Edition, emptyEdition, newPage, newTextFrame, type Op } from '../../../../src/shared/model';
import { startHttpHost, type HttpHost } from '../../../../src/main/http';
import { ServiceError } from '../../../../src/main/services/errors';
import { createFontService } from '../../../../src/main/services/fonts';
import type { EditionSession } from '../../../../src/main/services/session';
import { FONT_FILES } from '../../../fixtures/fonts/fontFiles';

export const ASSET_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);

export interface FakeSession extends EditionSession {
  readonly applied: Op[][];
  closed: boolean;
}

/** An in-memory session over a one-page edition with one asset id, "asset-1". */
export function fakeSession(): FakeSession {
  const newId = counterIds();
  const base = emptyEdition({
    preset: 'broadsheet',
    meta: { paper: '今日市中', date: '2023-05-15', issue: null, totalIssue: null, credits: { editor: '', designer: '', proofreader: '' } },
    newId,
  });
  const page = { ...newPage({ id: 'page-1', number: 1, label: 'A01', section: '要闻', masterId: null }), frames: [newTextFrame('frame-1', { x: 40, y: 50, width: 100, height: 200 })] };
  const edition: Edition = { ...base, pages: [page] };
  const session = {
    dir: '/nowhere/fake.galley',
    name: 'fake.galley',
    edition,
    revision: 0,
    savedRevision: 0,
    readOnly: false,
    lockedBy: null as LockInfo | null,
    applied: [] as Op[][],
    closed: false,
    applyOps(baseRevision: number, ops: readonly Op[]): number {
      if (baseRevision !== session.revision) throw new ServiceError('conflict', `revision is ${session.revision}, not ${baseRevision}`);
      session.applied.push([...ops]);
      session.revision += 1;
      return session.revision;
    },
    async save(): Promise<void> {
      session.savedRevision = session.revision;
    },
    async readAsset(assetId: string): Promise<{ mime: string; bytes: Uint8Array }> {
      if (assetId !== 'asset-1') throw new ServiceError('not-found', `no asset "${assetId}"`);
      return { mime: 'image/png', bytes: ASSET_BYTES };
    },
    async close(): Promise<void> {
      session.closed = true;
    },
  };
  return session;
}

export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
  readonly text: string;
  json(): unknown;
}

export interface RawRequest {
  readonly method?: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  /** Sent as is; a string is UTF-8. */
  readonly body?: string | Buffer | undefined;
  /** Host header; defaults to 127.0.0.1:PORT. */
  readonly host?: string;
}

export function call(port: number, req: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const r = request(
      {
        host: '127.0.0.1',
        port,
        method: req.method ?? 'GET',
        path: req.path,
        headers: { host: req.host ?? `127.0.0.1:${port}`, ...req.headers },
        // A fresh connection per request, so one test's refusal cannot leak into the next.
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            text: body.toString('utf8'),
            json: () => JSON.parse(body.toString('utf8')) as unknown,
          });
        });
        res.on('error', reject);
      },
    );
    r.on('error', reject);
    if (req.body !== undefined) r.write(req.body);
    r.end();
  });
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/**
 * A running HTTP host over a fake session whose edition folder holds one font (the Latin test
 * face, as fonts/Latin.otf), with a renderer folder of one page. `close` stops it and removes
 * the folder.
 */
export async function hostWithOneFont(prefix: string, fontOptions: { cacheDir?: null } = {}): Promise<{ host: HttpHost; close: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  const rendererDir = join(root, 'renderer');
  const editionDir = join(root, 'e.galley');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Galley</title>');
  await mkdir(join(editionDir, 'fonts'), { recursive: true });
  await copyFile(FONT_FILES.latinRegular, join(editionDir, 'fonts', 'Latin.otf'));
  const session = Object.assign(fakeSession(), { dir: editionDir });
  const project = join(root, 'project');
  await mkdir(project);
  const host = await startHttpHost({ session, rendererDir, port: 0, version: '9.9.9', fonts: createFontService({ projectRoot: project, systemDirs: [], ...fontOptions }) });
  return {
    host,
    close: async () => {
      await host.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
