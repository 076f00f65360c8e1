// editions-api.ts: the editions part of the host contract (host-api.ts lists the methods): which
// edition the session works on (new, open, save as, recent), recovery after a crash, and text
// import. Paths cross the boundary as strings and are judged in main, which confines what the
// window may name to the user's documents folder and the recent list.
import { z } from 'zod';
import type { HostErrorReason } from './host-api';
import { EditionMetaSchema, StorySchema } from './model';
import { refusalReason, type RefusalKinds } from './refusals';

/**
 * Why opening, creating, copying (Save As), saving or recovering an edition is refused, as the
 * window words it: the host's error reason carries the key `${FILE_REFUSAL_KEY_PREFIX}<kind>`
 * and the parameters named beside each kind; the window's catalogs hold one message each. The
 * host's English message stays for logs and the CLI.
 */
export const FILE_REFUSALS = {
  /** name, user, host, since */
  locked: ['name', 'user', 'host', 'since'],
  /** The lock's process no longer runs. name, user, host, since */
  lockedStale: ['name', 'user', 'host', 'since'],
  /** A file of the edition cannot be read. path, file, where (a JSON path), reason (English detail) */
  unreadable: ['path', 'file', 'where', 'reason'],
  outsideDocuments: ['path', 'documents'],
  notAFolder: ['path'],
  notEmpty: ['path'],
  /** Save As into the edition being copied. target, source */
  insideSource: ['target', 'source'],
  /** Save As onto the edition being copied itself. path */
  sameAsSource: ['path'],
  /** widthMm, pageWidthMm, depthMm, pageHeightMm */
  gridDoesNotFit: ['widthMm', 'pageWidthMm', 'depthMm', 'pageHeightMm'],
  gridTooFewLines: ['lines', 'min'],
  folderMissing: ['path'],
  /** Saving found the disk full, not writable by Galley, or read-only. path: the edition folder */
  diskFull: ['path'],
  noPermission: ['path'],
  readOnlyDisk: ['path'],
  /** New or Save As found the disk full, not writable by Galley, or read-only. path: the new folder */
  writeDiskFull: ['path'],
  writeNoPermission: ['path'],
  writeReadOnlyDisk: ['path'],
  readOnly: ['name'],
  nothingToRecover: ['name'],
} as const satisfies RefusalKinds;
export type FileRefusal = keyof typeof FILE_REFUSALS;
export const FILE_REFUSAL_KEY_PREFIX = 'file.refused.';

/** The reason for a refused file action, with exactly the parameters its message names. */
export function fileRefusal<K extends FileRefusal>(kind: K, params: Record<(typeof FILE_REFUSALS)[K][number], string | number>): HostErrorReason {
  return refusalReason<typeof FILE_REFUSALS, K>(FILE_REFUSAL_KEY_PREFIX, kind, params);
}

/** A folder path as the window names it: absolute, or relative to the documents folder. */
const FolderSchema = z.string().min(1).max(4096);

/** The new edition folder's own name; `.galley` is added when it is missing. */
export const EditionFolderNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\\0]/u.test(name) && name.trim() !== '.' && name.trim() !== '..' && name.trim() !== '', 'must be one folder name, without / or \\');

/**
 * A custom page grid in the figures a newspaper template is given in (format.ts formatFromGrid):
 * columns × characters per column at the body size, a gutter in 字, a whole number of lines.
 */
export const GridSpecSchema = z.strictObject({
  name: z.string().min(1).max(40),
  trimMm: z.strictObject({ width: z.number().min(50).max(2000), height: z.number().min(50).max(2000) }),
  bleedMm: z.number().min(0).max(20),
  columns: z.number().int().min(1).max(24),
  charsPerColumn: z.number().int().min(1).max(200),
  gutterEm: z.number().min(0).max(10),
  bodySize: z.number().min(4).max(72),
  linePitch: z.number().min(4).max(144),
  lines: z.number().int().min(1).max(1000),
  headMm: z.number().min(0).max(500),
});
export type GridSpecInput = z.infer<typeof GridSpecSchema>;

export const NewEditionFormatSchema = z.union([
  z.strictObject({ preset: z.enum(['broadsheet', 'tabloid']) }),
  z.strictObject({ grid: GridSpecSchema }),
]);
export type NewEditionFormat = z.infer<typeof NewEditionFormatSchema>;

export const NewEditionRequestSchema = z.strictObject({
  folder: FolderSchema,
  name: EditionFolderNameSchema,
  format: NewEditionFormatSchema,
  meta: EditionMetaSchema.pick({ paper: true, date: true }),
});
export type NewEditionRequest = z.infer<typeof NewEditionRequestSchema>;

/** What the window is told after the session moved to another edition: it reloads the document. */
export const EditionSwitchSchema = z.strictObject({
  path: z.string(),
  name: z.string(),
  readOnly: z.boolean(),
});
export type EditionSwitch = z.infer<typeof EditionSwitchSchema>;

/**
 * How to open: `edit` takes the lock (refused while another live process holds it), `readOnly`
 * takes no lock, `takeOver` takes a lock whose holder is a dead process on this machine.
 */
export const OpenModeSchema = z.enum(['edit', 'readOnly', 'takeOver']);
export type OpenMode = z.infer<typeof OpenModeSchema>;

export const OpenEditionRequestSchema = z.strictObject({ path: FolderSchema, mode: OpenModeSchema });

export const SaveAsRequestSchema = z.strictObject({ folder: FolderSchema, name: EditionFolderNameSchema });

/** A recent list entry to drop, by the path listRecent gave. */
export const ForgetRecentRequestSchema = z.strictObject({ path: FolderSchema });

export const RecentEditionSchema = z.strictObject({
  path: z.string(),
  name: z.string(),
  paper: z.string(),
  date: z.string(),
  /** ISO time it was last opened here. */
  openedAt: z.string(),
  /** False when the folder has gone (moved, deleted, an unmounted share). */
  exists: z.boolean(),
});
export type RecentEdition = z.infer<typeof RecentEditionSchema>;

export const ListRecentResponseSchema = z.strictObject({
  /** Newest first. */
  recent: z.array(RecentEditionSchema),
  /** Where new editions go and what the window may name (main says why it refuses others). */
  documentsDir: z.string(),
  /** The edition open now (absolute path). */
  current: z.string(),
});
export type ListRecentResponse = z.infer<typeof ListRecentResponseSchema>;

const MAX_IMPORT_CHARS = 8 * 1024 * 1024;

export const ImportTextRequestSchema = z
  .strictObject({
    /** The file name, for the report and for picking the format (.md is Markdown). */
    name: z.string().min(1).max(260),
    /** Text to import (pasted, or a file the window decoded itself). */
    text: z.string().max(MAX_IMPORT_CHARS).optional(),
    /**
     * A file's bytes, base64: main decodes them strictly and says where a byte is not UTF-8 (a
     * GBK file, say), which a browser's lenient decoding would hide. Exactly one of text/base64.
     */
    base64: z.string().max(Math.ceil((MAX_IMPORT_CHARS * 4) / 3) + 4).optional(),
    locale: z.enum(['zh-CN', 'en']),
  })
  .refine((req) => (req.text === undefined) !== (req.base64 === undefined), 'give either text or base64, not both or neither');

/** Stories parsed from the text, not yet in the edition: the window adds them as one undoable step. */
export const ImportTextResponseSchema = z.strictObject({
  stories: z.array(StorySchema),
  /** The import report (what was found and repaired), in the requested language. */
  report: z.array(z.string()),
});
export type ImportTextResponse = z.infer<typeof ImportTextResponseSchema>;

/** Edits that reached the host after the last save of a session that ended without closing. */
export const RecoverySchema = z.strictObject({
  edits: z.number().int().positive(),
  /** ISO times: the last save (null when unknown) and the newest unsaved edit. */
  savedAt: z.string().nullable(),
  lastEditAt: z.string(),
});
export type Recovery = z.infer<typeof RecoverySchema>;

export const RecoveryChoiceSchema = z.enum(['recover', 'discard']);
export type RecoveryChoice = z.infer<typeof RecoveryChoiceSchema>;
