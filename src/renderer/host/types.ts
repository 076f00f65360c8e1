// types.ts: what the rest of the renderer sees of the host, whichever transport carries it.
import { type HostCommand, type HostErrorCode, HostErrorCodeSchema, type HostErrorReason, HostErrorReasonSchema, type HostMethod, type HostRequest, type HostResponse, type HostResult } from '../../shared/host-api';
import { HOST_METHOD_NAMES } from '../../shared/ipc-channels';

/** Typed host methods; each resolves to the response or throws a HostError. */
export type HostMethods = {
  readonly [M in HostMethod]: (req: HostRequest<M>) => Promise<HostResponse<M>>;
};

export interface Host extends HostMethods {
  /** Which transport is in use, for the about line and diagnostics only. */
  readonly transport: 'electron' | 'http';
  /**
   * readAsset as bytes: a binary GET over HTTP (host/httpAsset.ts), base64 decoded here over
   * IPC. Optional so test hosts may leave it out (callers then decode readAsset's answer).
   */
  readonly readAssetBytes?: (req: HostRequest<'readAsset'>) => Promise<{ mime: string; bytes: Uint8Array<ArrayBuffer> }>;
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
    /** The host's refusal as a message key (HostErrorReason), when it gave a well-formed one. */
    readonly reason?: HostErrorReason,
  ) {
    super(message);
  }
}

/** A failed HostResult as the HostError it names, keeping a reason only when it is well formed. */
export function hostErrorOf(method: string, error: { readonly code: HostErrorCode; readonly message: string; readonly reason?: unknown }): HostError {
  const reason = HostErrorReasonSchema.safeParse(error.reason);
  return new HostError(error.code, `${method}: ${error.message}`, reason.success ? reason.data : undefined);
}

/**
 * Whether an answer is the HostResult envelope, with a failure carrying a known code: anything
 * else did not come from our host (a proxy page, a half-written body) and is a transport error,
 * not something the caller could act on by its code.
 */
export function isHostResult(body: unknown): body is HostResult<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  if (body.ok === true) return 'value' in body;
  if (body.ok !== false || !('error' in body)) return false;
  const error = body.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    HostErrorCodeSchema.safeParse(error.code).success &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

/** One generic call per transport; `hostMethods` fans it out into the typed method table. */
export type HostCall = <M extends HostMethod>(method: M, req: HostRequest<M>) => Promise<HostResponse<M>>;

export function hostMethods(call: HostCall): HostMethods {
  // Each entry forwards to `call` with its own name; TypeScript cannot follow the per-key
  // correlation through Object.fromEntries, hence the cast.
  return Object.fromEntries(Object.keys(HOST_METHOD_NAMES).map((m) => [m, (req: unknown) => call(m as HostMethod, req as never)])) as unknown as HostMethods;
}

/**
 * A byte route's answer that was not the bytes (`GET /api/readAsset/…`, `/api/readFont/…`):
 * the host's refusal in the HostResult envelope, thrown as the HostError it names. `what` is
 * what the route would have sent ("a picture").
 */
export async function throwRefusal(response: Response, method: string, what: string): Promise<never> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new HostError('transport', `${method}: HTTP ${response.status} without ${what} or a JSON answer`);
  }
  if (!isHostResult(body) || body.ok) throw new HostError('transport', `${method}: HTTP ${response.status} with an unexpected answer`);
  throw new HostError(body.error.code, `${method}: ${body.error.message}`);
}
