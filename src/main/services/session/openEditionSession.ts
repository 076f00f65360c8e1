// openEditionSession.ts: opening an edition for editing (lock, then load) or for reading only,
// and the session that keeps it: edits by revision, debounced autosave with history snapshots,
// asset reads confined to the folder.
import { readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileRefusal } from '../../../shared/editions-api';
import type { LockInfo } from '../../../shared/host-api';
import { applyOps, type Edition, type Op, OpError, parseEdition } from '../../../shared/model';
import { diskProblemOf } from '../diskErrors';
import { ServiceError } from '../errors';
import {
  acquireLock,
  containedPath,
  DEFAULT_HISTORY_KEEP,
  EDITION_FILE,
  loadEdition,
  type LockOwner,
  readLock,
  releaseLock,
  saveEdition,
  writeSnapshot,
} from '../store';
import { EditionLockedError } from './EditionLockedError';
import type { EditionSession, SessionChange } from './EditionSession';

export const DEFAULT_AUTOSAVE_MS = 2000;

export interface OpenSessionOptions {
  /** Open without taking the lock; edits are refused. */
  readOnly?: boolean;
  /** Take the lock over when its holder is a dead process on this host. */
  takeOverStaleLock?: boolean;
  /** Quiet time after the last edit before it is written. */
  autosaveMs?: number;
  /** Snapshots kept in history/. */
  historyKeep?: number;
  owner?: LockOwner;
  now?: () => Date;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Where autosave failures go (they are retried on the next save; nothing is dropped). */
  onAutosaveError?: (error: unknown) => void;
  /**
   * Runs after each save has committed edition.json and before its history snapshot, inside the
   * save queue (so the next save waits for it): the edit journal starts afresh there
   * (services/editions). It must not throw.
   */
  afterSave?: (saved: { readonly edition: Edition; readonly revision: number }) => Promise<void>;
}

export function currentOwner(): LockOwner {
  let user: string;
  try {
    user = os.userInfo().username;
  } catch {
    // userInfo throws when the uid has no passwd entry (some containers).
    user = process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
  return { user, host: os.hostname(), pid: process.pid };
}

/**
 * Opens the edition in `dir`. Throws EditionLoadError when it does not load and
 * EditionLockedError when a live process (or another host) holds its lock.
 */
export async function openEditionSession(dir: string, options: OpenSessionOptions = {}): Promise<EditionSession> {
  const now = options.now ?? (() => new Date());
  const owner = options.owner ?? currentOwner();
  const readOnly = options.readOnly === true;

  if (readOnly) {
    const { edition } = await loadEdition(dir);
    return new Session(dir, edition, { readOnly, owner, lockedBy: await readLock(dir), now, options });
  }
  // The lock goes first so nobody saves between our load and our lock; but a folder that is not
  // an edition gets no lock file written into it: loadEdition says what is wrong instead.
  if (!(await exists(path.join(dir, EDITION_FILE)))) await loadEdition(dir);
  const lock = await acquireLock(dir, owner, { takeOverStale: options.takeOverStaleLock === true, now });
  if (!lock.ok) throw new EditionLockedError(dir, lock.heldBy, lock.stale);
  try {
    const { edition } = await loadEdition(dir);
    return new Session(dir, edition, { readOnly, owner, lockedBy: null, now, options });
  } catch (error) {
    await releaseLock(dir, owner);
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

class Session implements EditionSession {
  readonly name: string;
  readonly readOnly: boolean;
  readonly lockedBy: LockInfo | null;
  #edition: Edition;
  #revision = 0;
  #savedRevision = 0;
  #timer: unknown = null;
  #saving: Promise<void> = Promise.resolve();
  #closing = false;
  #closed = false;
  readonly #listeners = new Set<(change: SessionChange) => void>();
  readonly #owner: LockOwner;
  readonly #now: () => Date;
  readonly #autosaveMs: number;
  readonly #historyKeep: number;
  readonly #setTimer: (run: () => void, ms: number) => unknown;
  readonly #clearTimer: (handle: unknown) => void;
  readonly #onAutosaveError: (error: unknown) => void;
  readonly #afterSave: OpenSessionOptions['afterSave'];

  constructor(
    readonly dir: string,
    edition: Edition,
    setup: { readOnly: boolean; owner: LockOwner; lockedBy: LockInfo | null; now: () => Date; options: OpenSessionOptions },
  ) {
    const { options } = setup;
    this.name = path.basename(path.resolve(dir));
    this.readOnly = setup.readOnly;
    this.lockedBy = setup.lockedBy;
    this.#edition = edition;
    this.#owner = setup.owner;
    this.#now = setup.now;
    this.#autosaveMs = options.autosaveMs ?? DEFAULT_AUTOSAVE_MS;
    this.#historyKeep = options.historyKeep ?? DEFAULT_HISTORY_KEEP;
    this.#setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.#clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    this.#onAutosaveError = options.onAutosaveError ?? ((error) => console.error('Galley: autosave failed:', error));
    this.#afterSave = options.afterSave;
  }

  get edition(): Edition {
    return this.#edition;
  }
  get revision(): number {
    return this.#revision;
  }
  get savedRevision(): number {
    return this.#savedRevision;
  }

  applyOps(baseRevision: number, ops: readonly Op[]): number {
    if (this.#closed || this.#closing) throw new ServiceError('read-only', `${this.name} is closed`);
    if (this.readOnly) throw new ServiceError('read-only', `${this.name} is open read-only; edits are not accepted`, fileRefusal('readOnly', { name: this.name }));
    if (baseRevision !== this.#revision) {
      throw new ServiceError('conflict', `the edit was made on revision ${baseRevision}, but ${this.name} is at revision ${this.#revision}; reload and try again`);
    }
    let next: Edition;
    try {
      next = applyOps(this.#edition, ops).edition;
    } catch (error) {
      if (error instanceof OpError) throw new ServiceError('invalid-request', error.message);
      throw error;
    }
    // The whole edition is re-checked, not only references: an edit that would make the
    // edition unsavable must be refused now, while the user still knows which edit it was.
    const checked = parseEdition(next);
    if (!checked.ok) {
      const first = checked.issues[0];
      throw new ServiceError('invalid-request', `the edit would break the edition: ${first ? `${first.path}: ${first.reason}` : 'invalid'}`);
    }
    this.#edition = next;
    this.#revision++;
    this.#scheduleAutosave();
    this.#emit();
    return this.#revision;
  }

  save(): Promise<void> {
    this.#cancelAutosave();
    const run = this.#saving.then(() => this.#flush());
    this.#saving = run.catch(() => {});
    return run;
  }

  async readAsset(assetId: string): Promise<{ mime: string; bytes: Uint8Array }> {
    const asset = this.#edition.assets.find((a) => a.id === assetId);
    if (!asset) throw new ServiceError('not-found', `no asset "${assetId}" in ${this.name}`);
    const where = await containedPath(this.dir, asset.path);
    if (!where.ok) throw new ServiceError('not-found', `${asset.path} (asset "${assetId}"): ${where.reason}`);
    const bytes = await readFile(where.real);
    return { mime: asset.mime, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closing = true;
    try {
      await this.save();
    } catch (error) {
      // Unsaved work stays in memory and the lock stays ours, so the caller can retry.
      this.#closing = false;
      throw error;
    }
    this.#closed = true;
    this.#listeners.clear();
    if (!this.readOnly) await releaseLock(this.dir, this.#owner);
  }

  onChange(listener: (change: SessionChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async #flush(): Promise<void> {
    if (this.readOnly || this.#revision === this.#savedRevision) return;
    const edition = this.#edition;
    const revision = this.#revision;
    try {
      await saveEdition(this.dir, edition);
      this.#savedRevision = revision;
      this.#emit();
      await this.#afterSave?.({ edition, revision });
      await writeSnapshot(this.dir, edition, { time: this.#now(), revision, keep: this.#historyKeep });
    } catch (error) {
      throw savingRefusal(error, this.dir) ?? error;
    }
  }

  #scheduleAutosave(): void {
    this.#cancelAutosave();
    this.#timer = this.#setTimer(() => {
      this.#timer = null;
      this.save().catch(this.#onAutosaveError);
    }, this.#autosaveMs);
  }

  #cancelAutosave(): void {
    if (this.#timer === null) return;
    this.#clearTimer(this.#timer);
    this.#timer = null;
  }

  #emit(): void {
    const change = { revision: this.#revision, savedRevision: this.#savedRevision };
    for (const listener of this.#listeners) listener(change);
  }
}

/**
 * A save the disk refused (full, not writable by Galley, read-only, the folder gone), as a
 * refusal the window words; the edits stay in memory for the next save. Null for anything else.
 */
function savingRefusal(error: unknown, dir: string): ServiceError | null {
  const disk = diskProblemOf(error);
  if (!disk || error instanceof ServiceError) return null;
  const message = `cannot save ${dir}: ${error instanceof Error ? error.message : String(error)}`;
  if (disk.kind === 'fileGone') return new ServiceError('not-found', message, fileRefusal('folderMissing', { path: dir }));
  return new ServiceError('internal', message, fileRefusal(disk.kind, { path: dir }));
}
