// refusals.ts: a host refusal as a message key the window words (HostErrorReason). Each part of
// the host contract lists its refusal kinds with the parameters their messages name
// (FILE_REFUSALS in editions-api.ts, EXPORT_REFUSALS in export-api.ts); the window's catalogs
// hold one message per kind, and the window checks at compile time that none is missing.
import { z } from 'zod';

/**
 * What a refusal or failure was, for the window to say in its own language: a message key of the
 * window's catalogs (photos.refused.format) and its parameters. The English message stays, for
 * logs and the CLI; a window that does not know the key shows the message.
 */
export const HostErrorReasonSchema = z.strictObject({
  key: z.string().regex(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)*$/u),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type HostErrorReason = z.infer<typeof HostErrorReasonSchema>;

/** Kinds of refusal, each with the names of its message's parameters. */
export type RefusalKinds = Record<string, readonly string[]>;

/** The reason `${prefix}${kind}` with exactly the parameters its message names. */
export function refusalReason<T extends RefusalKinds, K extends keyof T & string>(prefix: string, kind: K, params: Record<T[K][number], string | number>): HostErrorReason {
  return { key: `${prefix}${kind}`, params };
}
