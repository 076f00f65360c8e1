// host-api.ts: the one contract between the renderer and the main process. Electron IPC and the
// loopback HTTP host both serve exactly these methods, and both validate every request with the
// schemas below before a service sees it.
import { z } from 'zod';
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
  /** The bytes of one asset file, for display. */
  readAsset: {
    req: z.strictObject({ assetId: z.string().min(1).max(200) }),
    res: z.strictObject({ mime: z.string(), base64: z.string() }),
  },
  getAppInfo: {
    req: Empty,
    res: z.strictObject({ version: z.string(), transport: z.enum(['electron', 'http']) }),
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

export const HostErrorSchema = z.strictObject({ code: HostErrorCodeSchema, message: z.string() });
export type HostErrorBody = z.infer<typeof HostErrorSchema>;

/** Both transports wrap every answer in this envelope, so errors keep their code and message. */
export type HostResult<T> = { ok: true; value: T } | { ok: false; error: HostErrorBody };

/** Commands the application menu sends to the window (Electron only; the browser uses keys). */
export const HOST_COMMANDS = ['undo', 'redo', 'save', 'zoomIn', 'zoomOut', 'zoomFit', 'toggleRulers', 'toggleGuides'] as const;
export type HostCommand = (typeof HOST_COMMANDS)[number];

/** What the preload exposes as `window.galley`: one function per method, plus menu commands. */
export type GalleyBridge = {
  readonly [M in HostMethod]: (req: HostRequest<M>) => Promise<HostResult<HostResponse<M>>>;
} & {
  readonly onCommand: (listener: (command: HostCommand) => void) => () => void;
};
