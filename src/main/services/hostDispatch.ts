// hostDispatch.ts: the one place where a host call from either transport (IPC or HTTP) is
// checked against the contract and handed to a service.
import { type HostMethod, type HostRequest, type HostResponse, type HostResult, HostApi, isHostMethod } from '../../shared/host-api';
import { formatPath } from '../../shared/model';
import { ServiceError } from './errors';

export type HostHandlers = { [M in HostMethod]: (req: HostRequest<M>) => Promise<HostResponse<M>> };

/**
 * Validates `payload` against the method's request schema, runs the handler and wraps the
 * outcome. Unexpected exceptions become `internal` with the message only; `log` receives them
 * whole so a bug is not lost.
 */
export async function dispatchHostCall(
  handlers: HostHandlers,
  method: string,
  payload: unknown,
  log: (error: unknown) => void = () => {},
): Promise<HostResult<unknown>> {
  if (!isHostMethod(method)) return { ok: false, error: { code: 'not-found', message: `unknown host method "${method}"` } };
  const parsed = HostApi[method].req.safeParse(payload);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${formatPath(first.path)}: ${first.message}` : 'invalid';
    return { ok: false, error: { code: 'invalid-request', message: `${method}: ${where}` } };
  }
  try {
    // The parsed request matches HostRequest<typeof method>; TypeScript cannot correlate the
    // union of methods with the union of handlers, hence the cast.
    const handler = handlers[method] as (req: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error: { code: error.code, message: error.message, ...(error.reason ? { reason: error.reason } : {}) } };
    log(error);
    return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}
