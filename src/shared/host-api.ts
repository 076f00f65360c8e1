// host-api.ts: the one contract between the renderer and the main process. Electron IPC and the
// loopback HTTP host both serve exactly these methods, and both validate every request with the
// schemas below before a service sees it.
import { z } from 'zod';
import {
  EditionSwitchSchema,
  ForgetRecentRequestSchema,
  ImportTextRequestSchema,
  ImportTextResponseSchema,
  ListRecentResponseSchema,
  NewEditionRequestSchema,
  OpenEditionRequestSchema,
  RecoveryChoiceSchema,
  RecoverySchema,
  SaveAsRequestSchema,
} from './editions-api';
import { ExportEpaperRequestSchema, ExportPdfRequestSchema, ExportStatusSchema, PreflightReportSchema } from './export-api';
import { AssetRenditionSchema, ImportImageRequestSchema, ImportImageResponseSchema } from './image-api';
import { FONT_ID_PATTERN } from './layout/fonts';
import { HostErrorReasonSchema } from './refusals';
import { EditionSchema, OpSchema } from './model';

const Empty = z.strictObject({});

export const LockInfoSchema = z.strictObject({
  user: z.string(),
  host: z.string(),
  pid: z.number().int(),
  /** ISO time the lock was taken. */
  since: z.string(),
});
export type LockInfo = z.infer<typeof LockInfoSchema>;

/** A font id as layouts name it (sha256:<hex>#<face index>); checked strictly at the boundary. */
export const FontIdSchema = z.string().regex(FONT_ID_PATTERN, 'not a font id (sha256:<64 hex>#<face index>)');

/** One face the host can deliver, as the fonts panel and the renderer's font loading see it. */
export const FontListingSchema = z.strictObject({
  id: FontIdSchema,
  family: z.string(),
  /** "Regular", "Bold", "SemiBold Italic"… */
  style: z.string(),
  /** usWeightClass: 400 regular, 700 bold. */
  weight: z.number().int(),
  italic: z.boolean(),
  postscriptName: z.string(),
  /** Where it comes from; the list is in priority order: edition, default, system. */
  source: z.enum(['edition', 'default', 'system']),
  /** File name (`fonts/…` for an edition's own fonts); never a full path. */
  file: z.string(),
  /** OS/2 fsType allows embedding the outlines in a PDF. */
  embeddable: z.boolean(),
  /** Licence of a default font: SPDX id and the licence text's path in the app. */
  licence: z.strictObject({ spdx: z.string(), file: z.string() }).nullable(),
});
export type FontListing = z.infer<typeof FontListingSchema>;

export const HostApi = {
  /** The open edition as it stands, with the revision the next applyOps must name. */
  getDocument: {
    req: Empty,
    res: z.strictObject({
      edition: EditionSchema,
      revision: z.number().int().nonnegative(),
      /** Folder name of the edition, for the title bar. */
      name: z.string(),
      readOnly: z.boolean(),
      /** Who holds the lock when the edition was opened read-only because of it. */
      lockedBy: LockInfoSchema.nullable(),
    }),
  },
  /** Applies user edits in order; refused when `baseRevision` is not the current revision. */
  applyOps: {
    req: z.strictObject({ baseRevision: z.number().int().nonnegative(), ops: z.array(OpSchema).min(1).max(1000) }),
    res: z.strictObject({ revision: z.number().int().nonnegative() }),
  },
  /** Writes pending changes now instead of waiting for autosave. */
  save: {
    req: Empty,
    res: z.strictObject({ revision: z.number().int().nonnegative(), savedRevision: z.number().int().nonnegative() }),
  },
  /** The bytes of one asset file, for display (`screen`: its preview where it has one). */
  readAsset: {
    req: z.strictObject({ assetId: z.string().min(1).max(200), rendition: AssetRenditionSchema.optional() }),
    res: z.strictObject({ mime: z.string(), base64: z.string() }),
  },
  /**
   * Copies a JPEG, PNG or TIFF into the edition's assets/ folder (with a screen preview for TIFF
   * and CMYK) and reads its pixel size, ppi, colour space, caption and credit. Answers the asset
   * record; the window adds it to the edition with an op. invalid-request names the file and
   * why for a broken, unsupported or oversized file; nothing is written then.
   */
  importImage: {
    req: ImportImageRequestSchema,
    res: ImportImageResponseSchema,
  },
  /**
   * The fonts the layout may use, in priority order (the edition's fonts/ folder, the defaults,
   * system fonts), plus font files that were skipped and why.
   */
  listFonts: {
    req: Empty,
    res: z.strictObject({
      fonts: z.array(FontListingSchema),
      problems: z.array(z.strictObject({ file: z.string(), reason: z.string() })),
    }),
  },
  /**
   * The bytes of the whole file holding a listed face: the renderer measures with the same bytes
   * as main. Only ids from listFonts are served, and only after re-hashing the file. Binary on
   * both transports (a CJK face is 10–15 MB; base64 in JSON cost a third more bytes and a parse):
   * a structured-cloned Uint8Array over IPC, `GET /api/readFont/<id>` over HTTP (src/main/http/fontRoute.ts).
   */
  readFont: {
    /**
     * `subset`: for the first paint, a subset of the face holding the open edition's characters
     * (same glyph ids, features and metrics: it shapes like the whole face), made and cached by
     * the host when the edition opens; the answer says `subset: true` when it is one. A face that
     * cannot be subset is answered whole. Over HTTP: `GET /api/readFont/<id>?subset=edition`.
     */
    req: z.strictObject({ id: FontIdSchema, subset: z.boolean().optional() }),
    // z.custom, not z.instanceof: the latter narrows to Uint8Array<ArrayBuffer>, and Node's file
    // buffers are typed over ArrayBufferLike.
    res: z.strictObject({
      id: FontIdSchema,
      bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected the font file as bytes'),
      subset: z.boolean().optional(),
    }),
  },
  getAppInfo: {
    req: Empty,
    res: z.strictObject({
      version: z.string(),
      transport: z.enum(['electron', 'http']),
      /** Where the export dialog suggests writing PDFs: a folder next to the edition, never in it. */
      exportDir: z.string(),
    }),
  },
  /**
   * Preflight of the edition as it stands (composed, images prepared), exactly as an export of
   * all pages would run it.
   */
  preflight: {
    req: Empty,
    res: PreflightReportSchema,
  },
  /**
   * Starts exporting the edition as it stands now (later edits do not reach this export) and
   * answers at once; exportStatus reports progress. Refused at the start (invalid-request) for a
   * relative or in-edition outDir, an unknown page or a pattern that gives no plain file name;
   * `conflict` while another export of this edition runs.
   */
  exportPdf: {
    req: ExportPdfRequestSchema,
    res: z.strictObject({ jobId: z.string() }),
  },
  /**
   * Starts exporting the e-paper bundle (数字报) of the edition as it stands now and answers at
   * once, like exportPdf; exportStatus reports progress and, when done, the bundle folder.
   */
  exportEpaper: {
    req: ExportEpaperRequestSchema,
    res: z.strictObject({ jobId: z.string() }),
  },
  /** Where an export started by exportPdf or exportEpaper is; poll it until `state` is not `running`. */
  exportStatus: {
    req: z.strictObject({ jobId: z.string().min(1).max(100) }),
    res: ExportStatusSchema,
  },
  /** Recently opened editions (newest first), the documents folder, and the edition open now. */
  listRecent: {
    req: Empty,
    res: ListRecentResponseSchema,
  },
  /**
   * Takes an edition off the recent list (one whose folder has gone, mostly); its folder is not
   * touched. Answers the list as listRecent does.
   */
  forgetRecent: {
    req: ForgetRecentRequestSchema,
    res: ListRecentResponseSchema,
  },
  /**
   * Creates an edition (a preset or a custom grid) in `folder`/`name`.galley and switches the
   * session to it: pending edits of the old one are saved and its lock released. Refused
   * (invalid-request) for a place outside the documents folder or a folder that is not empty.
   */
  newEdition: {
    req: NewEditionRequestSchema,
    res: EditionSwitchSchema,
  },
  /**
   * Switches the session to another edition folder. Refused with `conflict` while another live
   * process holds its lock (open it read-only instead, or take over a dead process's lock).
   */
  openEdition: {
    req: OpenEditionRequestSchema,
    res: EditionSwitchSchema,
  },
  /** Saves, copies the edition folder to `folder`/`name`.galley, and continues there. */
  saveAs: {
    req: SaveAsRequestSchema,
    res: EditionSwitchSchema,
  },
  /**
   * Parses copy (plain text, Markdown, a seed page) into stories without adding them: the window
   * adds them as one undoable step. The report lists what was found and repaired.
   */
  importText: {
    req: ImportTextRequestSchema,
    res: ImportTextResponseSchema,
  },
  /** Edits of a session that ended without closing (a crash) that never reached a save; null when none. */
  getRecovery: {
    req: Empty,
    res: z.strictObject({ recovery: RecoverySchema.nullable() }),
  },
  /** `recover` replays those edits and saves; `discard` keeps the last saved state (the edits stay in history/). */
  resolveRecovery: {
    req: z.strictObject({ choice: RecoveryChoiceSchema }),
    res: z.strictObject({ recovered: z.number().int().nonnegative(), revision: z.number().int().nonnegative() }),
  },
} as const;

export type HostMethod = keyof typeof HostApi;
export const HOST_METHODS = Object.keys(HostApi) as HostMethod[];
export type HostRequest<M extends HostMethod> = z.infer<(typeof HostApi)[M]['req']>;
export type HostResponse<M extends HostMethod> = z.infer<(typeof HostApi)[M]['res']>;

export function isHostMethod(name: string): name is HostMethod {
  return Object.prototype.hasOwnProperty.call(HostApi, name);
}

/** Error codes a caller can act on. */
export const HostErrorCodeSchema = z.enum(['invalid-request', 'conflict', 'read-only', 'not-found', 'internal']);
export type HostErrorCode = z.infer<typeof HostErrorCodeSchema>;

// The reason of an error envelope: defined beside the refusal kinds, which the export status uses too.
export { type HostErrorReason, HostErrorReasonSchema } from './refusals';

export const HostErrorSchema = z.strictObject({ code: HostErrorCodeSchema, message: z.string(), reason: HostErrorReasonSchema.optional() });
export type HostErrorBody = z.infer<typeof HostErrorSchema>;

/** Both transports wrap every answer in this envelope, so errors keep their code and message. */
export type HostResult<T> = { ok: true; value: T } | { ok: false; error: HostErrorBody };

/** Commands the application menu sends to the window (Electron only; the browser uses keys). */
export const HOST_COMMANDS = [
  'undo',
  'redo',
  'save',
  'zoomIn',
  'zoomOut',
  'zoomFit',
  'toggleRulers',
  'toggleGuides',
  'exportPdf',
  'exportEpaper',
  // File ▸ New, Open Recent, Edition Details and Import Text open the window's own dialogs (they
  // need its choices and its undo history); Help ▸ Keyboard Shortcuts opens its shortcuts panel.
  'newEdition',
  'openEdition',
  'editionDetails',
  'importText',
  'showShortcuts',
] as const;
export type HostCommand = (typeof HOST_COMMANDS)[number];

/** What the preload exposes as `window.galley`: one function per method, plus menu commands. */
export type GalleyBridge = {
  readonly [M in HostMethod]: (req: HostRequest<M>) => Promise<HostResult<HostResponse<M>>>;
} & {
  readonly onCommand: (listener: (command: HostCommand) => void) => () => void;
};
