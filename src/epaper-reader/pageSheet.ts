// pageSheet.ts: one page as the reader shows it: the page image with an inline SVG over it that
// holds one link per article (its hotspot: the union of the article's frames on the page, as
// polygons in page points). The SVG's viewBox is the page in points, so the polygons need no
// conversion at any zoom, and each link's accessible name is the article's headline.
import type { EpaperHotspot, EpaperPageRecord, EpaperPolygon } from '../shared/epaper/bundle';
import { h, svg } from './dom';

export interface Sheet {
  readonly image: HTMLImageElement;
  readonly overlay: SVGSVGElement;
  /** Hotspot links by article id, in reading order. */
  readonly hotspots: ReadonlyMap<string, SVGAElement>;
}

/** Coordinates to 0.01 pt: plenty for screen pixels, and no 15-digit noise in the DOM. */
function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function points(polygon: EpaperPolygon): string {
  return polygon.map((p) => `${num(p.x)},${num(p.y)}`).join(' ');
}

/** The box around a hotspot's polygons, page points. */
export function hotspotBox(hotspot: Pick<EpaperHotspot, 'polygons'>): { x: number; y: number; width: number; height: number } {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const polygon of hotspot.polygons)
    for (const p of polygon) {
      x0 = Math.min(x0, p.x);
      y0 = Math.min(y0, p.y);
      x1 = Math.max(x1, p.x);
      y1 = Math.max(y1, p.y);
    }
  return x0 <= x1 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : { x: 0, y: 0, width: 0, height: 0 };
}

/** Fills `sheet` with the page's image and hotspot links (`href(articleId)` gives each link's target). */
export function renderSheet(sheet: HTMLElement, page: EpaperPageRecord, href: (articleId: string) => string): Sheet {
  const image = h('img', {
    class: 'page-image',
    src: page.image.src,
    width: String(page.image.width),
    height: String(page.image.height),
    alt: `${page.banner}版面图。本版文章见“本版文章”列表。`,
    draggable: 'false',
    decoding: 'async',
  });
  const hotspots = new Map<string, SVGAElement>();
  const overlay = svg('svg', {
    class: 'hotspots',
    viewBox: `0 0 ${num(page.width)} ${num(page.height)}`,
    preserveAspectRatio: 'none',
    role: 'group',
    'aria-label': `${page.banner}文章热区`,
  });
  for (const spot of page.hotspots) {
    if (hotspots.has(spot.articleId) || spot.polygons.length === 0) continue; // one link per article
    const link = svg('a', { class: 'hotspot', href: href(spot.articleId), 'data-article': spot.articleId, 'aria-label': spot.headline });
    link.append(svg('title', {}, spot.headline));
    for (const polygon of spot.polygons) link.append(svg('polygon', { points: points(polygon) }));
    overlay.append(link);
    hotspots.set(spot.articleId, link);
  }
  sheet.replaceChildren(image, overlay);
  return { image, overlay, hotspots };
}
