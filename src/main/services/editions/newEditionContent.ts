// newEditionContent.ts: what File ▸ New makes: an edition on the chosen grid (a house preset or
// a custom grid) with one page, A01 (要闻), on a master carrying the running head (报眉: paper,
// date, 第X版, section, filled in from the page and edition) and the rule under it. A01 carries
// the masthead (报头: the paper's name, the date and day, a heavy rule) under the running head,
// where the articles start below it.
import { fileRefusal, type NewEditionFormat } from '../../../shared/editions-api';
import {
  CURRENT_SCHEMA_VERSION,
  defaultOutputSettings,
  defaultStyles,
  defaultSwatches,
  type Edition,
  type EditionMeta,
  formatFromGrid,
  type NewId,
  newPage,
  type PageFormat,
  PageFormatSchema,
  presetFormat,
  type RuleFrame,
  typeArea,
} from '../../../shared/model';
import { ServiceError } from '../errors';
import { buildMasthead, MASTHEAD_LINES, runningHeadFrames } from '../sample';

/** The running head takes two grid lines; its rule sits on the second. */
const HEAD_LINES = 2;
const K100 = { c: 0, m: 0, y: 0, k: 100 };

export function formatFor(choice: NewEditionFormat): PageFormat {
  if ('preset' in choice) return presetFormat(choice.preset);
  const grid = choice.grid;
  const format = formatFromGrid(grid);
  const checked = PageFormatSchema.safeParse(format);
  const area = typeArea(format);
  if (!checked.success || format.margins.inside < 0 || format.margins.bottom < 0) {
    const widthMm = round1(((grid.columns * grid.charsPerColumn + (grid.columns - 1) * grid.gutterEm) * grid.bodySize) / (72 / 25.4));
    const depthMm = round1((grid.lines * grid.linePitch) / (72 / 25.4));
    throw new ServiceError(
      'invalid-request',
      `the grid does not fit the page: ${grid.columns} columns × ${grid.charsPerColumn} 字 at ${grid.bodySize} pt with ${grid.gutterEm} 字 gutters is ${widthMm} mm wide (the page is ${grid.trimMm.width} mm), and ${grid.lines} lines at ${grid.linePitch} pt below a ${grid.headMm} mm head margin reach ${round1(grid.headMm + depthMm)} mm (the page is ${grid.trimMm.height} mm)`,
      fileRefusal('gridDoesNotFit', { widthMm, pageWidthMm: grid.trimMm.width, depthMm: round1(grid.headMm + depthMm), pageHeightMm: grid.trimMm.height }),
    );
  }
  if (area.height < HEAD_LINES * grid.linePitch) {
    throw new ServiceError('invalid-request', `the grid has ${grid.lines} lines; a page needs at least ${HEAD_LINES + 1}`, fileRefusal('gridTooFewLines', { lines: grid.lines, min: HEAD_LINES + 1 }));
  }
  return format;
}

export function newEditionContent(options: { format: NewEditionFormat; meta: Pick<EditionMeta, 'paper' | 'date'>; newId: NewId }): Edition {
  const { newId } = options;
  const format = formatFor(options.format);
  const area = typeArea(format);
  const pitch = format.baselineGrid.pitch;
  const meta: EditionMeta = { ...options.meta, issue: null, totalIssue: null, credits: { editor: '', designer: '', proofreader: '' } };
  const masterId = newId('master');
  const runningHead = runningHeadFrames(newId, { x: area.x, y: area.y, width: area.width, height: round3(HEAD_LINES * pitch) });
  const rule: RuleFrame = {
    id: newId('frame'),
    kind: 'rule',
    name: '报眉线',
    x: area.x,
    y: round3(area.y + HEAD_LINES * pitch),
    width: area.width,
    height: 0,
    locked: true,
    groupId: null,
    wrap: { enabled: false, offsets: { top: 0, right: 0, bottom: 0, left: 0 } },
    stroke: { width: 1, color: K100 },
  };
  const bare: Edition = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: newId('edition'),
    meta,
    format,
    styles: defaultStyles(format.bodySize, pitch, format.sizeNames),
    masters: [{ id: masterId, name: '版式', frames: [...runningHead, rule], guides: { vertical: [], horizontal: [] } }],
    pages: [newPage({ id: newId('page'), number: 1, label: 'A01', section: FRONT_SECTION, masterId })],
    stories: [],
    assets: [],
    swatches: defaultSwatches(),
    output: defaultOutputSettings(),
  };
  // Under the running head's rule, when the grid has room for the masthead and a few lines more.
  const lines = Math.floor(area.height / pitch);
  if (lines < HEAD_LINES + 1 + MASTHEAD_LINES + MIN_LINES_UNDER_MASTHEAD) return bare;
  const lineY = (line: number): number => round3(area.y + line * pitch);
  const masthead = buildMasthead(bare, { newId, firstLine: HEAD_LINES + 1, lineY });
  const [front] = bare.pages;
  if (!front) return bare;
  return {
    ...bare,
    styles: { ...bare.styles, paragraph: [...bare.styles.paragraph, masthead.style] },
    stories: [masthead.story],
    pages: [{ ...front, frames: [...front.frames, ...masthead.frames] }],
  };
}

/** A01's section (版名): the front page is the news page. */
const FRONT_SECTION = '要闻';
/** Lines of type area the masthead must leave below it to be worth adding. */
const MIN_LINES_UNDER_MASTHEAD = 6;

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
