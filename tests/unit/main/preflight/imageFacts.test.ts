// gatherImageFacts: the colour of each placed image's file from its header (sharp), a missing
// or unreadable file as missing, one entry per image frame (master frames on every page), and
// the print images the pipeline prepared taken over the files.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrintImage } from '../../../../src/main/services/export/printTypes';
import { gatherImageFacts } from '../../../../src/main/services/preflight';
import { type Asset, counterIds, type Edition, emptyEdition, newImageFrame, newPage } from '../../../../src/shared/model';
import { frameKey } from '../../../../src/shared/preflight';

let dir: string;

const asset = (id: string, file: string): Asset => ({ id, kind: 'image', path: `assets/${file}`, mime: file.endsWith('.png') ? 'image/png' : 'image/jpeg', pixelWidth: 8, pixelHeight: 8, description: '', colorSpace: null, ppi: null, caption: '', credit: '', preview: null });

function editionWith(files: Record<string, string>): Edition {
  const base = emptyEdition({ preset: 'tabloid', meta: { paper: '测试报', date: '2023-05-15', issue: null, totalIssue: null, credits: { editor: '', designer: '', proofreader: '' } }, newId: counterIds() });
  const ids = Object.keys(files);
  const frames = ids.map((id, i) => newImageFrame(`f-${id}`, { x: 50, y: 100 + i * 60, width: 50, height: 50 }, { assetId: id }));
  const master = { id: 'm', name: '要闻', frames: [newImageFrame('logo', { x: 50, y: 20, width: 50, height: 20 }, { assetId: ids[0]! })], guides: { vertical: [], horizontal: [] } };
  return {
    ...base,
    masters: [master],
    pages: [{ ...newPage({ id: 'p1', number: 1, label: 'A01', section: '', masterId: 'm' }), frames }, newPage({ id: 'p2', number: 2, label: 'A02', section: '', masterId: 'm' })],
    assets: ids.map((id) => asset(id, files[id]!)),
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-imagefacts-'));
  await mkdir(join(dir, 'assets'));
  const red = () => sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 200, g: 30, b: 30 } } });
  await red().png().toFile(join(dir, 'assets', 'rgb.png'));
  await red().toColourspace('b-w').png().toFile(join(dir, 'assets', 'grey.png'));
  await red().toColourspace('cmyk').jpeg().toFile(join(dir, 'assets', 'cmyk.jpg'));
  await writeFile(join(dir, 'assets', 'broken.png'), 'not an image');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gatherImageFacts', () => {
  it('tells RGB, grey and CMYK files apart from their headers, and marks missing or unreadable files', async () => {
    const edition = editionWith({ a: 'rgb.png', b: 'grey.png', c: 'cmyk.jpg', d: 'gone.png', e: 'broken.png' });
    const facts = await gatherImageFacts(edition, dir);
    const colour = (id: string) => facts.get(frameKey('p1', `f-${id}`));
    expect(colour('a')).toEqual({ missing: false, sourceColor: 'rgb', maxInk: null });
    expect(colour('b')).toEqual({ missing: false, sourceColor: 'grey', maxInk: null });
    expect(colour('c')).toEqual({ missing: false, sourceColor: 'cmyk', maxInk: null });
    expect(colour('d')).toEqual({ missing: true, sourceColor: null, maxInk: null });
    expect(colour('e')).toEqual({ missing: true, sourceColor: null, maxInk: null });
  });

  it('has an entry for master frames on every page that shows them', async () => {
    const facts = await gatherImageFacts(editionWith({ a: 'rgb.png' }), dir);
    expect([...facts.keys()].sort()).toEqual([frameKey('p1', 'f-a'), frameKey('p1', 'logo'), frameKey('p2', 'logo')].sort());
  });

  it('takes a prepared print image’s report over the file: its source colour and measured ink', async () => {
    const prepared = new Map<string, PrintImage>([[frameKey('p1', 'f-a'), { assetId: 'a', width: 8, height: 8, colorSpace: 'DeviceCMYK', bitsPerComponent: 8, filter: 'FlateDecode', data: new Uint8Array(), report: { sourceColor: 'rgb', sourcePixelWidth: 8, sourcePixelHeight: 8, passedThrough: false, convertedToCmyk: true, downsampled: false, effectivePpi: 11.52, maxInk: 231.5 } }]]);
    const facts = await gatherImageFacts(editionWith({ a: 'gone.png' }), dir, prepared);
    expect(facts.get(frameKey('p1', 'f-a'))).toEqual({ missing: false, sourceColor: 'rgb', maxInk: 231.5 });
    expect(facts.get(frameKey('p1', 'logo'))?.missing).toBe(true);
  });
});
