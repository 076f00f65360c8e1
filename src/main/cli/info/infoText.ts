// infoText.ts: `galley info` for people: the edition, its pages with their frames, and the
// stories with their 字 counts, as aligned text tables.
import { type Edition, fillTemplate, type Frame, type Page, ptToMm } from '../../../shared/model';
import type { Messages } from '../messages';
import { formatTable, truncateDisplay } from '../textTable';
import type { EditionInfo } from './editionInfo';

export function formatEditionInfo(edition: Edition, info: EditionInfo, m: Messages): string[] {
  const f = edition.format;
  const lines = [
    m.info.edition(info.name, edition.meta.paper, edition.meta.date, edition.schemaVersion),
    m.info.format(f.name, mm(f.trim.width), mm(f.trim.height), mm(f.bleed), f.columns, mm(f.gutter), f.bodySize, f.baselineGrid.pitch),
    '',
    m.info.pagesHeading(edition.pages.length),
  ];
  const slugs = new Map(edition.stories.map((s) => [s.id, s.slug]));
  const assets = new Map(edition.assets.map((a) => [a.id, a.path]));
  for (const page of edition.pages) {
    const master = edition.masters.find((x) => x.id === page.masterId);
    lines.push(`  ${m.info.page(page.label, page.section, page.id, page.frames.length)}${master ? `  ${m.info.master(master.name, master.frames.length)}` : ''}`);
    if (page.frames.length === 0) continue;
    const rows = page.frames.map((frame) => [
      frame.id,
      frame.kind,
      mm(frame.x),
      mm(frame.y),
      mm(frame.width),
      mm(frame.height),
      frame.kind === 'text' ? String(frame.columns) : '',
      truncateDisplay(frameContent(frame, page, edition, slugs, assets), 48),
    ]);
    lines.push(...formatTable([m.info.frameHeader, ...rows], '    '));
  }
  lines.push('', m.info.storiesHeading(info.stories.length));
  if (info.stories.length === 0) {
    lines.push(`  ${m.info.none}`);
    return lines;
  }
  const rows = info.stories.map((s) => [
    s.id,
    truncateDisplay(s.slug, 20),
    s.status,
    String(s.chars),
    String(s.paragraphs),
    s.placed ? m.info.yes : m.info.no,
    String(s.importNotes.length),
    truncateDisplay(s.headline ?? '', 40),
  ]);
  lines.push(...formatTable([m.info.storyHeader, ...rows], '  '));
  return lines;
}

function frameContent(frame: Frame, page: Page, edition: Edition, slugs: Map<string, string>, assets: Map<string, string>): string {
  let content = '';
  switch (frame.kind) {
    case 'text':
      if (frame.storyId !== null) content = slugs.get(frame.storyId) ?? frame.storyId;
      else if (frame.template !== null) content = fillTemplate(frame.template, edition.meta, page);
      break;
    case 'image':
      if (frame.assetId !== null) content = assets.get(frame.assetId) ?? frame.assetId;
      break;
    case 'rule':
    case 'box':
      break;
  }
  // The frame's own name only where it adds something (the sample names frames by their slug).
  if (frame.name === '' || content.includes(frame.name)) return content;
  return content === '' ? frame.name : `${content} (${frame.name})`;
}

function mm(pt: number): string {
  return ptToMm(pt).toFixed(1);
}
