// notes.ts: moved to src/shared/import/notes.ts; re-exported for the importers.
export { CONTEXT_CHARS, type PendingNote } from '../../../shared/import';
