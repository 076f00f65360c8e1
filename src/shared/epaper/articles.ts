// articles.ts: the edition's articles for the e-paper, from the model and its layout.
//
// 1. Articles: stories with a 主题 paragraph (storyContent.ts) that have a text frame on an
//    exported page. Article id = story id, so it is stable from one export to the next.
// 2. Claims per page: each text frame's filled columns (zones.ts) and each photo the article owns
//    (pictures.ts), clipped to the trim. A story with no set line on any exported page (all of
//    it overset, say) claims its text frames whole, so it still has somewhere to click.
// 3. Zones: per page the claims merge into hole-free polygons (hotspots.ts); the article is on
//    the pages where it has a zone, first page first, each page once.
// 4. Order: page by page; on a page, reading order (readingOrder.ts). An article threaded over
//    several pages is listed once, at its first page, whole; it has a zone on each page.
import type { EpaperArticle, EpaperHotspot, EpaperPicture, EpaperPolygon } from './bundle';
import type { EditionLayout, FrameLayout } from '../layout/output';
import type { Asset, Edition, Page, Story } from '../model';
import { type EpaperRect, rectUnionPolygons } from './hotspots';
import { articlePicture, photoOwners } from './pictures';
import { readingOrder, zoneAnchor } from './readingOrder';
import { type ArticleContent, articleContent } from './storyContent';
import { frameRect, textFrameClaim, trimRect } from './zones';

interface Draft {
  readonly story: Story;
  readonly content: ArticleContent;
  readonly rank: number;
  /** Page id → what the article claims there: text clipped to its lines, and photos. */
  readonly claims: Map<string, EpaperRect[]>;
  /** Page id → its text frames' whole boxes (the fallback when no line of it is set). */
  readonly frames: Map<string, EpaperRect[]>;
  readonly pictures: EpaperPicture[];
  readonly usedCaptions: Set<string>;
}

/**
 * The articles on the exported pages (`pageIds`; edition order is kept whatever their order),
 * page by page and in reading order within a page. Pictures carry their rendition size
 * (pictureRenditionSize: long side ≤ 1600 px).
 */
export function collectArticles(edition: Edition, layout: EditionLayout, pageIds: readonly string[]): EpaperArticle[] {
  const exported = new Set(pageIds);
  const pages = edition.pages.filter((p) => exported.has(p.id));
  const layouts = new Map(layout.pages.map((p) => [p.pageId, p]));
  const assets = new Map<string, Asset>(edition.assets.map((a) => [a.id, a]));
  const contents = new Map<string, { story: Story; content: ArticleContent; rank: number }>();
  for (const [rank, story] of edition.stories.entries()) {
    const content = articleContent(story, edition.styles.character);
    if (content) contents.set(story.id, { story, content, rank });
  }
  const articleStories = new Map([...contents].map(([id, c]) => [id, c.story]));
  const drafts = new Map<string, Draft>();
  const push = (map: Map<string, EpaperRect[]>, pageId: string, rects: readonly EpaperRect[]): void => {
    map.set(pageId, [...(map.get(pageId) ?? []), ...rects]);
  };

  for (const page of pages) {
    const pageLayout = layouts.get(page.id);
    const trim = trimRect(pageLayout ?? edition.format.trim);
    const frameLayouts = new Map<string, FrameLayout>((pageLayout?.frames ?? []).map((f) => [f.frameId, f]));
    for (const frame of page.frames) {
      if (frame.kind !== 'text' || frame.storyId === null) continue;
      const found = contents.get(frame.storyId);
      if (!found) continue;
      let draft = drafts.get(frame.storyId);
      if (!draft) {
        draft = { ...found, claims: new Map(), frames: new Map(), pictures: [], usedCaptions: new Set() };
        drafts.set(frame.storyId, draft);
      }
      const box = frameRect(frame, trim);
      push(draft.frames, page.id, box ? [box] : []);
      push(draft.claims, page.id, textFrameClaim(frame, frameLayouts.get(frame.id), trim));
    }
    const owners = photoOwners(page, articleStories);
    for (const frame of page.frames) {
      if (frame.kind !== 'image' || frame.assetId === null) continue;
      const draft = drafts.get(owners.get(frame.id) ?? '');
      const asset = assets.get(frame.assetId);
      const box = frameRect(frame, trim);
      if (!draft || !asset || !box) continue;
      push(draft.claims, page.id, [box]);
      if (!draft.pictures.some((p) => p.id === asset.id)) draft.pictures.push(articlePicture(frame, asset, draft.story, draft.usedCaptions));
    }
  }

  const zoned = [...drafts.values()].map((draft) => ({ draft, zones: draftZones(draft, pages) }));
  const out: EpaperArticle[] = [];
  for (const page of pages) {
    const here = zoned.filter((z) => z.zones[0]?.pageId === page.id);
    const ordered = readingOrder(here, (z) => zoneAnchor(z.zones[0]?.polygons ?? []), (z) => z.draft.rank);
    for (const { draft, zones } of ordered) out.push(toArticle(draft, zones));
  }
  return out;
}

type Zones = EpaperArticle['zones'];

function draftZones(draft: Draft, pages: readonly Page[]): Zones {
  const setLines = [...draft.claims.values()].some((rects) => rects.length > 0);
  const source = setLines ? draft.claims : draft.frames;
  const zones: Array<{ pageId: string; polygons: EpaperPolygon[] }> = [];
  for (const page of pages) {
    const rects = source.get(page.id);
    if (!rects || (setLines && rects.length === 0)) continue;
    zones.push({ pageId: page.id, polygons: rectUnionPolygons(rects) });
  }
  return zones;
}

function toArticle(draft: Draft, zones: Zones): EpaperArticle {
  return {
    id: draft.story.id,
    ...draft.content,
    pictures: draft.pictures,
    pageIds: zones.map((z) => z.pageId),
    zones,
  };
}

/** The articles on a page (starting or continued there), in reading order. */
export function pageArticles(articles: readonly EpaperArticle[], pageId: string): EpaperArticle[] {
  const rank = new Map(articles.map((a, i) => [a.id, i]));
  const here = articles.filter((a) => a.pageIds.includes(pageId));
  return readingOrder(here, (a) => zoneAnchor(polygonsOn(a, pageId)), (a) => rank.get(a.id) ?? 0);
}

/** The page's hotspots, one per article with a zone there, in reading order. */
export function pageHotspots(articles: readonly EpaperArticle[], pageId: string): EpaperHotspot[] {
  return pageArticles(articles, pageId)
    .map((a) => ({ articleId: a.id, headline: a.headline, polygons: polygonsOn(a, pageId) }))
    .filter((h) => h.polygons.length > 0);
}

function polygonsOn(article: EpaperArticle, pageId: string): readonly EpaperPolygon[] {
  return article.zones.find((z) => z.pageId === pageId)?.polygons ?? [];
}
