// Editions: which edition the session works on (new, open, save as, recent), the edit journal
// and recovery after a crash, and text import for the window. See README.md.
export { copyEditionFolder } from './copyEditionFolder';
export { EditJournal, editionFileHash, JOURNAL_FILE, type JournalContents, type JournalEntry, readJournal, setJournalAside } from './editJournal';
export { EditionsHost, type EditionsHostSetup } from './editionsHost';
export { editionsUnavailable } from './editionsUnavailable';
export { textImportHandlers } from './importText';
export { type JournaledOptions, type JournaledSession, openJournaledSession } from './journaledSession';
export { formatFor, newEditionContent } from './newEditionContent';
export { checkPlace, defaultConfigDir, defaultDocumentsDir, EDITION_SUFFIX, editionFolderName, resolveFromDocuments } from './places';
export { RECENT_FILE, RECENT_LIMIT, RecentEditions, type RecentOpened } from './recentEditions';
