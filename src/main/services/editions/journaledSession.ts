// journaledSession.ts: an editing session whose accepted edits are journalled (editJournal.ts),
// and which, when it opens an edition whose last session ended without closing (a crash, a
// SIGKILL, a power cut), holds the edits that never reached edition.json as a pending recovery
// until the user chooses: recover them (replayed as ordinary edits, then saved) or open the last
// saved state (the journal is set aside in history/, never deleted unread).
import { stat } from 'node:fs/promises';
import { fileRefusal, type Recovery, type RecoveryChoice } from '../../../shared/editions-api';
import type { LockInfo } from '../../../shared/host-api';
import type { Edition, Op } from '../../../shared/model';
import { ServiceError } from '../errors';
import { type EditionSession, openEditionSession, type OpenSessionOptions, type SessionChange } from '../session';
import { EDITION_FILE } from '../store';
import { resolveInside } from '../store/paths';
import { EditJournal, editionFileHash, type JournalContents, readJournal, setJournalAside } from './editJournal';

export interface JournaledSession extends EditionSession {
  /** Resolves once every edit accepted so far is on disk in the journal. */
  journalWritten(): Promise<void>;
  /** Unsaved edits of a previous session, waiting for the user's choice; null when none. */
  readonly recovery: Recovery | null;
  /** Replays the pending edits (`recover`) or sets them aside (`discard`). */
  resolveRecovery(choice: RecoveryChoice): Promise<{ recovered: number }>;
}

export interface JournaledOptions extends Omit<OpenSessionOptions, 'afterSave'> {
  /** Where journal write failures go; the edit itself stands (autosave still writes it). */
  readonly log?: (error: unknown) => void;
}

interface Pending {
  readonly file: string;
  readonly contents: JournalContents;
}

export async function openJournaledSession(dir: string, options: JournaledOptions = {}): Promise<JournaledSession> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((error: unknown) => console.error('Galley: edit journal:', error));
  let journal: EditJournal | null = null;
  const inner = await openEditionSession(dir, {
    ...options,
    afterSave: async ({ revision }) => {
      await journal?.rebase(revision).catch(log);
    },
  });
  if (inner.readOnly) return new Journaled(inner, null, null, { log, now });
  try {
    const pending = await takePending(dir, now);
    journal = await EditJournal.start(dir, now);
    return new Journaled(inner, journal, pending, { log, now });
  } catch (error) {
    await inner.close();
    throw error;
  }
}

/**
 * A journal left by a session that did not close. Moved aside first, so the new session's own
 * journal cannot overwrite it before the user has chosen.
 */
async function takePending(dir: string, now: () => Date): Promise<Pending | null> {
  const contents = await readJournal(dir);
  if (contents === null) {
    // No journal, or one whose header is unreadable (killed while creating it: nothing in it).
    return null;
  }
  if (contents.entries.length === 0) return null;
  if (contents.base !== (await editionFileHash(dir))) {
    // edition.json changed after the journal's last save (another program wrote it): replaying
    // would apply edits to the wrong state. Kept in history/ for a person to look at.
    await setJournalAside(dir, 'unmatched', now());
    return null;
  }
  // A journal started with the session has no save time yet: edition.json's own time is that save.
  const savedAt = contents.savedAt ?? (await stat(resolveInside(dir, EDITION_FILE)).then((s) => s.mtime.toISOString(), () => null));
  return { file: await setJournalAside(dir, 'pending', now()), contents: { ...contents, savedAt } };
}

class Journaled implements JournaledSession {
  #written: Promise<void> = Promise.resolve();
  #pending: Pending | null;

  constructor(
    private readonly inner: EditionSession,
    private readonly journal: EditJournal | null,
    pending: Pending | null,
    private readonly setup: { readonly log: (error: unknown) => void; readonly now: () => Date },
  ) {
    this.#pending = pending;
  }

  get dir(): string {
    return this.inner.dir;
  }
  get name(): string {
    return this.inner.name;
  }
  get edition(): Edition {
    return this.inner.edition;
  }
  get revision(): number {
    return this.inner.revision;
  }
  get savedRevision(): number {
    return this.inner.savedRevision;
  }
  get readOnly(): boolean {
    return this.inner.readOnly;
  }
  get lockedBy(): LockInfo | null {
    return this.inner.lockedBy;
  }

  get recovery(): Recovery | null {
    const pending = this.#pending;
    const last = pending?.contents.entries.at(-1);
    if (!pending || !last) return null;
    return { edits: pending.contents.entries.length, savedAt: pending.contents.savedAt, lastEditAt: last.time };
  }

  applyOps(baseRevision: number, ops: readonly Op[]): number {
    const revision = this.inner.applyOps(baseRevision, ops);
    if (this.journal) this.#written = this.journal.append(revision, ops).catch(this.setup.log);
    return revision;
  }

  journalWritten(): Promise<void> {
    return this.#written;
  }

  save(): Promise<void> {
    return this.inner.save();
  }

  readAsset(assetId: string): Promise<{ mime: string; bytes: Uint8Array }> {
    return this.inner.readAsset(assetId);
  }

  onChange(listener: (change: SessionChange) => void): () => void {
    return this.inner.onChange?.(listener) ?? (() => {});
  }

  async resolveRecovery(choice: RecoveryChoice): Promise<{ recovered: number }> {
    const pending = this.#pending;
    if (!pending) throw new ServiceError('not-found', `${this.name} has no unsaved edits waiting to be recovered`, fileRefusal('nothingToRecover', { name: this.name }));
    this.#pending = null;
    if (choice === 'discard') {
      await setJournalAside(this.dir, 'declined', this.setup.now(), pending.file);
      return { recovered: 0 };
    }
    let recovered = 0;
    for (const entry of pending.contents.entries) {
      try {
        this.applyOps(this.revision, entry.ops);
      } catch (error) {
        if (!(error instanceof ServiceError)) throw error;
        break;
      }
      recovered++;
    }
    await this.save();
    await setJournalAside(this.dir, recovered === pending.contents.entries.length ? 'recovered' : 'partial', this.setup.now(), pending.file);
    return { recovered };
  }

  async close(): Promise<void> {
    // Everything is written before the journal goes, and the journal goes while the lock is
    // still ours, so no other process's journal can be deleted by mistake.
    await this.inner.save();
    await this.#written;
    await this.journal?.finish();
    await this.inner.close();
  }
}

