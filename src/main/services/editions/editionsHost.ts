// editionsHost.ts: which edition the window works on, and switching it safely. Both hosts (the
// Electron window, `galley serve`) keep one EditionsHost and serve its `handlers`: every host
// method goes to the session open now, and the editions methods (new, open, save as, recent,
// recovery) move the session to another folder. A switch opens the new edition first (its lock
// taken, its files validated), then closes the old one (pending edits saved, lock released);
// if either step fails, the window stays on the edition it had.
import path from 'node:path';
import { type EditionSwitch, fileRefusal, type NewEditionFormat, type OpenMode, type RecentEdition } from '../../../shared/editions-api';
import { HOST_METHODS } from '../../../shared/host-api';
import type { EditionMeta, NewId } from '../../../shared/model';
import { diskProblemOf } from '../diskErrors';
import { EditionLoadError, ServiceError } from '../errors';
import type { FontService } from '../fonts';
import type { HostHandlers } from '../hostDispatch';
import { createHostHandlers, EditionLockedError, type ExportSetup } from '../session';
import { createEdition } from '../store';
import { copyEditionFolder } from './copyEditionFolder';
import { type JournaledOptions, type JournaledSession, openJournaledSession } from './journaledSession';
import { newEditionContent } from './newEditionContent';
import { checkPlace, resolveFromDocuments } from './places';
import type { RecentEditions } from './recentEditions';

export interface EditionsHostSetup {
  readonly transport: 'electron' | 'http';
  readonly version: string;
  readonly fonts: FontService;
  /** The folder the window may name paths in (the user's documents folder). */
  readonly documentsDir: string;
  readonly recent: RecentEditions;
  readonly newId: NewId;
  readonly sessionOptions?: Omit<JournaledOptions, 'readOnly' | 'takeOverStaleLock'>;
  readonly exportSetup?: ExportSetup;
  /** Called after the session moved to another edition (Electron retitles and reloads its window). */
  readonly onSwitched?: (session: JournaledSession) => void;
  readonly log?: (error: unknown) => void;
}

interface Current {
  readonly session: JournaledSession;
  readonly handlers: HostHandlers;
  readonly mode: OpenMode;
}

export class EditionsHost {
  #current: Current | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  /** Stable: each call goes to the session open at the time of the call. */
  readonly handlers: HostHandlers;

  constructor(private readonly setup: EditionsHostSetup) {
    const forward = Object.fromEntries(HOST_METHODS.map((method) => [method, (req: unknown) => (this.#require().handlers[method] as (r: unknown) => Promise<unknown>)(req)]));
    // Each entry forwards to the same method of the current handlers, so the shapes agree; the
    // per-key correlation is lost through Object.fromEntries, hence the cast.
    this.handlers = { ...(forward as unknown as HostHandlers), ...this.#editionsHandlers() };
  }

  get session(): JournaledSession | null {
    return this.#current?.session ?? null;
  }

  /** Opens `dir` as main chose it (the command line, a dialog): no documents-folder check. */
  open(dir: string, mode: OpenMode = 'edit'): Promise<JournaledSession> {
    return this.#serial(() => this.#switchTo(path.resolve(dir), mode));
  }

  /** Creates an edition at `dir` (main chose it) and switches to it. */
  create(dir: string, format: NewEditionFormat, meta: Pick<EditionMeta, 'paper' | 'date'>): Promise<JournaledSession> {
    return this.#serial(async () => {
      const target = path.resolve(dir);
      await createEdition(target, newEditionContent({ format, meta, newId: this.setup.newId }), []);
      return this.#switchTo(target, 'edit');
    });
  }

  /** Copies the open edition to `dir` (main chose it) and continues there. */
  saveAs(dir: string): Promise<JournaledSession> {
    return this.#serial(async () => {
      const { session } = this.#require();
      const target = path.resolve(dir);
      if (!session.readOnly) await session.save();
      await copyEditionFolder(session.dir, target);
      return this.#switchTo(target, 'edit');
    });
  }

  /** The recent editions list, newest first. */
  recentList(): Promise<RecentEdition[]> {
    return this.setup.recent.list();
  }

  async readAsset(assetId: string): Promise<{ mime: string; bytes: Uint8Array }> {
    return this.#require().session.readAsset(assetId);
  }

  /** Saves and closes the open edition (its lock released). */
  close(): Promise<void> {
    return this.#serial(async () => {
      const current = this.#current;
      if (!current) return;
      await current.session.close();
      this.#current = null;
    });
  }

  #editionsHandlers(): Pick<HostHandlers, 'listRecent' | 'forgetRecent' | 'newEdition' | 'openEdition' | 'saveAs' | 'getRecovery' | 'resolveRecovery'> {
    const { documentsDir, recent } = this.setup;
    const switched = (session: JournaledSession): EditionSwitch => ({ path: session.dir, name: session.name, readOnly: session.readOnly });
    return {
      listRecent: async () => ({ recent: await recent.list(), documentsDir, current: this.#require().session.dir }),
      forgetRecent: async ({ path: where }) => {
        await recent.remove(where);
        return { recent: await recent.list(), documentsDir, current: this.#require().session.dir };
      },
      newEdition: async ({ folder, name, format, meta }) => {
        const target = resolveFromDocuments(documentsDir, folder, name);
        await checkPlace(target, documentsDir);
        return switched(await forWindow(target, () => writingNew(target, () => this.create(target, format, meta))));
      },
      openEdition: async ({ path: where, mode }) => {
        const target = resolveFromDocuments(documentsDir, where);
        const known = (await recent.list()).map((e) => e.path);
        await checkPlace(target, documentsDir, [...known, this.#current?.session.dir ?? documentsDir]);
        return switched(await forWindow(target, () => this.open(target, mode)));
      },
      saveAs: async ({ folder, name }) => {
        const target = resolveFromDocuments(documentsDir, folder, name);
        await checkPlace(target, documentsDir);
        return switched(await forWindow(target, () => writingNew(target, () => this.saveAs(target))));
      },
      getRecovery: async () => ({ recovery: this.#require().session.recovery }),
      resolveRecovery: async ({ choice }) => {
        const { session } = this.#require();
        const { recovered } = await session.resolveRecovery(choice);
        return { recovered, revision: session.revision };
      },
    };
  }

  #require(): Current {
    if (!this.#current) throw new ServiceError('not-found', 'no edition is open');
    return this.#current;
  }

  // Switches run one at a time: two quick "open" clicks must not leave two sessions (and locks).
  #serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work);
    this.#queue = run.catch(() => {});
    return run;
  }

  async #switchTo(dir: string, mode: OpenMode): Promise<JournaledSession> {
    const old = this.#current;
    if (old && path.resolve(old.session.dir) === dir) {
      if (old.mode === mode || (mode === 'takeOver' && !old.session.readOnly)) return old.session;
      // The same folder in another mode: our own lock would refuse the new session, so the old
      // one goes first, and comes back if the new one cannot open.
      await old.session.close();
      this.#current = null;
      try {
        return await this.#adopt(await this.#openSession(dir, mode), mode);
      } catch (error) {
        const back = await this.#openSession(dir, old.mode);
        this.#current = { session: back, handlers: this.#handlersFor(back), mode: old.mode };
        throw error;
      }
    }
    const next = await this.#openSession(dir, mode);
    if (old) {
      try {
        await old.session.close();
      } catch (error) {
        await next.close().catch(this.setup.log ?? (() => {}));
        throw error;
      }
    }
    return this.#adopt(next, mode);
  }

  async #adopt(session: JournaledSession, mode: OpenMode): Promise<JournaledSession> {
    this.#current = { session, handlers: this.#handlersFor(session), mode };
    const { paper, date } = session.edition.meta;
    await this.setup.recent.add({ path: session.dir, paper, date }).catch(this.setup.log ?? (() => {}));
    this.setup.onSwitched?.(session);
    return session;
  }

  #openSession(dir: string, mode: OpenMode): Promise<JournaledSession> {
    return openJournaledSession(dir, { ...this.setup.sessionOptions, readOnly: mode === 'readOnly', takeOverStaleLock: mode === 'takeOver' });
  }

  #handlersFor(session: JournaledSession): HostHandlers {
    const { transport, version, fonts, exportSetup } = this.setup;
    const base = createHostHandlers(session, transport, version, fonts, exportSetup);
    return {
      ...base,
      // The window hears "applied" only once the edit is in the journal, so a crash right after
      // cannot lose an edit the window believes the host has.
      applyOps: async (req) => {
        const answer = await base.applyOps(req);
        await session.journalWritten();
        return answer;
      },
    };
  }
}

/**
 * The window's view of a failed switch: the lock and load errors that the command line words
 * itself become host errors with a message written for the window.
 */
async function forWindow<T>(dir: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof EditionLockedError) {
      const { user, host, since } = error.heldBy;
      throw new ServiceError('conflict', lockedMessage(error), fileRefusal(error.stale ? 'lockedStale' : 'locked', { name: path.basename(error.dir), user, host, since }));
    }
    if (error instanceof EditionLoadError) {
      const reason = fileRefusal('unreadable', { path: dir, file: error.file, where: error.jsonPath, reason: error.reason });
      throw new ServiceError('invalid-request', `${dir} cannot be opened: ${error.file}: ${error.jsonPath}: ${error.reason}`, reason);
    }
    throw error;
  }
}

const WRITE_REFUSALS = { diskFull: 'writeDiskFull', noPermission: 'writeNoPermission', readOnlyDisk: 'writeReadOnlyDisk' } as const;

/**
 * New and Save As write a new edition folder: one the disk refused (full, not writable by
 * Galley, read-only) is a refusal the window words, and the edition open before stays open.
 */
async function writingNew<T>(dir: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const disk = error instanceof ServiceError ? null : diskProblemOf(error);
    if (!disk || disk.kind === 'fileGone') throw error;
    throw new ServiceError('internal', `cannot write ${dir}: ${error instanceof Error ? error.message : String(error)}`, fileRefusal(WRITE_REFUSALS[disk.kind], { path: dir }));
  }
}

function lockedMessage(error: EditionLockedError): string {
  const { user, host, pid, since } = error.heldBy;
  const who = `${user} on ${host} (process ${pid}) since ${since || 'an unknown time'}`;
  const name = path.basename(error.dir);
  return error.stale
    ? `${name} is locked by ${who}, but that process no longer runs (it did not close the edition): take over its lock, or open the edition read-only`
    : `${name} is open by ${who}: open it read-only, or ask them to close it`;
}
