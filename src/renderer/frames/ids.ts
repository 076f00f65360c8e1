// ids.ts: fresh ids for frames and groups made in the editor. The renderer may use the
// platform's randomness (shared code may not); an id already in the edition is never reused.
import type { Edition } from '../../shared/model';

export type IdFactory = (kind: 'frame' | 'group') => string;

function usedIds(edition: Edition): Set<string> {
  const used = new Set<string>();
  for (const holder of [...edition.pages, ...edition.masters]) {
    for (const frame of holder.frames) {
      used.add(frame.id);
      if (frame.groupId !== null) used.add(frame.groupId);
    }
  }
  return used;
}

/** Ids from `random` (crypto.randomUUID in the app, a counter in tests) not used in `edition`. */
export function idFactory(edition: Edition, random: () => string = () => crypto.randomUUID()): IdFactory {
  const used = usedIds(edition);
  return (kind) => {
    for (;;) {
      const id = `${kind}-${random().replace(/-/gu, '').slice(0, 12)}`;
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };
}
