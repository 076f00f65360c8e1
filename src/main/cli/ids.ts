// ids.ts: fresh ids for objects the CLI creates. Random rather than counted, so stories imported
// into an edition later never collide with the ones already there.
import { randomBytes } from 'node:crypto';
import type { NewId } from '../../shared/model';

/** kind-xxxxxxxx (8 hex digits); unique within the returned source, random across runs. */
export function randomIds(): NewId {
  const used = new Set<string>();
  return (kind) => {
    for (;;) {
      const id = `${kind}-${randomBytes(4).toString('hex')}`;
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };
}
