// tools.ts: the drawing tools and the frames they make. A frame is drawn as a rectangle on the
// page (snapped by the caller); a click without a drag makes a frame of a sensible default size
// on the grid at that point.
import {
  type Box,
  type Cmyk,
  columnEdges,
  type Edition,
  type Frame,
  newImageFrame,
  newTextFrame,
  NO_WRAP,
  roundPt,
  spanWidth,
} from '../../shared/model';

export type FrameTool = 'select' | 'text' | 'image' | 'rule' | 'box';
export type DrawTool = Exclude<FrameTool, 'select'>;

export const FRAME_TOOLS: readonly FrameTool[] = ['select', 'text', 'image', 'rule', 'box'];

/** Single-key tool shortcuts, as in InDesign and 飞腾 (F and I both make an image frame). */
export const TOOL_KEYS: Readonly<Record<string, FrameTool>> = { v: 'select', t: 'text', f: 'image', i: 'image', l: 'rule', b: 'box' };

/** A drawn box smaller than this (pt) on both axes is a click, not a drawing. */
export const MIN_DRAWN_PT = 2;

const K100 = { c: 0, m: 0, y: 0, k: 100 };
const RULE_WIDTH = 0.5;

/** The box a click with a tool makes: two columns by twenty lines (a rule: one column). */
export function defaultBox(tool: DrawTool, at: { x: number; y: number }, edition: Edition): Box {
  const { format } = edition;
  const lines = (n: number): number => roundPt(n * format.baselineGrid.pitch);
  switch (tool) {
    case 'rule':
      return { x: at.x, y: at.y, width: spanWidth(format, 2), height: 0 };
    case 'image':
      return { x: at.x, y: at.y, width: spanWidth(format, 2), height: lines(12) };
    case 'text':
    case 'box':
      return { x: at.x, y: at.y, width: spanWidth(format, 2), height: lines(20) };
  }
}

/**
 * A rule runs along the longer side of what was drawn: flat (height 0) or upright, in which
 * case its frame is as wide as its stroke, centred on the line drawn.
 */
export function ruleBox(start: { x: number; y: number }, end: { x: number; y: number }): Box {
  const dx = Math.abs(end.x - start.x);
  const dy = Math.abs(end.y - start.y);
  if (dx >= dy) return { x: roundPt(Math.min(start.x, end.x)), y: roundPt(start.y), width: roundPt(Math.max(dx, MIN_DRAWN_PT)), height: 0 };
  return { x: roundPt(start.x - RULE_WIDTH / 2), y: roundPt(Math.min(start.y, end.y)), width: RULE_WIDTH, height: roundPt(dy) };
}

/**
 * The frame a tool makes in `box`. A text frame gets the page grid's gutter, the grid's columns
 * it spans (gridColumns) and no story (a story is placed into it later, or threaded into it);
 * an image frame is empty; a box has a
 * 10 % grey fill from the edition's swatches when there is one.
 */
export function newFrame(tool: DrawTool, id: string, box: Box, edition: Edition): Frame {
  const rounded = { x: roundPt(box.x), y: roundPt(box.y), width: roundPt(Math.max(box.width, 0.001)), height: roundPt(box.height) };
  const base = { id, name: '', ...rounded, locked: false, groupId: null, wrap: NO_WRAP };
  switch (tool) {
    case 'text':
      return newTextFrame(id, rounded, { gutter: edition.format.gutter, columns: gridColumns(edition, rounded) });
    case 'image':
      return newImageFrame(id, rounded);
    case 'rule':
      return { ...base, kind: 'rule', stroke: { width: RULE_WIDTH, color: swatchColor(edition, 'sw-black') ?? K100 } };
    case 'box':
      return { ...base, kind: 'box', stroke: null, fill: swatchColor(edition, 'sw-grey-10') ?? { c: 0, m: 0, y: 0, k: 10 } };
  }
}

/** How near a column edge a frame edge must be to count as on it (snapping puts it exactly there). */
const EDGE_SLOP_PT = 0.5;

/**
 * The base columns a text frame spans when both its edges lie on column edges of the page grid
 * (as drawing snaps them), so a frame drawn across two columns sets text in two; 1 otherwise.
 */
export function gridColumns(edition: Edition, box: Box): number {
  const edges = columnEdges(edition.format);
  const first = edges.findIndex((e) => Math.abs(e.left - box.x) <= EDGE_SLOP_PT);
  const last = edges.findIndex((e) => Math.abs(e.right - (box.x + box.width)) <= EDGE_SLOP_PT);
  return first >= 0 && last >= first ? last - first + 1 : 1;
}

function swatchColor(edition: Edition, id: string): Cmyk | null {
  return edition.swatches.find((s) => s.id === id)?.color ?? null;
}
