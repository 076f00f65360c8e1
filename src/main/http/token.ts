// token.ts: the per-run secret that admits a caller to the host API. It is printed once, in the
// URL the user opens, and lives only as long as the `galley serve` process.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes as base64url (43 characters of [A-Za-z0-9_-]). */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * True when `authorization` is exactly `Bearer <token>`. Both sides are hashed first so the
 * comparison takes the same time whatever the length or content of the guess.
 */
export function bearerMatches(authorization: string | undefined, token: string): boolean {
  if (authorization === undefined) return false;
  const match = /^Bearer ([A-Za-z0-9_-]+)$/u.exec(authorization.trim());
  const presented = match?.[1];
  if (presented === undefined) return false;
  return timingSafeEqual(digest(presented), digest(token));
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
