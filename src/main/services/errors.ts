// errors.ts: errors a service raises on purpose. They carry a code the host API passes on and a
// message written for the person at the keyboard; anything else is a bug and reported as one.
import type { HostErrorCode, HostErrorReason } from '../../shared/host-api';

export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    readonly code: HostErrorCode,
    message: string,
    /** The refusal as a message key, so the window can say it in its language. */
    readonly reason?: HostErrorReason,
  ) {
    super(message);
  }
}

/**
 * A file of an edition could not be loaded. `file` is relative to the edition folder where it
 * is inside it, `jsonPath` points into the file (`$` for the file as a whole).
 */
export class EditionLoadError extends Error {
  override readonly name = 'EditionLoadError';
  constructor(
    readonly file: string,
    readonly jsonPath: string,
    readonly reason: string,
  ) {
    super(`${file}: ${jsonPath}: ${reason}`);
  }
}
