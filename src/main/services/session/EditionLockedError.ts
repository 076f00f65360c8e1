// EditionLockedError.ts: the edition is open elsewhere. It carries who holds it and whether the
// lock is stale, so the caller can offer "open read-only" or "take over".
import path from 'node:path';
import type { LockInfo } from '../../../shared/host-api';
import { ServiceError } from '../errors';

export class EditionLockedError extends ServiceError {
  constructor(
    readonly dir: string,
    readonly heldBy: LockInfo,
    /** True when the holder is a process on this host that no longer runs. */
    readonly stale: boolean,
  ) {
    super('read-only', lockedMessage(dir, heldBy, stale));
  }
}

function lockedMessage(dir: string, heldBy: LockInfo, stale: boolean): string {
  const who = `${heldBy.user} on ${heldBy.host} (process ${heldBy.pid}) since ${heldBy.since || 'an unknown time'}`;
  const head = `${path.basename(dir)} is open by ${who}.`;
  if (stale) {
    return `${head} That process no longer runs, so the lock is stale: take it over (--take-over) or open the edition read-only (--read-only).`;
  }
  return `${head} Open it read-only (--read-only), or ask them to close it.`;
}
