// respond.ts: the few response shapes the host sends besides files.
import type { ServerResponse } from 'node:http';
import type { HostErrorCode, HostResult } from '../../shared/host-api';

/** HTTP status for a HostResult, so logs and tools see failures; the body says the same thing. */
export function statusForResult(result: HostResult<unknown>): number {
  if (result.ok) return 200;
  const byCode: Record<HostErrorCode, number> = {
    'invalid-request': 400,
    'not-found': 404,
    conflict: 409,
    // The edition's state (opened read-only, or locked by someone else) refuses the edit.
    'read-only': 409,
    internal: 500,
  };
  return byCode[result.error.code];
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** A refusal in the HostResult envelope, so the renderer's host module can read any answer alike. */
export function sendRefusal(res: ServerResponse, status: number, code: HostErrorCode, message: string, headers: Record<string, string> = {}): void {
  const body: HostResult<never> = { ok: false, error: { code, message } };
  sendJson(res, status, body, headers);
}

export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}
