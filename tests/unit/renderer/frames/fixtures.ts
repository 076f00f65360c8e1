// fixtures.ts: frames for the frame-command specs, on the model fixture's edition.
import type { BoxFrame, Edition, Frame, Page } from '../../../../src/shared/model';
import { boxFrame } from '../../shared/model/fixtures';

export function box(id: string, x: number, y: number, width: number, height: number, more: Partial<BoxFrame> = {}): BoxFrame {
  return { ...boxFrame(id), x, y, width, height, wrap: { enabled: false, offsets: { top: 0, right: 0, bottom: 0, left: 0 } }, ...more };
}

export function pageWith(frames: Frame[], id = 'page-1'): Page {
  return { id, number: 1, label: 'A01', labelFollowsNumber: true, section: '要闻', masterId: null, frames, guides: { vertical: [], horizontal: [] } };
}

export function pageOf(edition: Edition, id: string): Page {
  const page = edition.pages.find((p) => p.id === id);
  if (!page) throw new Error(`no page ${id}`);
  return page;
}

/** A deterministic id source: frame-a1, frame-a2 … */
export function counter(prefix = 'a'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}
