// layoutCommand.ts: `galley layout EDITION [--page LABEL] [--json]`. Composes the edition with
// the real fonts and prints, per page and frame, how many lines each column holds, then the
// overset of every story ("+N 字" and where it starts) and any missing glyphs. --json prints
// the stable layout JSON (layoutToJson) that painters and golden files read. Reads the edition
// without its lock, like `info`. Exit 0 even with overset: checking is `galley check` (issue 4).
import { join } from 'node:path';
import { FontNotFoundError } from '../../../shared/layout/fonts';
import { type EditionLayout, type FrameLayout, layoutToJson, type OversetReport } from '../../../shared/layout/output';
import { type Edition, type Frame, paragraphText } from '../../../shared/model';
import { createFontService } from '../../services/fonts';
import { composeEditionWithFonts, composePageWithFonts } from '../../services/layout';
import { EDITION_FILE, loadEdition } from '../../services/store';
import { type CliCommand, flagOption, stringOption } from '../command';
import { existingEditionDir, openingEdition } from '../editionDir';
import { CliFailure } from '../failure';
import type { Messages } from '../messages';

export const layoutCommand: CliCommand = {
  name: 'layout',
  usage: 'layout EDITION [--page LABEL] [--json]',
  summary: (m) => m.layout.summary,
  options: {
    page: { type: 'string', valueName: 'LABEL', describe: (m) => m.layout.page },
    json: { type: 'boolean', describe: (m) => m.layout.json },
  },
  positionals: { min: 1, max: 1, names: 'EDITION' },
  async run({ args, values, io, m, projectRoot }) {
    const dir = await existingEditionDir(io.cwd, args[0] ?? '', m);
    const { edition } = await openingEdition(dir, m, () => loadEdition(dir));
    const label = stringOption(values, 'page');
    const page = label === undefined ? undefined : edition.pages.find((p) => p.label === label);
    if (label !== undefined && !page) throw new CliFailure(m.layout.noPage(label, edition.pages.map((p) => p.label)));
    const options = { fonts: createFontService({ projectRoot }), editionDir: dir };
    let layout: EditionLayout;
    try {
      if (page) {
        const one = await composePageWithFonts(edition, page.id, options);
        layout = { pages: [one.page], overset: one.overset, missingGlyphs: one.missingGlyphs };
      } else {
        layout = await composeEditionWithFonts(edition, options);
      }
    } catch (error) {
      if (error instanceof FontNotFoundError) throw fontFailure(m, join(dir, EDITION_FILE), edition, error);
      throw error;
    }
    if (flagOption(values, 'json')) io.out(layoutToJson(layout));
    else for (const line of layoutText(edition, layout, m)) io.out(line);
    return 0;
  },
};

/** A style names a family no font provides: name the file, the style's JSON path and the family. */
function fontFailure(m: Messages, file: string, edition: Edition, error: FontNotFoundError): CliFailure {
  const index = edition.styles.paragraph.findIndex((s) => s.font.cjk === error.family || s.font.latin === error.family);
  const style = edition.styles.paragraph[index];
  const path = style ? `$.styles.paragraph[${index}].font.${style.font.cjk === error.family ? 'cjk' : 'latin'}` : '$.styles.paragraph';
  return new CliFailure(m.loadFailed(file, path, error.message), { cause: error });
}

export function layoutText(edition: Edition, layout: EditionLayout, m: Messages): string[] {
  const frames = new Map<string, Frame>();
  for (const owner of [...edition.masters, ...edition.pages]) for (const f of owner.frames) frames.set(f.id, f);
  const slugs = new Map(edition.stories.map((s) => [s.id, s.slug]));
  const labels = new Map(edition.pages.map((p) => [p.id, p.label]));
  const out: string[] = [];
  for (const pageLayout of layout.pages) {
    const page = edition.pages.find((p) => p.id === pageLayout.pageId);
    out.push(m.layout.pageHeading(page?.label ?? pageLayout.pageId, page?.section ?? '', pageLayout.pageId));
    for (const frame of pageLayout.frames) {
      const model = frames.get(frame.frameId);
      if (model?.kind !== 'text') continue;
      const what = frame.storyId === null ? m.layout.furniture : (slugs.get(frame.storyId) ?? frame.storyId);
      // Sample frames are named after their story's slug: say it once.
      const name = model.name === '' || model.name === what ? what : `${model.name} · ${what}`;
      out.push(`  ${m.layout.frame(frame.frameId, name, columnCounts(frame, model.columns, m))}`);
    }
  }
  out.push(layout.overset.length === 0 ? m.layout.noOverset : m.layout.oversetHeading(layout.overset.length));
  for (const o of layout.overset) out.push(`  ${oversetLine(edition, o, slugs, labels, m)}`);
  out.push(layout.missingGlyphs.length === 0 ? m.layout.noMissing : m.layout.missingHeading(layout.missingGlyphs.length));
  for (const g of layout.missingGlyphs) {
    const hex = (g.char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    out.push(`  ${m.layout.missing(g.char, hex, slugs.get(g.storyId) ?? (g.storyId || m.layout.furniture), g.paragraphId, g.offset)}`);
  }
  return out;
}

/** "band 3 + 27 | 27 | 25 = 82 lines": a band of spanning lines comes first when there is one. */
function columnCounts(frame: FrameLayout, columns: number, m: Messages): string {
  const counts = frame.columns.map((c) => c.lines.length);
  const total = counts.reduce((a, b) => a + b, 0);
  const hasBand = counts.length === columns + 1;
  const band = hasBand ? (counts[0] ?? 0) : null;
  return m.layout.lines(band, (hasBand ? counts.slice(1) : counts).join(' | ') || '-', total);
}

function oversetLine(edition: Edition, o: OversetReport, slugs: Map<string, string>, labels: Map<string, string>, m: Messages): string {
  const story = edition.stories.find((s) => s.id === o.storyId);
  const index = story ? story.paragraphs.findIndex((p) => p.id === o.from.paragraphId) : -1;
  const paragraph = story?.paragraphs[index];
  const excerpt = paragraph ? [...paragraphText(paragraph).slice(o.from.offset)].slice(0, 12).join('') : '';
  const where = o.lastFrame ? m.layout.lastFrame(o.lastFrame.frameId, labels.get(o.lastFrame.pageId) ?? o.lastFrame.pageId) : '';
  return m.layout.overset(slugs.get(o.storyId) ?? o.storyId, o.chars, index + 1, o.from.paragraphId, o.from.offset, excerpt, where);
}
