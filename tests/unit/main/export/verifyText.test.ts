// pdftotext reads back every article of the exported sample in full, exactly and in reading order
// within each frame: each column of each frame is cut out by its box (from the layout) and must
// read as the lines the engine set there, and a story's frames read in thread order must give the
// story's text. Only whitespace is normalised. A second edition threads the lead story over three
// pages, so the text crosses pages and 转版 jump lines are set: those are not story text, they are
// read on their own and must say where the story goes. The same multi-page PDF is held to the
// issue's pdffonts and pdfinfo -box wording on every page (the older specs check one page).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jumpText } from '../../../../src/shared/layout/flow';
import type { PageLayout } from '../../../../src/shared/layout/output';
import { type Edition, storyText } from '../../../../src/shared/model';
import { type ExportedEdition, exportSampleEdition } from './support/exportedEdition';
import { linesBox, type Rect } from './support/layoutBoxes';
import { isJumpLine, normaliseWhitespace, paragraphIndex, storyColumns, textIn, threadFrames } from './support/pdfText';
import { threadedEdition } from './support/threadedEdition';
import { pageBoxes, tool, trimOffset } from './support/tools';

let sample: ExportedEdition;
let threaded: ExportedEdition;

beforeAll(async () => {
  sample = await exportSampleEdition();
  threaded = await exportSampleEdition({ transform: (e) => threadedEdition(e, 3) });
}, 240_000);

afterAll(async () => {
  await sample?.dispose();
  await threaded?.dispose();
});

const shift = (r: Rect, o: { dx: number; dy: number }): Rect => ({ x0: r.x0 + o.dx, x1: r.x1 + o.dx, y0: r.y0 + o.dy, y1: r.y1 + o.dy });

interface StoryReadBack {
  readonly storyId: string;
  /** pdftotext's text of the story, column by column, frame by frame in thread order. */
  readonly read: string;
  readonly columns: number;
}

/**
 * Reads every story of `exported` back from `file` (whose page n is the edition's page n),
 * asserting on the way that each column reads exactly as the layout set it.
 */
async function readStories(exported: ExportedEdition, file: string): Promise<StoryReadBack[]> {
  const { edition, layout } = exported;
  const boxes = await pageBoxes(file);
  const paragraphs = paragraphIndex(edition);
  const pageLayout = (i: number): PageLayout => layout.pages.find((p) => p.pageId === edition.pages[i]!.id)!;
  const out: StoryReadBack[] = [];
  for (const story of edition.stories) {
    const frames = threadFrames(edition, story.id);
    if (frames.length === 0) continue; // a caption or an unplaced story: not on the page
    let read = '';
    let columns = 0;
    for (const { pageIndex, frame } of frames) {
      const frameLayout = pageLayout(pageIndex).frames.find((f) => f.frameId === frame.id);
      if (!frameLayout) throw new Error(`no layout for frame ${frame.id}`);
      for (const column of storyColumns(frameLayout, paragraphs)) {
        const got = await textIn(file, pageIndex + 1, shift(column.rect, trimOffset(boxes[pageIndex]!)));
        // Order within the frame: this column, and only it, reads as the engine set it.
        expect(normaliseWhitespace(got), `${edition.pages[pageIndex]!.label} ${frame.id} column at x=${column.rect.x0}`).toBe(normaliseWhitespace(column.expected));
        read += `${got}\n`;
        columns++;
      }
    }
    out.push({ storyId: story.id, read, columns });
  }
  return out;
}

function expectStoriesInFull(edition: Edition, stories: readonly StoryReadBack[]): void {
  for (const back of stories) {
    const story = edition.stories.find((s) => s.id === back.storyId)!;
    expect(normaliseWhitespace(back.read), `${story.slug}: the whole story, in thread order`).toBe(normaliseWhitespace(storyText(story)));
  }
}

describe('pdftotext on the sample page', () => {
  it('gives back every article in full and exactly, column by column within each frame', async () => {
    expect(sample.layout.overset).toEqual([]);
    const stories = await readStories(sample, sample.pagePdfs[0]!);
    expect(stories.length).toBeGreaterThanOrEqual(10);
    expect(stories.reduce((n, s) => n + s.columns, 0)).toBeGreaterThan(30);
    expectStoriesInFull(sample.edition, stories);
  }, 120_000);

  it('would notice text out of order: the same columns read in reverse do not give the story', async () => {
    // The check above is order-sensitive; prove it on the biggest frame by swapping its columns.
    const { edition, layout } = sample;
    const offset = trimOffset((await pageBoxes(sample.pagePdfs[0]!))[0]!);
    const frame = [...layout.pages[0]!.frames].sort((a, b) => b.columns.length - a.columns.length)[0]!;
    const columns = storyColumns(frame, paragraphIndex(edition));
    expect(columns.length).toBeGreaterThan(2);
    const reversed = (await Promise.all(columns.map((c) => textIn(sample.pagePdfs[0]!, 1, shift(c.rect, offset))))).reverse().join('\n');
    const story = edition.stories.find((s) => s.id === frame.storyId)!;
    expect(normaliseWhitespace(reversed)).not.toBe(normaliseWhitespace(storyText(story)));
  }, 60_000);
});

describe('pdftotext on a story threaded over three pages', () => {
  it('gives back the threaded story in thread order across pages, and every other article in full', async () => {
    expect(threaded.layout.overset).toEqual([]);
    const stories = await readStories(threaded, threaded.editionPdf);
    const lead = threaded.edition.stories[0]!;
    expect(threadFrames(threaded.edition, lead.id).map((f) => f.pageIndex)).toEqual([0, 1, 2]);
    expect(stories.find((s) => s.storyId === lead.id)?.columns).toBeGreaterThan(10);
    expectStoriesInFull(threaded.edition, stories);
  }, 180_000);

  it('reads each 转版 jump line, at its place, as the page the story goes on to or comes from', async () => {
    const { edition, layout } = threaded;
    const boxes = await pageBoxes(threaded.editionPdf);
    const pageOfFrame = new Map(edition.pages.flatMap((p) => p.frames.map((f) => [f.id, p.number] as const)));
    const jumps: string[] = [];
    for (const [i, page] of layout.pages.entries()) {
      for (const frame of page.frames) {
        const model = edition.pages[i]!.frames.find((f) => f.id === frame.frameId);
        for (const line of frame.columns.flatMap((c) => c.lines).filter(isJumpLine)) {
          const direction = line.source.paragraphId.endsWith(':out') ? 'out' : 'in';
          const link = model?.kind === 'text' ? (direction === 'out' ? model.next : model.prev) : null;
          const target = link ? pageOfFrame.get(link.frameId) : undefined;
          expect(target, `${frame.frameId}: the jump line's thread link`).toBeDefined();
          const box = linesBox([line]);
          const got = await textIn(threaded.editionPdf, i + 1, shift({ ...box, x0: box.x0 - 1, x1: box.x1 + 1 }, trimOffset(boxes[i]!)));
          expect(normaliseWhitespace(got), `${edition.pages[i]!.label} ${frame.frameId} ${direction}`).toBe(jumpText(direction, target!));
          jumps.push(`${edition.pages[i]!.label} ${normaliseWhitespace(got)}`);
        }
      }
    }
    // Two page changes, each with a 下转 line before it and an 上接 line after it.
    expect(jumps).toHaveLength(4);
    console.info(`jump lines read back: ${jumps.join('; ')}`);
  }, 60_000);

  it('embeds every font of the three-page edition PDF once, as a tagged subset with ToUnicode, no Type 3 (pdffonts)', async () => {
    const { stdout, stderr } = await tool('pdffonts', [threaded.editionPdf]);
    expect(stderr).toBe('');
    const rows = stdout.trim().split('\n').slice(2);
    const faces = new Set(threaded.layout.pages.flatMap((p) => p.frames.flatMap((f) => f.columns.flatMap((c) => c.lines.flatMap((l) => l.runs.map((r) => r.fontId))))));
    // Faces of the slug (crop marks off here) would add rows; without marks it is the layout's faces.
    expect(rows).toHaveLength(faces.size);
    for (const row of rows) {
      expect(row, row).toMatch(/^[A-Z]{6}\+\S+\s+CID (TrueType|Type 0C)\s+Identity-H\s+yes yes yes\s/u);
      expect(row).not.toMatch(/Type 3/u);
    }
  });

  it('gives every page the format\'s MediaBox, BleedBox and TrimBox to 0.01 pt (pdfinfo -box)', async () => {
    const boxes = await pageBoxes(threaded.editionPdf);
    expect(boxes).toHaveLength(3);
    const { trim, bleed } = threaded.edition.format;
    const near = (got: readonly number[], want: readonly number[], what: string): void => {
      got.forEach((v, i) => expect(Math.abs(v - want[i]!), `${what}: ${got.join(' ')} vs ${want.join(' ')}`).toBeLessThanOrEqual(0.01));
    };
    for (const [n, b] of boxes.entries()) {
      near(b.media, [0, 0, trim.width + 2 * bleed, trim.height + 2 * bleed], `page ${n + 1} MediaBox`);
      near(b.bleed, [0, 0, trim.width + 2 * bleed, trim.height + 2 * bleed], `page ${n + 1} BleedBox`);
      near(b.trim, [bleed, bleed, bleed + trim.width, bleed + trim.height], `page ${n + 1} TrimBox`);
    }
  });
});
