// ids.ts: fresh ids for everything the editor makes (pages, frames, groups, stories, paragraphs).
// The renderer may use the platform's randomness (shared code may not); an id already in the
// edition is never reused, whatever its kind.
import type { Edition, NewId } from '../../shared/model';

function usedIds(edition: Edition): Set<string> {
  const used = new Set<string>([...edition.pages.map((p) => p.id), ...edition.masters.map((m) => m.id), ...edition.stories.flatMap((s) => [s.id, ...s.paragraphs.map((p) => p.id)])]);
  for (const holder of [...edition.pages, ...edition.masters]) {
    for (const frame of holder.frames) {
      used.add(frame.id);
      if (frame.groupId !== null) used.add(frame.groupId);
    }
  }
  return used;
}

/** A NewId over `random` (crypto.randomUUID in the app, a counter in tests) that skips ids in use. */
export function freshIds(edition: Edition, random: () => string = () => crypto.randomUUID()): NewId {
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
