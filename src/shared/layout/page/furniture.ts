// furniture.ts: page furniture, text frames with a template (the running head, 报眉). The text is
// filled per page (fillTemplate), so the same master frame reads 第一版 on page 1 and 第二版 on
// page 2. No schema change: the style is derived from the body style (正文) at 六号 size, set
// flush left without indent, leading 1.4 × size; a house running-head style can replace it later.
import {
  type Edition,
  fillTemplate,
  type Page,
  type ParagraphStyle,
  ParagraphStyleIds,
  sizeByName,
  sizeNameFor,
  type Story,
  type Styles,
  type TextFrame,
} from '../../model';
import type { LayoutEnv } from '../env';
import { type ComposeParagraph, type FlowOptions, flowStory, pt, toThreadFrame } from '../flow';
import type { FrameLayout, MissingGlyphReport } from '../output/PageLayout';

export const FURNITURE_STYLE_ID = 'furniture:running-head';
/** Furniture lines name no story; their source carries this empty story id. */
export const FURNITURE_STORY_ID = '';
const FALLBACK_SIZE = 7.5; // 六号

export function furnitureStyle(edition: Edition): ParagraphStyle {
  const list = edition.styles.paragraph;
  const body = list.find((s) => s.id === ParagraphStyleIds.body) ?? list[0];
  const size = sizeByName(edition.format.sizeNames, '六号') ?? FALLBACK_SIZE;
  const base: ParagraphStyle = body ?? {
    id: FURNITURE_STYLE_ID,
    name: '报眉',
    font: { cjk: 'Noto Serif SC', latin: 'Source Serif 4' },
    weight: 'regular',
    size,
    leading: size,
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
  return {
    ...base,
    id: FURNITURE_STYLE_ID,
    name: '报眉',
    size,
    sizeName: sizeNameFor(edition.format.sizeNames, size),
    leading: pt(size * 1.4),
    align: 'start',
    firstLineIndentEm: 0,
    spaceBefore: 0,
    spaceAfter: 0,
    keepWithNext: false,
  };
}

/**
 * The alignment of a template's line on page `number`: odd pages are right-hand pages (page 1
 * is a front page, on the right), so their outer edge is the end and the spine is at the start.
 */
export function templateAlignOn(align: TextFrame['templateAlign'], number: number): ParagraphStyle['align'] {
  const rightHand = number % 2 === 1;
  if (align === 'outside') return rightHand ? 'end' : 'start';
  if (align === 'inside') return rightHand ? 'start' : 'end';
  return align;
}

/** Sets a furniture frame's filled template as one paragraph in the frame; nothing is reported as overset. */
export function composeFurniture(
  edition: Edition,
  page: Page,
  frame: TextFrame & { template: string },
  env: LayoutEnv,
  compose: ComposeParagraph,
  options?: FlowOptions,
): { frame: FrameLayout; missing: readonly MissingGlyphReport[] } {
  const style = { ...furnitureStyle(edition), align: templateAlignOn(frame.templateAlign, page.number) };
  const styles: Styles = { ...edition.styles, paragraph: [...edition.styles.paragraph, style] };
  const text = fillTemplate(frame.template, edition.meta, page);
  const story: Story = {
    id: FURNITURE_STORY_ID,
    slug: frame.name || frame.id,
    status: 'final',
    credits: [],
    paragraphs: [{ id: `template:${frame.id}`, style: style.id, runs: [{ text, charStyle: null, marks: [] }] }],
    importNotes: [],
  };
  const flow = flowStory({ story, thread: [toThreadFrame(edition, page, frame)], styles, env, compose, ...(options ? { options } : {}) });
  const layout = flow.frames[0] ?? { frameId: frame.id, storyId: null, columns: [] };
  return { frame: { ...layout, storyId: null }, missing: flow.missing };
}
