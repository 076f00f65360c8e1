// refusals.ts: a host refusal as a message key the window words (HostErrorReason). Each part of
// the host contract lists its refusal kinds with the parameters their messages name
// (FILE_REFUSALS in editions-api.ts, EXPORT_REFUSALS in export-api.ts); the window's catalogs
// hold one message per kind, and the window checks at compile time that none is missing.
import type { HostErrorReason } from './host-api';

/** Kinds of refusal, each with the names of its message's parameters. */
export type RefusalKinds = Record<string, readonly string[]>;

/** The reason `${prefix}${kind}` with exactly the parameters its message names. */
export function refusalReason<T extends RefusalKinds, K extends keyof T & string>(prefix: string, kind: K, params: Record<T[K][number], string | number>): HostErrorReason {
  return { key: `${prefix}${kind}`, params };
}
