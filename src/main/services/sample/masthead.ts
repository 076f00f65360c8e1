// masthead.ts: the front page's masthead (报头) for the sample edition and for every new one: the
// paper's name set large in bold 黑体 on the left, the date and issue line beside it, and a heavy
// rule under both. On any grid: the name takes five columns in eight (at least one column is left
// for the date line once there are two), and it is set as large as its six lines and its width
// allow, up to 50 pt.
// The name is a one-paragraph story in its own 报头 style, so it composes, prints and can be
// restyled like any text; the date and issue line is page furniture (a template), so it follows
// the edition's date and issue number without anyone retyping it. The three frames share a group,
// so they select and move together.
import type { Edition, Frame, NewId, ParagraphStyle, RuleFrame, Story, TextFrame } from '../../../shared/model';
import { columnEdges, newTextFrame, ParagraphStyleIds, spanWidth } from '../../../shared/model';

export const MASTHEAD_NAME = '报头';
export const MASTHEAD_STYLE_ID = 'p-baotou';
/** Filled from the edition for every issue (2023年5月15日, an ideographic space, 第1期). */
export const MASTHEAD_INFO_TEMPLATE = '{date}　第{issue}期';
/** For an edition with no issue number yet (a new one): the date, an ideographic space and the day (星期一). */
export const MASTHEAD_DATE_TEMPLATE = '{date}　{weekday}';
/** Grid lines the masthead takes, not counting the line its rule stands on. */
export const MASTHEAD_LINES = 6;
/**
 * Noto Sans CJK's line box is about 1.45 em (ascent + descent), so 50 pt is the largest size
 * whose line fits the masthead's six grid lines (75.6 pt on the broadsheet grid).
 */
const NAME_SIZE = 50;
const LINE_BOX_EM = 1.45;
/** Tracking, in em, between the name's characters. */
const NAME_TRACKING_EM = 0.1;

/** Base columns the name takes: five in eight, leaving the date line one at least. */
export function nameSpan(columns: number): number {
  if (columns <= 1) return 1;
  return Math.min(columns - 1, Math.max(1, Math.round((columns * 5) / 8)));
}

/** The name's size: 50 pt, or less where the lines or the width would not hold it on one line. */
function nameSize(paper: string, width: number, depth: number): number {
  const chars = Math.max(1, [...paper].length);
  const byWidth = width / (chars * (1 + NAME_TRACKING_EM));
  return Math.max(1, Math.floor(Math.min(NAME_SIZE, depth / LINE_BOX_EM, byWidth)));
}
const RULE_WIDTH = 2.5;
const K100 = { c: 0, m: 0, y: 0, k: 100 };

export interface Masthead {
  readonly style: ParagraphStyle;
  readonly story: Story;
  readonly frames: Frame[];
}

/**
 * The masthead at grid line `firstLine` (0 = the top of the type area). `lineY` turns a grid
 * line into page points; the rule lands on line firstLine + MASTHEAD_LINES.
 */
export function buildMasthead(edition: Edition, options: { newId: NewId; firstLine: number; lineY: (line: number) => number }): Masthead {
  const { newId, firstLine, lineY } = options;
  const { format } = edition;
  const pitch = format.baselineGrid.pitch;
  const edges = columnEdges(format);
  const left = edges[0]?.left ?? format.margins.inside;
  const span = nameSpan(format.columns);
  const infoLeft = edges[span]?.left ?? left;
  const depth = round(MASTHEAD_LINES * pitch);
  const size = nameSize(edition.meta.paper, spanWidth(format, span), depth);
  // Built on the headline style (主题): the same 黑体 and line-breaking rules, much larger.
  const base = edition.styles.paragraph.find((s) => s.id === ParagraphStyleIds.headline) ?? edition.styles.paragraph[0];
  if (!base) throw new Error('the edition has no paragraph styles to build the masthead style on');
  const style: ParagraphStyle = {
    ...base,
    id: MASTHEAD_STYLE_ID,
    name: MASTHEAD_NAME,
    weight: 'bold',
    size,
    sizeName: null,
    leading: size,
    tracking: round(size * NAME_TRACKING_EM),
    align: 'start',
    firstLineIndentEm: 0,
    spaceBefore: 0,
    spaceAfter: 0,
    keepWithNext: false,
    minLastLineChars: 1,
  };
  const story: Story = {
    id: newId('story'),
    slug: MASTHEAD_NAME,
    status: 'final',
    credits: [],
    paragraphs: [{ id: newId('paragraph'), style: style.id, runs: [{ text: edition.meta.paper, charStyle: null, marks: [] }] }],
    importNotes: [],
  };
  const groupId = newId('group');
  const name: TextFrame = {
    ...newTextFrame(newId('frame'), { x: left, y: lineY(firstLine), width: spanWidth(format, span), height: depth }, { storyId: story.id, name: MASTHEAD_NAME }),
    verticalAlign: 'center',
    groupId,
  };
  // The date line stands on the masthead's last two lines, level with the foot of the name. A
  // one-column page has no room beside the name for it.
  const info: TextFrame[] =
    format.columns > span
      ? [
          {
            ...newTextFrame(newId('frame'), { x: infoLeft, y: lineY(firstLine + MASTHEAD_LINES - 2), width: spanWidth(format, format.columns - span), height: round(2 * pitch) }, { template: edition.meta.issue === null ? MASTHEAD_DATE_TEMPLATE : MASTHEAD_INFO_TEMPLATE, name: '报头日期' }),
            groupId,
          },
        ]
      : [];
  const rule: RuleFrame = {
    id: newId('frame'),
    kind: 'rule',
    name: '报头线',
    x: left,
    y: lineY(firstLine + MASTHEAD_LINES),
    width: spanWidth(format, format.columns),
    height: 0,
    locked: false,
    wrap: { enabled: false, offsets: { top: 0, right: 0, bottom: 0, left: 0 } },
    groupId,
    stroke: { width: RULE_WIDTH, color: K100 },
  };
  return { style, story, frames: [name, ...info, rule] };
}

function round(pt: number): number {
  return Math.round(pt * 1000) / 1000;
}
