import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnEdges, counterIds, fillTemplate, type Frame, ParagraphStyleIds, parseEdition, spanWidth, typeArea } from '../../../../src/shared/model';
import { buildSampleEdition, MASTHEAD_NAME, readPngInfo, type SampleEdition } from '../../../../src/main/services/sample';
import { decodeRgbPng } from './pngDecode';

const SEED = readFileSync(join(import.meta.dirname, '../../../../resources/sample/seed-page.txt'), 'utf8');
const EPS = 0.01;

describe('buildSampleEdition', () => {
  let sample: SampleEdition;
  beforeAll(() => {
    sample = buildSampleEdition({ newId: counterIds(), seedText: SEED });
  });
  const page = () => sample.edition.pages[0];
  const masthead = (): Frame[] => {
    const group = page()?.frames.find((f) => f.name === MASTHEAD_NAME)?.groupId;
    return page()?.frames.filter((f) => group && f.groupId === group) ?? [];
  };
  const allFrames = (): Frame[] => [...(sample.edition.masters[0]?.frames ?? []), ...(page()?.frames ?? [])];

  it('passes parseEdition', () => {
    const parsed = parseEdition(JSON.parse(JSON.stringify(sample.edition)));
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it('is one broadsheet page, A01 要闻, of 今日市中 for 2023-05-15, with the running head on its master', () => {
    const { edition } = sample;
    expect(edition.format.name).toBe('对开');
    expect(edition.meta).toMatchObject({ paper: '今日市中', date: '2023-05-15' });
    expect(edition.pages.map((p) => [p.number, p.label, p.section, p.masterId])).toEqual([[1, 'A01', '要闻', edition.masters[0]?.id]]);
    const heads = edition.masters[0]?.frames.filter((f) => f.kind === 'text') ?? [];
    expect(heads.map((f) => (f.kind === 'text' ? fillTemplate(f.template ?? '', edition.meta, edition.pages[0]!) : null))).toEqual(['今日市中  2023年5月15日  星期一', '第一版  要闻']);
    const head = heads[0];
    const rule = edition.masters[0]?.frames.find((f) => f.kind === 'rule');
    expect(rule?.y).toBe(head ? head.y + head.height : NaN);
  });

  it('places every article (and the promo strip) in exactly one text frame', () => {
    const placed = page()?.frames.flatMap((f) => (f.kind === 'text' && f.storyId ? [f.storyId] : [])) ?? [];
    expect([...placed].sort()).toEqual(sample.edition.stories.map((s) => s.id).sort());
    const articles = sample.report.stories.filter((s) => s.kind === 'article');
    expect(articles).toHaveLength(9);
    for (const frame of page()?.frames ?? []) {
      if (frame.kind === 'text' && frame.storyId) expect(frame.name).toBe(sample.edition.stories.find((s) => s.id === frame.storyId)?.slug);
    }
  });

  it('keeps every frame inside the type area', () => {
    const area = typeArea(sample.edition.format);
    for (const f of allFrames()) {
      expect(f.x).toBeGreaterThanOrEqual(area.x - EPS);
      expect(f.y).toBeGreaterThanOrEqual(area.y - EPS);
      expect(f.x + f.width).toBeLessThanOrEqual(area.x + area.width + EPS);
      expect(f.y + f.height).toBeLessThanOrEqual(area.y + area.height + EPS);
    }
  });

  it('lets no two frames overlap, but the running head’s two lines, which share its width', () => {
    const [head, number, ...rest] = allFrames();
    expect([head, number].map((f) => (f?.kind === 'text' ? [f.name, f.templateAlign] : null))).toEqual([
      ['报眉', 'inside'],
      ['报眉版次', 'outside'],
    ]);
    const frames = [head!, ...rest];
    for (const [i, a] of frames.entries()) {
      for (const b of frames.slice(i + 1)) {
        const overlap = a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.height - EPS && b.y < a.y + a.height - EPS;
        expect(overlap, `${a.name} overlaps ${b.name}`).toBe(false);
      }
    }
  });

  it('snaps frames to the column grid and the baseline grid', () => {
    const { format } = sample.edition;
    const lefts = columnEdges(format).map((e) => e.left);
    const top = typeArea(format).y;
    const pitch = format.baselineGrid.pitch;
    for (const f of allFrames()) {
      expect(lefts.some((x) => Math.abs(x - f.x) < EPS), `${f.name} x ${f.x}`).toBe(true);
      const lines = (f.y - top) / pitch;
      expect(Math.abs(lines - Math.round(lines)), `${f.name} y ${f.y}`).toBeLessThan(1e-3);
      const span = [1, 2, 3, 4, 5, 6, 7, 8].find((k) => Math.abs(spanWidth(format, k) - f.width) < EPS);
      expect(span, `${f.name} width ${f.width}`).toBeDefined();
      // Article frames have as many frame columns as base columns; the promo strip runs 2 wide
      // ones, and the masthead's name one.
      if (f.kind === 'text' && f.storyId && f.name !== '推广语' && f.name !== MASTHEAD_NAME) expect(f.columns).toBe(span);
    }
  });

  it('opens the page with the lead story, top left under the masthead, at least 4 columns wide', () => {
    const frames = page()?.frames ?? [];
    const lead = sample.report.stories.find((s) => s.kind === 'article');
    const leadFrame = frames.find((f) => f.kind === 'text' && f.storyId === lead?.storyId);
    const area = typeArea(sample.edition.format);
    const mastheadFoot = Math.max(...masthead().map((f) => f.y + f.height));
    expect(leadFrame?.x).toBe(area.x);
    expect(leadFrame?.y).toBe(Math.min(...frames.filter((f) => f.y > mastheadFoot).map((f) => f.y)));
    expect(leadFrame?.y).toBeGreaterThan(mastheadFoot);
    expect(leadFrame?.width).toBeGreaterThanOrEqual(spanWidth(sample.edition.format, 4));
  });

  it('sets a masthead (报头) on page 1 under the running head: the paper name large, the date and issue filled in, one group above every article', () => {
    const frames = masthead();
    expect(frames.map((f) => f.kind).sort()).toEqual(['rule', 'text', 'text']);
    expect(new Set(frames.map((f) => f.groupId)).size).toBe(1);
    expect(frames[0]?.groupId).not.toBeNull();
    const name = frames.find((f) => f.kind === 'text' && f.storyId !== null);
    const story = sample.edition.stories.find((s) => name?.kind === 'text' && s.id === name.storyId);
    expect(story?.slug).toBe(MASTHEAD_NAME);
    expect(story?.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual([sample.edition.meta.paper]);
    const style = sample.edition.styles.paragraph.find((s) => s.id === story?.paragraphs[0]?.style);
    const body = sample.edition.styles.paragraph.find((s) => s.id === ParagraphStyleIds.body);
    expect(style?.size).toBeGreaterThanOrEqual(4 * (body?.size ?? Infinity));
    expect(style?.weight).toBe('bold');
    const info = frames.find((f) => f.kind === 'text' && f.template !== null);
    expect(info?.kind === 'text' ? fillTemplate(info.template ?? '', sample.edition.meta, page()!) : null).toBe('2023年5月15日　第1期');
    // Under the running head's rule, above every other frame of the page.
    const headRule = sample.edition.masters[0]?.frames.find((f) => f.kind === 'rule');
    const foot = Math.max(...frames.map((f) => f.y + f.height));
    expect(Math.min(...frames.map((f) => f.y))).toBeGreaterThan(headRule?.y ?? Infinity);
    for (const f of page()?.frames ?? []) if (!frames.includes(f)) expect(f.y, f.name).toBeGreaterThan(foot);
  });

  it('links the photo to the caption paragraph and ships a decodable PNG of the recorded size', () => {
    const image = page()?.frames.find((f) => f.kind === 'image');
    expect(image?.kind).toBe('image');
    if (image?.kind !== 'image') return;
    const figure = sample.report.figures[0];
    expect(image.caption).toEqual({ storyId: figure?.storyId, paragraphId: figure?.paragraphId });
    const story = sample.edition.stories.find((s) => s.id === image.caption?.storyId);
    expect(story?.paragraphs.find((p) => p.id === image.caption?.paragraphId)?.style).toBe(ParagraphStyleIds.caption);
    // The picture story's text frame sits right under the photo, in the same columns.
    const text = page()?.frames.find((f) => f.kind === 'text' && f.storyId === story?.id);
    expect([text?.x, text?.y, text?.width]).toEqual([image.x, image.y + image.height, image.width]);
    // …and is grouped with it: the e-paper gives a photo to the article whose text frame shares its group.
    expect(image.groupId).not.toBeNull();
    expect(text?.groupId).toBe(image.groupId);
    expect(page()?.frames.filter((f) => f.groupId === image.groupId)).toHaveLength(2);

    const asset = sample.edition.assets.find((a) => a.id === image.assetId);
    expect(asset).toMatchObject({ kind: 'image', mime: 'image/png', path: 'assets/keji-jie-photo.png' });
    expect(asset?.description).toMatch(/not a real photograph/u);
    const file = sample.assets.find((a) => a.path === asset?.path);
    const info = readPngInfo(file?.bytes ?? new Uint8Array());
    expect([info.width, info.height, info.bitDepth, info.colorType]).toEqual([asset?.pixelWidth, asset?.pixelHeight, 8, 2]);
    // The frame's shape is the image's shape, and the placed resolution is print quality.
    expect(Math.abs(info.width / info.height - image.width / image.height)).toBeLessThan(0.005);
    expect(info.width / (image.width / 72)).toBeGreaterThanOrEqual(150);
  });

  it('paints a photo with real variety: a blue sky above, detail everywhere, smooth like a photo rather than noise', () => {
    const { width, height, rgb } = decodeRgbPng(sample.assets[0]?.bytes ?? new Uint8Array());
    const at = (x: number, y: number, k: number): number => rgb[(y * width + x) * 3 + k] ?? 0;
    let blueTop = 0;
    for (let x = 0; x < width; x += 7) if (at(x, Math.round(height * 0.05), 2) > at(x, Math.round(height * 0.05), 0)) blueTop++;
    expect(blueTop / Math.ceil(width / 7)).toBeGreaterThan(0.5);
    const luma: number[] = [];
    let neighbour = 0;
    for (let y = 0; y < height; y += 5) {
      for (let x = 0; x < width - 1; x += 5) {
        const l = (at(x, y, 0) + at(x, y, 1) + at(x, y, 2)) / 3;
        luma.push(l);
        neighbour += Math.abs(l - (at(x + 1, y, 0) + at(x + 1, y, 1) + at(x + 1, y, 2)) / 3);
      }
    }
    const mean = luma.reduce((a, b) => a + b, 0) / luma.length;
    const spread = Math.sqrt(luma.reduce((a, b) => a + (b - mean) ** 2, 0) / luma.length);
    expect(spread).toBeGreaterThan(25); // tones from dark hair to white clouds
    expect(neighbour / luma.length).toBeLessThan(spread / 4); // neighbours alike: shapes, not static
  });

  it('is deterministic for a deterministic id source', () => {
    const again = buildSampleEdition({ newId: counterIds(), seedText: SEED });
    expect(again.edition).toEqual(sample.edition);
    expect(Buffer.from(again.assets[0]?.bytes ?? []).equals(Buffer.from(sample.assets[0]?.bytes ?? []))).toBe(true);
  });
});

