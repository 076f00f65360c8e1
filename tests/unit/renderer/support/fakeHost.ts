// fakeHost.ts: a Host for EditorStore specs. It keeps its own copy of the edition and enforces
// what the real session does (a stale baseRevision is a conflict, a read-only edition refuses
// edits, an op the model rejects is an invalid request), records every call, and can be told to
// fail the next call of a method or to hold its answer until the test releases it.
import type { HostCommand, HostErrorCode, HostErrorReason, HostMethod, HostRequest, HostResponse, LockInfo } from '../../../../src/shared/host-api';
import { applyOps, type Edition, type Op, OpError } from '../../../../src/shared/model';
import { type Host, HostError, type HostErrorKind } from '../../../../src/renderer/host';

export interface HostCall {
  readonly method: HostMethod;
  readonly req: unknown;
}

interface Options {
  readonly revision?: number;
  readonly readOnly?: boolean;
  readonly lockedBy?: LockInfo | null;
  readonly name?: string;
}

export class FakeHost implements Host {
  readonly transport = 'http';
  readonly calls: HostCall[] = [];
  edition: Edition;
  revision: number;
  savedRevision: number;
  readOnly: boolean;
  lockedBy: LockInfo | null;
  readonly name: string;
  private readonly failures = new Map<HostMethod, HostError[]>();
  private readonly holds = new Map<HostMethod, Array<Promise<void>>>();
  private readonly commandListeners = new Set<(command: HostCommand) => void>();

  constructor(edition: Edition, options: Options = {}) {
    this.edition = edition;
    this.revision = options.revision ?? 0;
    this.savedRevision = this.revision;
    this.readOnly = options.readOnly ?? false;
    this.lockedBy = options.lockedBy ?? null;
    this.name = options.name ?? 'test-edition';
  }

  /** The next call of `method` fails with this code. */
  failNext(method: HostMethod, code: HostErrorKind, message = `${method} failed`, reason?: HostErrorReason): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), new HostError(code, message, reason)]);
  }

  /** The next call of `method` waits for the returned function before it answers. */
  hold(method: HostMethod): () => void {
    let release = (): void => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    this.holds.set(method, [...(this.holds.get(method) ?? []), gate]);
    return release;
  }

  /** Another window edits the edition: the revision moves on without this renderer knowing. */
  editElsewhere(op: Op): void {
    this.edition = applyOps(this.edition, [op]).edition;
    this.revision++;
  }

  callsOf<M extends HostMethod>(method: M): Array<HostRequest<M>> {
    return this.calls.filter((c) => c.method === method).map((c) => c.req as HostRequest<M>);
  }

  sendCommand(command: HostCommand): void {
    for (const listener of this.commandListeners) listener(command);
  }

  getDocument = (req: HostRequest<'getDocument'>): Promise<HostResponse<'getDocument'>> =>
    this.answer('getDocument', req, () => ({
      edition: structuredClone(this.edition),
      revision: this.revision,
      name: this.name,
      readOnly: this.readOnly,
      lockedBy: this.lockedBy,
    }));

  applyOps = (req: HostRequest<'applyOps'>): Promise<HostResponse<'applyOps'>> =>
    this.answer('applyOps', req, () => {
      if (this.readOnly) throw new HostError('read-only', `${this.name} is open read-only`);
      if (req.baseRevision !== this.revision) {
        throw new HostError('conflict', `the edit was made on revision ${req.baseRevision}, but ${this.name} is at revision ${this.revision}`);
      }
      try {
        this.edition = applyOps(this.edition, req.ops).edition;
      } catch (error) {
        if (error instanceof OpError) throw new HostError('invalid-request' satisfies HostErrorCode, error.message);
        throw error;
      }
      this.revision++;
      return { revision: this.revision };
    });

  save = (req: HostRequest<'save'>): Promise<HostResponse<'save'>> =>
    this.answer('save', req, () => {
      this.savedRevision = this.revision;
      return { revision: this.revision, savedRevision: this.savedRevision };
    });

  readAsset = (req: HostRequest<'readAsset'>): Promise<HostResponse<'readAsset'>> =>
    this.answer('readAsset', req, () => ({ mime: 'image/png', base64: '' }));

  /** Each import answers a JPEG asset record named after the file (`asset-import-1`, …); nothing is stored. */
  importImage = (req: HostRequest<'importImage'>): Promise<HostResponse<'importImage'>> =>
    this.answer('importImage', req, () => {
      if (this.readOnly) throw new HostError('read-only', `${this.name} is open read-only`);
      const n = this.calls.filter((c) => c.method === 'importImage').length;
      return {
        asset: {
          id: `asset-import-${n}`,
          kind: 'image' as const,
          path: `assets/import-${n}.jpg`,
          mime: 'image/jpeg' as const,
          pixelWidth: 1200,
          pixelHeight: 800,
          description: req.name,
          colorSpace: 'rgb' as const,
          ppi: 300,
          caption: '',
          credit: '',
          preview: null,
        },
      };
    });

  listFonts = (req: HostRequest<'listFonts'>): Promise<HostResponse<'listFonts'>> => this.answer('listFonts', req, () => ({ fonts: [], problems: [] }));

  readFont = (req: HostRequest<'readFont'>): Promise<HostResponse<'readFont'>> =>
    this.answer('readFont', req, () => {
      throw new HostError('not-found', `no font with the id ${req.id}`);
    });

  getAppInfo = (req: HostRequest<'getAppInfo'>): Promise<HostResponse<'getAppInfo'>> =>
    this.answer('getAppInfo', req, () => ({ version: '0.0.0-test', transport: this.transport, exportDir: '/exports/test-edition-出版' }));

  /** Export answers are not modelled: the store never calls them; the export dialog has its own specs. */
  preflight = (req: HostRequest<'preflight'>): Promise<HostResponse<'preflight'>> => this.answer('preflight', req, () => ({ issues: [], errors: 0, warnings: 0 }));

  exportPdf = (req: HostRequest<'exportPdf'>): Promise<HostResponse<'exportPdf'>> =>
    this.answer('exportPdf', req, () => {
      throw new HostError('internal', 'the fake host does not export');
    });

  exportEpaper = (req: HostRequest<'exportEpaper'>): Promise<HostResponse<'exportEpaper'>> =>
    this.answer('exportEpaper', req, () => {
      throw new HostError('internal', 'the fake host does not export');
    });

  exportStatus = (req: HostRequest<'exportStatus'>): Promise<HostResponse<'exportStatus'>> =>
    this.answer('exportStatus', req, () => {
      throw new HostError('not-found', `no export job "${req.jobId}"`);
    });

  /** Editions methods: a recent list and a recovery the spec sets; switching only records the call. */
  recent: HostResponse<'listRecent'>['recent'] = [];
  recovery: HostResponse<'getRecovery'>['recovery'] = null;
  /** What importText answers (stories parsed elsewhere); empty by default. */
  imported: HostResponse<'importText'> = { stories: [], report: [] };

  listRecent = (req: HostRequest<'listRecent'>): Promise<HostResponse<'listRecent'>> =>
    this.answer('listRecent', req, () => ({ recent: this.recent, documentsDir: '/home/test/Documents', current: `/home/test/Documents/${this.name}` }));

  forgetRecent = (req: HostRequest<'forgetRecent'>): Promise<HostResponse<'forgetRecent'>> =>
    this.answer('forgetRecent', req, () => {
      this.recent = this.recent.filter((entry) => entry.path !== req.path);
      return { recent: this.recent, documentsDir: '/home/test/Documents', current: `/home/test/Documents/${this.name}` };
    });

  newEdition = (req: HostRequest<'newEdition'>): Promise<HostResponse<'newEdition'>> =>
    this.answer('newEdition', req, () => ({ path: `${req.folder}/${req.name}`, name: req.name, readOnly: false }));

  openEdition = (req: HostRequest<'openEdition'>): Promise<HostResponse<'openEdition'>> =>
    this.answer('openEdition', req, () => ({ path: req.path, name: req.path.split('/').at(-1) ?? req.path, readOnly: req.mode === 'readOnly' }));

  saveAs = (req: HostRequest<'saveAs'>): Promise<HostResponse<'saveAs'>> =>
    this.answer('saveAs', req, () => ({ path: `${req.folder}/${req.name}`, name: req.name, readOnly: false }));

  importText = (req: HostRequest<'importText'>): Promise<HostResponse<'importText'>> => this.answer('importText', req, () => structuredClone(this.imported));

  getRecovery = (req: HostRequest<'getRecovery'>): Promise<HostResponse<'getRecovery'>> => this.answer('getRecovery', req, () => ({ recovery: this.recovery }));

  resolveRecovery = (req: HostRequest<'resolveRecovery'>): Promise<HostResponse<'resolveRecovery'>> =>
    this.answer('resolveRecovery', req, () => {
      const edits = this.recovery?.edits ?? 0;
      this.recovery = null;
      return { recovered: req.choice === 'recover' ? edits : 0, revision: this.revision };
    });

  onCommand(listener: (command: HostCommand) => void): () => void {
    this.commandListeners.add(listener);
    return () => this.commandListeners.delete(listener);
  }

  private async answer<T>(method: HostMethod, req: unknown, run: () => T): Promise<T> {
    this.calls.push({ method, req: structuredClone(req) });
    const gate = this.holds.get(method)?.shift();
    if (gate) await gate;
    const failure = this.failures.get(method)?.shift();
    if (failure) throw failure;
    return run();
  }
}
