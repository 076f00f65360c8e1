// ninjs.ts: an article as an IPTC ninjs 2.0 record (articles.json holds one per article).
// https://www.iptc.org/std/ninjs/ninjs-schema_2.0.json
//
// - uri: a URN from the edition id and the story id (`urn:galley:<edition>:article:<story>`),
//   stable across exports and never a file path.
// - headlines: 引题 / 主题 / 副题 with the roles kicker / main / subhead, in story order.
// - by: the 署名 line without its □ marker (记者 李森); absent when the story has none.
// - bodies: one plain-text body, paragraphs separated by a blank line; charcount counts 字
//   without captions, as ninjs asks. (No HTML body: the article page is the HTML rendition.)
// - versioncreated: the edition's date at 00:00 in `utcOffset` (+08:00, China Standard Time, by
//   default) — an edition is dated, not timed, and nothing here may read the clock.
// - associations: the article's photos (type picture) with caption, alt text, credit and the web
//   rendition; renditions: the article page. Links are bundle-relative, as everything in it is.
// - Page geometry in Galley's extension fields (proofing-and-epaper.md §5.3): `x-page`, the first
//   page; `x-zones`, per page the hotspot polygons in page points (origin at the trim's top-left,
//   y down) with the page's size, so a consumer can scale them to any image.
// ninjs 2.0 closes its top level (additionalProperties: false), so a strict 2.0 validator must
// see the record without its x- fields (`ninjsCore`); ninjs 2.1 and later admit extensions.
import type { EpaperArticle, EpaperHeadlineRole, EpaperPageRecord, EpaperPolygon } from './bundle';
import { EpaperPaths } from './bundle';
import { countChars, type Edition } from '../model';

export const NINJS_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.0.json';

export interface NinjsRendition {
  readonly name: string;
  readonly href: string;
  readonly contenttype: string;
  readonly width?: number;
  readonly height?: number;
}

export interface NinjsPicture {
  readonly name: string;
  readonly uri: string;
  readonly type: 'picture';
  readonly representationtype: 'full';
  readonly descriptions: ReadonlyArray<{ readonly role: 'caption' | 'alt'; readonly value: string }>;
  readonly by?: string;
  readonly renditions: readonly NinjsRendition[];
}

export interface NinjsZone {
  readonly pageId: string;
  readonly label: string;
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly polygons: readonly EpaperPolygon[];
}

export interface NinjsRecord {
  readonly uri: string;
  readonly standard: { readonly name: 'ninjs'; readonly version: '2.0'; readonly schema: string };
  readonly type: 'text';
  readonly representationtype: 'full';
  readonly language: 'zh-CN';
  readonly pubstatus: 'usable';
  readonly versioncreated: string;
  readonly headlines: ReadonlyArray<{ readonly role: EpaperHeadlineRole; readonly value: string }>;
  readonly by?: string;
  readonly bodies: ReadonlyArray<{ readonly role: 'body'; readonly contenttype: 'text/plain'; readonly charcount: number; readonly value: string }>;
  readonly renditions: readonly NinjsRendition[];
  readonly associations?: readonly NinjsPicture[];
  readonly 'x-page': { readonly id: string; readonly label: string; readonly number: number; readonly section: string; readonly banner: string } | null;
  readonly 'x-zones': readonly NinjsZone[];
}

export interface NinjsContext {
  readonly edition: Edition;
  readonly pages: readonly EpaperPageRecord[];
  /** The edition date's time zone, `+08:00` when not given. */
  readonly utcOffset?: string;
}

export function toNinjs(article: EpaperArticle, ctx: NinjsContext): NinjsRecord {
  const urn = (kind: string, id: string): string => `urn:galley:${encodeURIComponent(ctx.edition.id)}:${kind}:${encodeURIComponent(id)}`;
  const pages = new Map(ctx.pages.map((p) => [p.id, p]));
  const first = pages.get(article.pageIds[0] ?? '');
  const by = article.byline.replace(/^[□■]\s*/u, '').trim();
  const bodyText = article.body.map((b) => b.text).join('\n\n');
  const pictures = article.pictures.map(
    (p, i): NinjsPicture => ({
      name: `picture${i + 1}`,
      uri: urn('asset', p.id),
      type: 'picture',
      representationtype: 'full',
      descriptions: [...(p.caption === '' ? [] : [{ role: 'caption' as const, value: p.caption }]), ...(p.alt === '' ? [] : [{ role: 'alt' as const, value: p.alt }])],
      ...(p.credit === '' ? {} : { by: p.credit }),
      renditions: [{ name: 'web', href: p.src, contenttype: 'image/jpeg', width: p.width, height: p.height }],
    }),
  );
  return {
    uri: urn('article', article.id),
    standard: { name: 'ninjs', version: '2.0', schema: NINJS_SCHEMA },
    type: 'text',
    representationtype: 'full',
    language: 'zh-CN',
    pubstatus: 'usable',
    versioncreated: `${ctx.edition.meta.date}T00:00:00${ctx.utcOffset ?? '+08:00'}`,
    headlines: article.headlines.map((h) => ({ role: h.role, value: h.text })),
    ...(by === '' ? {} : { by }),
    bodies: [{ role: 'body', contenttype: 'text/plain', charcount: countChars(article.body.filter((b) => b.kind !== 'caption').map((b) => b.text).join('')), value: bodyText }],
    renditions: [{ name: 'html', href: EpaperPaths.article(article.id), contenttype: 'text/html' }],
    ...(pictures.length === 0 ? {} : { associations: pictures }),
    'x-page': first ? { id: first.id, label: first.label, number: first.number, section: first.section, banner: first.banner } : null,
    'x-zones': article.zones.map((z) => {
      const page = pages.get(z.pageId);
      return { pageId: z.pageId, label: page?.label ?? '', number: page?.number ?? 0, width: page?.width ?? 0, height: page?.height ?? 0, polygons: z.polygons };
    }),
  };
}

/** The record without Galley's x- extension fields: what a strict ninjs 2.0 validator accepts. */
export function ninjsCore(record: NinjsRecord): Omit<NinjsRecord, 'x-page' | 'x-zones'> {
  const { 'x-page': _page, 'x-zones': _zones, ...core } = record;
  return core;
}
