// Hotspot accuracy (issue 7 §2): the sample edition and the 16-page edition composed with the real
// default fonts; every article's hotspot must cover every glyph box of its story on that page and
// overlap other stories' glyphs (and the furniture's) by at most 1 % of their area.
import { describe, expect, it } from 'vitest';
import { sixteenPages } from '../../../../bench/sixteenPages';
import { composeEditionWithFonts } from '../../../../src/main/services/layout';
import { collectArticles, type EpaperArticle, pageHotspots } from '../../../../src/shared/epaper';
import type { EditionLayout } from '../../../../src/shared/layout/output';
import type { Edition } from '../../../../src/shared/model';
import { FONTS, sampleEdition } from '../layout/sampleLayout';
import { boxArea, coveredArea, type GlyphBox, glyphBoxes, polygonsBounds } from './support/glyphBoxes';

/** Largest share of another story's glyph area a hotspot may cover. */
const OVERLAP_TOLERANCE = 0.01;

interface Finding {
  readonly uncovered: string[];
  readonly overlaps: string[];
  readonly worstOverlap: number;
}

/** Checks every article zone of every page against the page's glyph boxes. */
function checkZones(articles: readonly EpaperArticle[], layout: EditionLayout): Finding {
  const uncovered: string[] = [];
  const overlaps: string[] = [];
  let worstOverlap = 0;
  for (const page of layout.pages) {
    const boxes = glyphBoxes(page);
    const byStory = new Map<string, GlyphBox[]>();
    for (const b of boxes) byStory.set(b.storyId, [...(byStory.get(b.storyId) ?? []), b]);
    for (const article of articles) {
      const polygons = article.zones.find((z) => z.pageId === page.pageId)?.polygons ?? [];
      const own = byStory.get(article.id) ?? [];
      if (own.length > 0 && polygons.length === 0) uncovered.push(`${page.pageId}/${article.id}: no hotspot for ${own.length} glyphs`);
      if (polygons.length === 0) continue;
      const missing = own.filter((b) => coveredArea(b, polygons) < boxArea(b) - 1e-6);
      if (missing.length > 0) uncovered.push(`${page.pageId}/${article.id}: ${missing.length} glyphs uncovered, first at ${missing[0]?.x0},${missing[0]?.y0}`);
      const bounds = polygonsBounds(polygons);
      for (const [storyId, others] of byStory) {
        if (storyId === article.id) continue;
        const near = others.filter((b) => b.x1 > bounds.x0 && b.x0 < bounds.x1 && b.y1 > bounds.y0 && b.y0 < bounds.y1);
        const overlap = near.reduce((sum, b) => sum + coveredArea(b, polygons), 0);
        const share = overlap / others.reduce((sum, b) => sum + boxArea(b), 0);
        worstOverlap = Math.max(worstOverlap, share);
        if (share > OVERLAP_TOLERANCE) overlaps.push(`${page.pageId}/${article.id} covers ${(share * 100).toFixed(2)} % of ${storyId || 'furniture'}`);
      }
    }
  }
  return { uncovered, overlaps, worstOverlap };
}

/** Page ids where the layout set glyphs of `storyId`, in page order. */
function pagesWithText(layout: EditionLayout, storyId: string): string[] {
  return layout.pages.filter((p) => glyphBoxes(p).some((b) => b.storyId === storyId)).map((p) => p.pageId);
}

/** The sample composed once for the specs that only read it. */
let composedSample: Promise<{ edition: Edition; layout: EditionLayout; articles: EpaperArticle[] }> | undefined;
function sample(): Promise<{ edition: Edition; layout: EditionLayout; articles: EpaperArticle[] }> {
  composedSample ??= (async () => {
    const edition = sampleEdition();
    const layout = await composeEditionWithFonts(edition, { fonts: FONTS });
    return { edition, layout, articles: collectArticles(edition, layout, edition.pages.map((p) => p.id)) };
  })();
  return composedSample;
}

describe('e-paper hotspots on the composed sample', () => {
  it('cover every glyph of their story and almost nothing of any other', async () => {
    const { edition, layout, articles } = await sample();
    // Every story with a 主题 is an article; the masthead and the promo lines are not.
    const withHeadline = edition.stories.filter((s) => s.paragraphs.some((p) => p.style === 'p-zhuti')).map((s) => s.id);
    expect(new Set(articles.map((a) => a.id))).toEqual(new Set(withHeadline));
    const finding = checkZones(articles, layout);
    expect(finding.uncovered).toEqual([]);
    expect(finding.overlaps).toEqual([]);
    // One hotspot per article on the page, named by its headline.
    const page = edition.pages[0]!;
    const hotspots = pageHotspots(articles, page.id);
    expect(hotspots.map((h) => h.articleId).sort()).toEqual([...withHeadline].sort());
    for (const h of hotspots) expect(h.headline).toBe(articles.find((a) => a.id === h.articleId)?.headline);
  });

  it('claims the photo for its story, with the photo inside the hotspot', async () => {
    const { edition, articles } = await sample();
    const photo = edition.pages[0]!.frames.find((f) => f.kind === 'image');
    if (!photo || photo.kind !== 'image' || !photo.caption) throw new Error('the sample has no captioned photo');
    // The sample groups its photo with its story's text frame (the issue-5 convention).
    expect(photo.groupId).not.toBeNull();
    const owner = articles.find((a) => a.id === photo.caption?.storyId);
    expect(owner?.pictures.map((p) => p.id)).toEqual([photo.assetId]);
    const box = { x0: photo.x, y0: photo.y, x1: photo.x + photo.width, y1: photo.y + photo.height };
    expect(coveredArea(box, owner?.zones[0]?.polygons ?? [])).toBeCloseTo(boxArea(box), 3);
    for (const other of articles.filter((a) => a !== owner)) expect(coveredArea(box, other.zones[0]?.polygons ?? [])).toBe(0);
  });
});

describe('e-paper hotspots on the 16-page edition', () => {
  it('give the threaded lead story one article with a zone on every page its text reaches, all glyphs covered', { timeout: 120_000 }, async () => {
    const edition = sixteenPages(sampleEdition());
    const layout = await composeEditionWithFonts(edition, { fonts: FONTS });
    const articles = collectArticles(edition, layout, edition.pages.map((p) => p.id));
    const leadId = edition.stories[0]!.id;
    expect(articles.filter((a) => a.id === leadId)).toHaveLength(1);
    expect(articles[0]?.id).toBe(leadId);
    const lead = articles[0]!;
    const reached = pagesWithText(layout, leadId);
    expect(reached.length).toBeGreaterThan(8);
    expect(lead.pageIds).toEqual(reached);
    for (const z of lead.zones) expect(z.polygons.length).toBeGreaterThan(0);
    // Every page's other articles are its own copies, in the same reading order as page 1's.
    const ids = new Set(articles.map((a) => a.id));
    expect(ids.size).toBe(articles.length);
    const finding = checkZones(articles, layout);
    expect(finding.uncovered).toEqual([]);
    expect(finding.overlaps).toEqual([]);
  });
});
