// fixtures.ts: small editions with round numbers for flow specs. The type area starts at
// y = 100; the baseline grid's first line is 10 pt below it with a 12 pt pitch (110, 122, 134 …).
// Styles: P (10/14, off the grid, no indent) and G (10/12, on the grid, no indent) besides the
// defaults built for a 10 pt body on that 12 pt pitch.
import type { LayoutEnv } from '../../../../../src/shared/layout/env';
import {
  counterIds,
  defaultStyles,
  type Edition,
  emptyEdition,
  type Frame,
  type FrameRef,
  type ImageFrame,
  type Master,
  newImageFrame,
  newTextFrame,
  type Page,
  type Paragraph,
  type ParagraphStyle,
  type Story,
  type TextFrame,
} from '../../../../../src/shared/model';

export const P = 'p-plain';
export const G = 'p-grid';

// The fake composer never shapes, so an env with nothing in it is enough.
export const ENV = {} as LayoutEnv;

const META = { paper: '今日市中', date: '2023-05-15', issue: 1024, totalIssue: 8765, credits: { editor: '张三', designer: '李四', proofreader: '王五' } };

function plainStyle(id: string, leading: number): ParagraphStyle {
  return {
    id,
    name: id,
    font: { cjk: 'Noto Serif SC', latin: 'Source Serif 4' },
    weight: 'regular',
    size: 10,
    leading,
    tracking: 0,
    align: 'start',
    firstLineIndentEm: 0,
    spaceBefore: 0,
    spaceAfter: 0,
    prohibition: 'gb',
    keepWithNext: false,
    minLastLineChars: 2,
    hangingPunctuation: false,
    hanLatinSpacingEm: 0.25,
    sizeName: null,
    marginText: false,
    balanceLines: false,
  };
}

/** Masters may leave out their guides (none). */
export function edition(pages: Page[], stories: Story[], masters: Array<Omit<Master, 'guides'> & Partial<Pick<Master, 'guides'>>> = []): Edition {
  const base = emptyEdition({ preset: 'tabloid', meta: META, newId: counterIds() });
  const styles = defaultStyles(10, 12);
  return {
    ...base,
    format: { ...base.format, margins: { top: 100, bottom: 100, inside: 50, outside: 50 }, baselineGrid: { offset: 10, pitch: 12 }, bodySize: 10 },
    styles: { ...styles, paragraph: [...styles.paragraph, plainStyle(P, 14), plainStyle(G, 12)] },
    pages,
    stories,
    masters: masters.map((m) => ({ guides: { vertical: [], horizontal: [] }, ...m })),
  };
}

export function page(id: string, number: number, frames: Frame[], masterId: string | null = null): Page {
  return { id, number, label: `A0${number}`, labelFollowsNumber: true, section: '要闻', masterId, frames, guides: { vertical: [], horizontal: [] } };
}

export function para(id: string, style: string, text: string): Paragraph {
  return { id, style, runs: [{ text, charStyle: null, marks: [] }] };
}

export function story(id: string, paragraphs: Paragraph[]): Story {
  return { id, slug: id, status: 'draft', credits: [], paragraphs, importNotes: [] };
}

export function textFrame(
  id: string,
  box: { x: number; y: number; width: number; height: number },
  storyId: string | null,
  more: { columns?: number; gutter?: number; prev?: FrameRef | null; next?: FrameRef | null; template?: string | null } = {},
): TextFrame {
  return newTextFrame(id, box, { storyId, ...more });
}

export function wrapImage(id: string, box: { x: number; y: number; width: number; height: number }, offset = 0): ImageFrame {
  return { ...newImageFrame(id, box), wrap: { enabled: true, offsets: { top: offset, right: offset, bottom: offset, left: offset } } };
}

/** n distinct Han characters, so a line's text shows exactly which part of the story it holds. */
export function han(n: number, from = 0): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCodePoint(0x4e00 + from + i);
  return s;
}
