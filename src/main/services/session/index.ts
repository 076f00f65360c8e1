// The editing session: one open edition, its lock, autosave and the host API on top of it.
export { EditionLockedError } from './EditionLockedError';
export type { EditionSession, SessionChange } from './EditionSession';
export { createExportHandlers, type ExportSetup } from './exportHandlers';
export { createHostHandlers } from './hostHandlers';
export { currentOwner, DEFAULT_AUTOSAVE_MS, openEditionSession, type OpenSessionOptions } from './openEditionSession';
