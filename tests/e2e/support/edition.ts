// edition.ts: what the tests need to know about the served edition, read through the host API.
import {
  columnEdges,
  type Edition,
  type Frame,
  ParagraphStyleIds,
  type Story,
  typeArea,
} from '../../../src/shared/model';
import type { GalleyServer } from './galleyServe';

export async function fetchDocument(galley: GalleyServer): Promise<{ edition: Edition; revision: number }> {
  const result = await galley.api('getDocument');
  if (!result.ok) throw new Error(`getDocument failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Article stories have a headline (主题); the promotional lines and page furniture do not. */
export function articleStories(edition: Edition): Story[] {
  return edition.stories.filter((s) => s.paragraphs.some((p) => p.style === ParagraphStyleIds.headline));
}

export function findFrame(edition: Edition, frameId: string): Frame {
  for (const page of edition.pages) {
    const frame = page.frames.find((f) => f.id === frameId);
    if (frame) return frame;
  }
  throw new Error(`no frame ${frameId} in the edition`);
}

/** True when x puts the frame's left edge on a column left edge or its right edge on a column right edge. */
export function onColumnEdge(edition: Edition, x: number, width: number): boolean {
  return columnEdges(edition.format).some((e) => Math.abs(x - e.left) < 0.01 || Math.abs(x + width - e.right) < 0.01);
}

/** True when y is a whole number of baseline-grid steps from the type-area top. */
export function onBaselineGrid(edition: Edition, y: number): boolean {
  const steps = (y - typeArea(edition.format).y) / edition.format.baselineGrid.pitch;
  return Math.abs(steps - Math.round(steps)) < 0.001;
}
