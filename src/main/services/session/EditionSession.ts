// EditionSession.ts: what an open edition offers the rest of the main process (the host API
// handlers, the menu, the CLI): the current edition and revision, edits, saving, asset bytes.
import type { LockInfo } from '../../../shared/host-api';
import type { Edition, Op } from '../../../shared/model';

export interface SessionChange {
  readonly revision: number;
  readonly savedRevision: number;
}

export interface EditionSession {
  /** The edition folder as given when it was opened. */
  readonly dir: string;
  /** The folder's own name (e.g. 2023-05-15.galley), for title bars. */
  readonly name: string;
  readonly edition: Edition;
  /** Bumped by every accepted applyOps; 0 when opened. */
  readonly revision: number;
  /** The revision that is on disk. Equal to `revision` when nothing is unsaved. */
  readonly savedRevision: number;
  readonly readOnly: boolean;
  /** Who held the lock when this session was opened read-only; null otherwise. */
  readonly lockedBy: LockInfo | null;
  /**
   * Applies edits made against `baseRevision` and returns the new revision. Throws
   * ServiceError 'conflict' (stale base), 'read-only', or 'invalid-request' (an op that does not
   * fit, or a result that breaks a reference); a refused call changes nothing.
   */
  applyOps(baseRevision: number, ops: readonly Op[]): number;
  /** Writes unsaved changes now (and a history snapshot). Does nothing when all is saved. */
  save(): Promise<void>;
  /** Throws ServiceError 'not-found' for an unknown id or a missing file. */
  readAsset(assetId: string): Promise<{ mime: string; bytes: Uint8Array }>;
  /** Saves what is pending, stops the autosave timer and releases the lock. */
  close(): Promise<void>;
  /** Called after every accepted edit and every save; returns an unsubscribe function. */
  onChange?(listener: (change: SessionChange) => void): () => void;
}
