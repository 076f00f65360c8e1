// ids.ts: a fresh frame id for a placed story, never one the edition already uses.
import type { Edition } from '../../shared/model';

export function newFrameId(edition: Edition, random: () => string = () => crypto.randomUUID()): string {
  const used = new Set([...edition.pages, ...edition.masters].flatMap((p) => p.frames.map((f) => f.id)));
  for (;;) {
    const id = `frame-${random().replace(/-/gu, '').slice(0, 12)}`;
    if (!used.has(id)) return id;
  }
}
