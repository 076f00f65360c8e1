// The edition store: an edition folder on disk ↔ an Edition in memory. See README.md for the
// folder layout and the crash-safe save protocol.
export { type AssetFile, createEdition } from './createEdition';
export { DEFAULT_HISTORY_KEEP, listSnapshots, pruneSnapshots, readSnapshot, type SnapshotInfo, writeSnapshot } from './history';
export { acquireLock, isProcessAlive, type LockOwner, type LockResult, readLock, releaseLock } from './lock';
export { type LoadedEdition, loadEdition } from './loadEdition';
export { ASSETS_DIR, containedPath, EDITION_FILE, HISTORY_DIR, isSafeId, LOCK_FILE, PROOF_DIR, resolveInside, STORIES_DIR } from './paths';
export { writeFileAtomic } from './atomicWrite';
export { type SaveReport, saveEdition } from './saveEdition';
