// create.ts: building blocks for new editions and frames. Ids come from the caller
// (shared code never makes randomness of its own).
import type { Edition } from './edition';
import { CURRENT_SCHEMA_VERSION } from './edition';
import { type FormatPreset, presetFormat } from './format';
import { type FrameRef, NO_INSETS, NO_WRAP, type ImageFrame, type TextFrame } from './frame';
import type { EditionMeta } from './meta';
import { defaultOutputSettings, defaultSwatches } from './output';
import type { Page } from './page';
import { labelPattern } from './pageLabel';
import { defaultStyles } from './styles';

/** Makes a fresh id for an object of the given kind, e.g. newId('frame'). */
export type NewId = (kind: string) => string;

/** A deterministic id source for tests and golden files: frame-1, frame-2 … */
export function counterIds(): NewId {
  const counts = new Map<string, number>();
  return (kind) => {
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    return `${kind}-${n}`;
  };
}

export function emptyEdition(options: { preset: FormatPreset; meta: EditionMeta; newId: NewId }): Edition {
  const format = presetFormat(options.preset);
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: options.newId('edition'),
    meta: options.meta,
    format,
    styles: defaultStyles(format.bodySize, format.baselineGrid.pitch, format.sizeNames),
    masters: [],
    pages: [],
    stories: [],
    assets: [],
    swatches: defaultSwatches(),
    output: defaultOutputSettings(),
  };
}

export function newPage(options: { id: string; number: number; label: string; section: string; masterId: string | null; labelFollowsNumber?: boolean }): Page {
  return { labelFollowsNumber: labelPattern(options.label, options.number) !== null, ...options, frames: [], guides: { vertical: [], horizontal: [] } };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function newTextFrame(
  id: string,
  box: Box,
  options: {
    storyId?: string | null;
    template?: string | null;
    templateAlign?: TextFrame['templateAlign'];
    columns?: number;
    gutter?: number;
    name?: string;
    prev?: FrameRef | null;
    next?: FrameRef | null;
  } = {},
): TextFrame {
  return {
    id,
    kind: 'text',
    name: options.name ?? '',
    ...box,
    locked: false,
    groupId: null,
    wrap: NO_WRAP,
    storyId: options.storyId ?? null,
    template: options.template ?? null,
    templateAlign: options.templateAlign ?? 'start',
    columns: options.columns ?? 1,
    gutter: options.gutter ?? 0,
    insets: NO_INSETS,
    verticalAlign: 'top',
    prev: options.prev ?? null,
    next: options.next ?? null,
  };
}

export function newImageFrame(
  id: string,
  box: Box,
  options: { assetId?: string | null; name?: string; caption?: ImageFrame['caption'] } = {},
): ImageFrame {
  return {
    id,
    kind: 'image',
    name: options.name ?? '',
    ...box,
    locked: false,
    groupId: null,
    wrap: NO_WRAP,
    assetId: options.assetId ?? null,
    fit: 'fill',
    crop: { offsetX: 0, offsetY: 0, scale: 1 },
    caption: options.caption ?? null,
  };
}
