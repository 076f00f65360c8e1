// buildSampleEdition.ts: the sample edition — page 1 (A01, 要闻) of a county paper, 《今日市中》,
// for 2023-05-15, set from the seed page: every article in a column frame on the 8-column
// broadsheet grid, the picture story's photo in an image frame linked to its caption and grouped
// with the story's text frame, the paper's promotional lines in a strip at the foot, and a master
// page carrying the running head (报眉) and the rule under it. Under the running head, page 1
// carries the masthead (报头, masthead.ts), and the articles start below its rule.
import type { Edition, EditionMeta, Frame, ImageFrame, NewId, Page, RuleFrame, Story, TextFrame } from '../../../shared/model';
import { columnEdges, emptyEdition, newImageFrame, newTextFrame, parseEdition, spanWidth, typeArea } from '../../../shared/model';
import { type ImportReport, importIntoEdition, importSeedText } from '../import';
import { estimateDepth } from './estimate';
import { buildMasthead, MASTHEAD_LINES } from './masthead';
import { type ModuleSpec, packModules } from './pack';
import { paintSchoolFairPhoto } from './photo';
import { encodePng } from './png';

export interface SampleEdition {
  readonly edition: Edition;
  readonly assets: Array<{ path: string; bytes: Uint8Array }>;
  readonly report: ImportReport;
}

/** The seed is 市中区 (Zaozhuang) news; the paper's name is made up for the sample. */
export const SAMPLE_META: EditionMeta = {
  paper: '今日市中',
  date: '2023-05-15',
  issue: 1,
  totalIssue: null,
  credits: { editor: '', designer: '', proofreader: '' },
};

/**
 * The running head (报眉): the paper, date and day towards the spine, 第X版 and the section at the
 * outer edge (the right of odd pages, the left of even ones), as two locked frames over the
 * type area's width.
 */
export function runningHeadFrames(newId: NewId, box: { x: number; y: number; width: number; height: number }): TextFrame[] {
  return [
    { ...newTextFrame(newId('frame'), box, { template: '{paper}  {date}  {weekday}', templateAlign: 'inside', name: '报眉' }), locked: true },
    { ...newTextFrame(newId('frame'), box, { template: '第{pageNumberZh}版  {section}', templateAlign: 'outside', name: '报眉版次' }), locked: true },
  ];
}

/**
 * Grid lines: the running head takes 2 and its rule stands on line 2; the masthead starts on
 * line 3, its rule stands on the line after it, and the articles start on the line after that.
 */
const HEAD_LINES = 2;
const MASTHEAD_LINE = HEAD_LINES + 1;
const FIRST_ARTICLE_LINE = MASTHEAD_LINE + MASTHEAD_LINES + 1;
const PROMO_LINES = 3;
const GAP_LINES = 1;
/** A picture story runs 3 or 4 columns wide. */
const PHOTO_SPANS = [3, 4];
const PHOTO_PIXEL_WIDTH = 1600;
/** 3:2, the shape of most press photos; the frame is rounded to whole grid lines. */
const PHOTO_ASPECT = 2 / 3;
const K100 = { c: 0, m: 0, y: 0, k: 100 };

/**
 * Spans by length: the longest story leads across 4 or 5 columns (never 3: under the masthead
 * the packer would otherwise squeeze the lead to save a few grid cells), the shortest take 1 or 2.
 */
function spansFor(chars: number): number[] {
  if (chars >= 1000) return [4, 5];
  if (chars >= 600) return [3, 4];
  if (chars >= 350) return [3, 2];
  if (chars >= 200) return [2, 3];
  return [2, 1];
}

export function buildSampleEdition(options: { newId: NewId; seedText: string }): SampleEdition {
  const { newId } = options;
  const imported = importSeedText(options.seedText, { newId, sourceName: 'seed-page.txt' });
  const base = importIntoEdition(emptyEdition({ preset: 'broadsheet', meta: SAMPLE_META, newId }), imported);
  const { format, styles } = base;
  const area = typeArea(format);
  const pitch = format.baselineGrid.pitch;
  const edges = columnEdges(format);
  const totalLines = Math.round(area.height / pitch);
  const lineY = (line: number): number => Math.round((area.y + line * pitch) * 1000) / 1000;
  const columnX = (column: number): number => edges[column]?.left ?? area.x;

  const figure = imported.figures[0];
  // The photo takes the full width of its module; its depth follows from the 3:2 shape.
  const photoLines = (span: number): number => Math.round((spanWidth(format, span) * PHOTO_ASPECT) / pitch);

  const byId = new Map(base.stories.map((s) => [s.id, s]));
  const articles = imported.report.stories.filter((s) => s.kind === 'article');
  const modules: ModuleSpec[] = articles.map((info) => {
    const story = byId.get(info.storyId) as Story;
    const hasPhoto = figure?.storyId === info.storyId;
    return {
      key: info.storyId,
      spans: hasPhoto ? PHOTO_SPANS : spansFor(info.chars),
      depth: (span) => estimateDepth(story, span, format, styles).total + (hasPhoto ? photoLines(span) : 0),
      canWiden: !hasPhoto,
    };
  });
  const placements = packModules(modules, { columns: format.columns, firstLine: FIRST_ARTICLE_LINE, endLine: totalLines - PROMO_LINES - GAP_LINES, gapLines: GAP_LINES });

  const pageId = newId('page');
  const frames: Frame[] = [];
  const assets: SampleEdition['assets'] = [];
  const assetRecords: Edition['assets'] = [];
  for (const p of placements) {
    const story = byId.get(p.key) as Story;
    let textLine = p.line;
    let groupId: string | null = null;
    if (figure && figure.storyId === p.key) {
      const assetId = newId('asset');
      const path = 'assets/keji-jie-photo.png';
      const photoWidth = spanWidth(format, p.span);
      const photoHeight = round(photoLines(p.span) * pitch);
      const pixelHeight = Math.round((PHOTO_PIXEL_WIDTH * photoHeight) / photoWidth);
      const rgb = paintSchoolFairPhoto({ width: PHOTO_PIXEL_WIDTH, height: pixelHeight });
      assets.push({ path, bytes: encodePng({ width: PHOTO_PIXEL_WIDTH, height: pixelHeight, rgb }, { ppi: Math.round((PHOTO_PIXEL_WIDTH / photoWidth) * 72) }) });
      assetRecords.push({
        id: assetId,
        kind: 'image',
        path,
        mime: 'image/png',
        pixelWidth: PHOTO_PIXEL_WIDTH,
        pixelHeight,
        description: `生成的示意图，非真实照片：校园科技节（学生、展台、教学楼）。Generated by Galley's sample builder for the story ${story.slug}; not a real photograph.`,
        colorSpace: 'rgb',
        ppi: Math.round((PHOTO_PIXEL_WIDTH / photoWidth) * 72),
        caption: '',
        credit: '',
        preview: null,
      });
      const image: ImageFrame = newImageFrame(newId('frame'), { x: columnX(p.column), y: lineY(p.line), width: photoWidth, height: photoHeight }, {
        assetId,
        name: 'keji-jie-photo.png',
        caption: { storyId: figure.storyId, paragraphId: figure.paragraphId },
      });
      // The photo and its story's text frame are one group: that is how the e-paper (and anything
      // else reading the page) knows which article a photo belongs to (issue 5's convention).
      groupId = newId('group');
      frames.push({ ...image, crop: { offsetX: 0, offsetY: 0, scale: Math.round((photoWidth / PHOTO_PIXEL_WIDTH) * 1e6) / 1e6 }, groupId });
      textLine += photoLines(p.span);
    }
    const text = articleFrame(newId('frame'), story, p.span, { x: columnX(p.column), y: lineY(textLine), width: spanWidth(format, p.span), height: (p.line + p.lines - textLine) * pitch }, format.gutter);
    frames.push(groupId === null ? text : { ...text, groupId });
  }
  const promo = imported.report.stories.find((s) => s.kind === 'promo');
  if (promo) {
    const y = lineY(totalLines - PROMO_LINES);
    frames.push(newTextFrame(newId('frame'), { x: area.x, y, width: area.width, height: round(PROMO_LINES * pitch) }, { storyId: promo.storyId, name: promo.slug, columns: 2, gutter: format.gutter }));
  }

  // Last in the frame list (drawn on top; it overlaps nothing): code that takes the page's first
  // text frame as its lead story keeps finding the lead article.
  const masthead = buildMasthead(base, { newId, firstLine: MASTHEAD_LINE, lineY });
  frames.push(...masthead.frames);

  const masterId = newId('master');
  const rule: RuleFrame = {
    id: newId('frame'),
    kind: 'rule',
    name: '报眉线',
    x: area.x,
    y: lineY(HEAD_LINES),
    width: area.width,
    height: 0,
    locked: true,
    wrap: { enabled: false, offsets: { top: 0, right: 0, bottom: 0, left: 0 } },
    groupId: null,
    stroke: { width: 1, color: K100 },
  };
  const runningHead = runningHeadFrames(newId, { x: area.x, y: lineY(0), width: area.width, height: round(HEAD_LINES * pitch) });
  const page: Page = { id: pageId, number: 1, label: 'A01', labelFollowsNumber: true, section: '要闻', masterId, frames, guides: { vertical: [], horizontal: [] } };
  const edition: Edition = {
    ...base,
    styles: { ...styles, paragraph: [...styles.paragraph, masthead.style] },
    stories: [...base.stories, masthead.story],
    masters: [{ id: masterId, name: '要闻版', frames: [...runningHead, rule], guides: { vertical: [], horizontal: [] } }],
    pages: [page],
    assets: assetRecords,
  };

  const checked = parseEdition(edition);
  if (!checked.ok) throw new Error(`the sample edition is invalid: ${checked.issues.map((i) => `${i.path}: ${i.reason}`).join('; ')}`);
  return { edition: checked.edition, assets, report: imported.report };
}

function round(pt: number): number {
  return Math.round(pt * 1000) / 1000;
}

/** One text frame per article, as many frame columns as base columns it spans. */
function articleFrame(id: string, story: Story, span: number, box: { x: number; y: number; width: number; height: number }, gutter: number): Frame {
  return newTextFrame(id, { ...box, height: round(box.height) }, { storyId: story.id, name: story.slug, columns: span, gutter: span > 1 ? gutter : 0 });
}
