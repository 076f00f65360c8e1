// types.ts: what the rest of the renderer sees of the host, whichever transport carries it.
import type { HostCommand, HostErrorCode, HostMethod, HostRequest, HostResponse } from '../../shared/host-api';

/** Typed host methods; each resolves to the response or throws a HostError. */
export type HostMethods = {
  readonly [M in HostMethod]: (req: HostRequest<M>) => Promise<HostResponse<M>>;
};

export interface Host extends HostMethods {
  /** Which transport is in use, for the about line and diagnostics only. */
  readonly transport: 'electron' | 'http';
  /** Menu commands (Electron); in a browser no menu exists and this never fires. */
  onCommand(listener: (command: HostCommand) => void): () => void;
}

/**
 * `transport` is ours: the request never got a HostResult back (network down, the HTTP host
 * refused the token, a non-JSON answer).
 */
export type HostErrorKind = HostErrorCode | 'transport' | 'unauthorized';

export class HostError extends Error {
  override readonly name = 'HostError';
  constructor(
    readonly code: HostErrorKind,
    message: string,
  ) {
    super(message);
  }
}
