import { describe, expect, it } from 'vitest';
import { collectArticles, type EpaperPageRecord, ninjsCore, toNinjs } from '../../../../src/shared/epaper';
import { asset, column, edition, editionLayout, frameLayout, imageFrame, page, pageLayout, para, S, story, textFrame } from './fixtures';

// The parts of the IPTC ninjs 2.0 schema (https://www.iptc.org/std/ninjs/ninjs-schema_2.0.json,
// draft-04) a record written here uses, encoded by hand so the spec needs no network: the
// required `uri`, the closed top level, and the shapes of every property we write.
type Check = (value: unknown, path: string, errors: string[]) => void;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str: Check = (v, path, errors) => {
  if (typeof v !== 'string') errors.push(`${path}: not a string`);
};
const num: Check = (v, path, errors) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) errors.push(`${path}: not a number`);
};
const oneOf = (values: readonly string[]): Check => (v, path, errors) => {
  if (typeof v !== 'string' || !values.includes(v)) errors.push(`${path}: ${JSON.stringify(v)} is not one of ${values.join(', ')}`);
};
const absoluteUri: Check = (v, path, errors) => {
  if (typeof v !== 'string' || !/^[a-z][a-z0-9+.-]*:[^\s]+$/iu.test(v)) errors.push(`${path}: not an absolute URI`);
};
const dateTime: Check = (v, path, errors) => {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/u.test(v)) errors.push(`${path}: not an RFC 3339 date-time`);
};
function object(properties: Record<string, Check>, required: readonly string[] = []): Check {
  return (v, path, errors) => {
    if (!isObject(v)) {
      errors.push(`${path}: not an object`);
      return;
    }
    for (const key of required) if (!(key in v)) errors.push(`${path}: ${key} is required`);
    for (const [key, value] of Object.entries(v)) {
      const check = properties[key];
      if (!check) errors.push(`${path}: ${key} is not a ninjs 2.0 property (additionalProperties: false)`);
      else check(value, `${path}.${key}`, errors);
    }
  };
}
const array = (items: Check): Check => (v, path, errors) => {
  if (!Array.isArray(v)) errors.push(`${path}: not an array`);
  else v.forEach((item, i) => items(item, `${path}[${i}]`, errors));
};
const valueList = array(object({ role: str, contenttype: str, value: str }, ['value']));
const rendition = object({ name: str, href: str, contenttype: str, title: str, height: num, width: num, sizeinbytes: num, duration: num, format: str }, ['name']);
const ninjs: Check = (v, path, errors) =>
  object(
    {
      uri: absoluteUri,
      type: oneOf(['text', 'audio', 'video', 'picture', 'graphic', 'composite', 'component']),
      representationtype: oneOf(['full', 'partial']),
      profile: str,
      version: str,
      firstcreated: dateTime,
      versioncreated: dateTime,
      contentcreated: dateTime,
      pubstatus: oneOf(['usable', 'withheld', 'canceled']),
      language: str,
      descriptions: valueList,
      bodies: array(object({ role: str, contenttype: str, charcount: num, wordcount: num, value: str }, ['value'])),
      headlines: valueList,
      by: str,
      slugline: str,
      renditions: array(rendition),
      // anyOf: an object with a string `name`, or a whole ninjs object (the root schema).
      associations: array((item, p, e) => {
        if (isObject(item) && typeof item['name'] === 'string') return;
        const inner: string[] = [];
        ninjs(item, p, inner);
        if (inner.length > 0) e.push(`${p}: neither named nor a ninjs object (${inner.join('; ')})`);
      }),
      standard: object({ name: str, version: str, schema: absoluteUri }),
    },
    ['uri'],
  )(v, path, errors);

function validate(record: unknown): string[] {
  const errors: string[] = [];
  ninjs(record, '$', errors);
  return errors;
}

function fixture() {
  const s = story('s-1', [
    para('k', S.kicker, '为民办实事'),
    para('h', S.headline, '校园科技节引领绿色低碳新风尚'),
    para('b', S.byline, '□记者 郑晓琳'),
    para('p', S.body, '近日，市中区光明路小学举行了校园科技节。'),
    para('c', S.caption, '学生展示作品。'),
  ]);
  const ed = edition(
    [page('p1', 1, [imageFrame('img', { x: 40, y: 100, width: 300, height: 200 }, 'photo', 'g', { storyId: 's-1', paragraphId: 'c' }), textFrame('f', { x: 40, y: 300, width: 300, height: 100 }, 's-1', { groupId: 'g' })])],
    [s],
    [asset('photo', 3200, 2400, { credit: '郑晓琳' })],
  );
  const layout = editionLayout([pageLayout(ed, 'p1', [frameLayout('f', 's-1', [column('s-1', { x: 40, y: 300, width: 300, height: 100 }, 3)])])]);
  const articles = collectArticles(ed, layout, ['p1']);
  const image = { src: 'pages/A01.jpg', width: 1538, height: 2214, bytes: 1 };
  const pages: EpaperPageRecord[] = [
    { id: 'p1', label: 'A01', number: 1, section: '要闻', banner: 'A01版：要闻', stem: 'A01', width: 738.425, height: 1062.992, image, thumb: image, pdf: 'pdf/A01.pdf', articleIds: ['s-1'], hotspots: [] },
  ];
  return { ed, articles, pages };
}

describe('toNinjs', () => {
  it('writes records whose ninjs fields pass the ninjs 2.0 schema, the x- extensions aside', () => {
    const { ed, articles, pages } = fixture();
    const record = toNinjs(articles[0]!, { edition: ed, pages });
    expect(validate(ninjsCore(record))).toEqual([]);
    expect(Object.keys(record).filter((k) => !(k in ninjsCore(record)))).toEqual(['x-page', 'x-zones']);
    // Stricter than the schema asks: each photo is, its name aside, a ninjs object of its own.
    for (const { name, ...photo } of record.associations ?? []) {
      expect(name).toMatch(/^picture\d+$/u);
      expect(validate(photo)).toEqual([]);
    }
  });

  it('carries the headlines by role, the byline, the body, the date and the photo with its rendition', () => {
    const { ed, articles, pages } = fixture();
    const record = toNinjs(articles[0]!, { edition: ed, pages });
    expect(record.uri).toBe('urn:galley:ed-1:article:s-1');
    expect(record.headlines).toEqual([
      { role: 'kicker', value: '为民办实事' },
      { role: 'main', value: '校园科技节引领绿色低碳新风尚' },
    ]);
    expect(record.by).toBe('记者 郑晓琳');
    expect(record.language).toBe('zh-CN');
    expect(record.versioncreated).toBe('2023-05-15T00:00:00+08:00');
    expect(record.bodies[0]?.value).toBe('近日，市中区光明路小学举行了校园科技节。\n\n学生展示作品。');
    expect(record.bodies[0]?.charcount).toBe(20);
    expect(record.associations).toEqual([
      {
        name: 'picture1',
        uri: 'urn:galley:ed-1:asset:photo',
        type: 'picture',
        representationtype: 'full',
        descriptions: [
          { role: 'caption', value: '学生展示作品。' },
          { role: 'alt', value: '学生展示作品。' },
        ],
        by: '郑晓琳',
        renditions: [{ name: 'web', href: 'images/photo.jpg', contenttype: 'image/jpeg', width: 1600, height: 1200 }],
      },
    ]);
  });

  it('puts the page and the hotspot polygons in page points into x-page and x-zones', () => {
    const { ed, articles, pages } = fixture();
    const record = toNinjs(articles[0]!, { edition: ed, pages, utcOffset: 'Z' });
    expect(record.versioncreated).toBe('2023-05-15T00:00:00Z');
    expect(record['x-page']).toEqual({ id: 'p1', label: 'A01', number: 1, section: '要闻', banner: 'A01版：要闻' });
    expect(record['x-zones']).toEqual([{ pageId: 'p1', label: 'A01', number: 1, width: 738.425, height: 1062.992, polygons: articles[0]!.zones[0]!.polygons }]);
    expect(record['x-zones'][0]?.polygons[0]).toEqual([
      { x: 40, y: 100 },
      { x: 340, y: 100 },
      { x: 340, y: 335.2 },
      { x: 40, y: 335.2 },
    ]);
  });

  it('leaves out the byline and the associations of a story without them, and still validates', () => {
    const ed = edition([page('p1', 1, [textFrame('f', { x: 40, y: 100, width: 100, height: 100 }, 'x y')])], [story('x y', [para('h', S.headline, '短讯'), para('p', S.body, '内容')])]);
    const [a] = collectArticles(ed, editionLayout([]), ['p1']);
    const record = toNinjs(a!, { edition: ed, pages: [] });
    expect(record.uri).toBe('urn:galley:ed-1:article:x%20y');
    expect('by' in record || 'associations' in record).toBe(false);
    expect(record['x-page']).toBeNull();
    expect(validate(ninjsCore(record))).toEqual([]);
    expect(validate({ ...ninjsCore(record), headline: 'x' })).toEqual(['$: headline is not a ninjs 2.0 property (additionalProperties: false)']);
  });
});
