// properties.ts: the properties panel's edits as ops. The panel shows millimetres; the model
// stores points rounded to 1/1000 pt.
import { type Cmyk, type Frame, type Insets, mmToPt, type Op, type PageFormat, ptToMm, roundPt, type Story, type Swatch, type TextFrame } from '../../shared/model';
import { pageViewport } from '../canvas/geometry';
import type { MessageKey, Params } from '../i18n';

export type GeometryField = 'x' | 'y' | 'width' | 'height';

/** Millimetres for a field, to one decimal place as staff read rulers. */
export function mmText(pt: number): string {
  return ptToMm(pt).toFixed(1);
}

/** Parses a number typed by staff: full-width digits and a comma for a decimal point are fine. */
export function parseNumber(text: string): number | null {
  const ascii = text.trim().replace(/[０-９．－]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(',', '.');
  if (!/^-?\d+(\.\d+)?$|^-?\.\d+$/u.test(ascii)) return null;
  return Number(ascii);
}

/** A resizeFrame op setting one of x, y, width, height (in mm), or null when nothing changes or it is invalid. */
export function geometryOp(pageId: string, frame: Frame, field: GeometryField, mm: number): Op | null {
  const value = roundPt(mmToPt(mm));
  if ((field === 'width' && value <= 0) || (field === 'height' && value < 0)) return null;
  if (frame[field] === value) return null;
  const box = { x: frame.x, y: frame.y, width: frame.width, height: frame.height };
  box[field] = value;
  return { type: 'resizeFrame', pageId, frameId: frame.id, ...box };
}

/**
 * The values (in points) a geometry field may take with the frame's other fields as they are:
 * the frame stays inside what the page view shows (the page, its bleed and pasteboard), where it
 * can be seen and grabbed again. A mistyped 2000 mm put a frame two metres off the page.
 */
export function geometryRange(format: PageFormat, frame: Frame, field: GeometryField): { readonly min: number; readonly max: number } {
  const view = pageViewport(format);
  const right = view.x + view.width;
  const bottom = view.y + view.height;
  switch (field) {
    case 'x':
      return { min: view.x, max: right - frame.width };
    case 'y':
      return { min: view.y, max: bottom - frame.height };
    case 'width':
      return { min: 0, max: right - frame.x };
    case 'height':
      return { min: 0, max: bottom - frame.y };
  }
}

/** Whether `mm` typed into the field keeps the frame inside geometryRange. */
export function withinRange(format: PageFormat, frame: Frame, field: GeometryField, mm: number): boolean {
  const value = mmToPt(mm);
  const { min, max } = geometryRange(format, frame, field);
  // Millimetres and points do not convert exactly: a hair over is the range's own edge.
  return value >= min - ROUNDING_PT && value <= max + ROUNDING_PT;
}

const ROUNDING_PT = 0.001;

/**
 * Why the panel does not take a value, worded from the catalogs with the field's label as
 * {field} (the field then shows the frame again).
 */
export interface FieldRefusal {
  readonly key: MessageKey;
  readonly params: Params;
}

/** A width of nothing, a negative height, or a place outside what the page view shows. */
export function geometryRefusal(format: PageFormat, frame: Frame, field: GeometryField, mm: number): FieldRefusal | null {
  const value = roundPt(mmToPt(mm));
  const flat = frame.kind === 'rule' && field === 'height';
  if ((field === 'width' && value <= 0) || (field === 'height' && (flat ? value < 0 : value <= 0))) return { key: 'frames.refused.notPositive', params: {} };
  if (!withinRange(format, frame, field, mm)) return { key: 'frames.refused.outside', params: { value: mm.toFixed(1), ...rangeText(geometryRange(format, frame, field)) } };
  return null;
}

const MAX_COLUMNS = 24;

/**
 * A text frame's columns: a whole number, each column at least one body 字 wide with the
 * gutters and insets the frame has.
 */
export function columnsRefusal(frame: TextFrame, bodySize: number, columns: number): FieldRefusal | null {
  const room = frame.width - frame.insets.left - frame.insets.right;
  const fit = Math.max(1, Math.min(MAX_COLUMNS, Math.floor((room + frame.gutter) / (bodySize + frame.gutter))));
  return Number.isInteger(columns) && columns >= 1 && columns <= fit ? null : { key: 'frames.refused.columns', params: { value: String(columns), max: fit } };
}

/** Gutters that leave each column at least one body 字. */
export function gutterRefusal(frame: TextFrame, bodySize: number, mm: number): FieldRefusal | null {
  const room = frame.width - frame.insets.left - frame.insets.right;
  const max = frame.columns > 1 ? (room - frame.columns * bodySize) / (frame.columns - 1) : Number.POSITIVE_INFINITY;
  if (mm >= 0 && mmToPt(mm) <= max + ROUNDING_PT) return null;
  return { key: 'frames.refused.gutter', params: { value: mm.toFixed(1), max: mmFixed(Math.max(0, max)) } };
}

/** Insets that leave the frame's columns one body 字 each, and one line of depth. */
export function insetRefusal(frame: TextFrame, format: PageFormat, side: keyof Insets, mm: number): FieldRefusal | null {
  const across = side === 'left' || side === 'right';
  const other = frame.insets[side === 'left' ? 'right' : side === 'right' ? 'left' : side === 'top' ? 'bottom' : 'top'];
  const need = across ? frame.columns * format.bodySize + (frame.columns - 1) * frame.gutter : format.baselineGrid.pitch;
  const max = (across ? frame.width : frame.height) - other - need;
  if (mm >= 0 && mmToPt(mm) <= max + ROUNDING_PT) return null;
  return { key: 'frames.refused.inset', params: { value: mm.toFixed(1), max: mmFixed(Math.max(0, max)) } };
}

/** Text wrap offsets: none negative, none wider than the page. */
export function offsetRefusal(format: PageFormat, mm: number): FieldRefusal | null {
  const max = Math.max(format.trim.width, format.trim.height);
  return mm >= 0 && mmToPt(mm) <= max ? null : { key: 'frames.refused.offset', params: { value: mm.toFixed(1), max: mmFixed(max) } };
}

/** The heaviest stroke the panel takes, in pt: a newspaper's heaviest rule is a few points. */
export const MAX_STROKE_PT = 12;

/** A stroke weight from 0 (hairline-free: none drawn) to MAX_STROKE_PT, and within half a box's smaller side. */
export function strokeRefusal(frame: Frame, pt: number): FieldRefusal | null {
  const max = frame.kind === 'box' ? Math.min(MAX_STROKE_PT, Math.min(frame.width, frame.height) / 2) : MAX_STROKE_PT;
  return pt >= 0 && pt <= max ? null : { key: 'frames.refused.stroke', params: { value: String(pt), max: roundPt(max) } };
}

/** A limit in millimetres as the panel shows it, rounded down to 0.1 mm (never past the limit). */
function mmFixed(pt: number): string {
  return (Math.floor(ptToMm(pt) * 10) / 10).toFixed(1);
}

/** geometryRange in millimetres as the panel shows them, rounded inwards to 0.1 mm. */
export function rangeText(range: { readonly min: number; readonly max: number }): { readonly min: string; readonly max: string } {
  return { min: (Math.ceil(ptToMm(range.min) * 10) / 10).toFixed(1), max: mmFixed(range.max) };
}

export function patchOp(pageId: string, frame: Frame, patch: Record<string, unknown>): Op {
  return { type: 'updateFrame', pageId, frameId: frame.id, patch };
}

export function sameColour(a: Cmyk, b: Cmyk): boolean {
  return a.c === b.c && a.m === b.m && a.y === b.y && a.k === b.k && a.spot === b.spot;
}

/** The swatch a colour was picked from, or null for none or a colour of its own. */
export function swatchFor(colour: Cmyk | null, swatches: readonly Swatch[]): Swatch | null {
  return colour ? (swatches.find((s) => sameColour(s.color, colour)) ?? null) : null;
}

/** The paragraph styles a story uses, in order of first use, with how many paragraphs each has. */
export function stylesUsed(story: Story): Array<{ styleId: string; count: number }> {
  const counts = new Map<string, number>();
  for (const p of story.paragraphs) counts.set(p.style, (counts.get(p.style) ?? 0) + 1);
  return [...counts].map(([styleId, count]) => ({ styleId, count }));
}

/** Gives every paragraph of style `from` the style `to` (e.g. all 正文 set as 图片说明), as one op. */
export function restyleOp(story: Story, from: string, to: string): Op | null {
  if (from === to || !story.paragraphs.some((p) => p.style === from)) return null;
  const paragraphs = story.paragraphs.map((p) => (p.style === from ? { ...p, style: to } : p));
  return { type: 'updateStory', storyId: story.id, patch: { paragraphs } };
}
