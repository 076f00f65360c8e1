// Colour in the exported sample, as the plant's tools see it: `pdfimages -list` lists only CMYK or
// grey images (the sample's photo is an RGB PNG, so it must have been converted), and no content
// stream or resource sets RGB: no rg/RG, no /DeviceRGB or /CalRGB via cs/CS, no inline RGB image,
// no colour space (resource, image, shading, transparency group) that is RGB or ICCBased with
// three components. Faults planted in a copy of the real output prove the scan sees them.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExportedEdition, exportSampleEdition } from './support/exportedEdition';
import { badColourSpace, rgbOperators, rgbUses } from './support/pdfColour';
import { editPageContent } from './support/qdf';
import { tool } from './support/tools';

let sample: ExportedEdition;

beforeAll(async () => {
  sample = await exportSampleEdition();
}, 180_000);

afterAll(async () => {
  await sample?.dispose();
});

interface ListedImage {
  readonly page: number;
  readonly type: string;
  readonly width: number;
  readonly height: number;
  readonly color: string;
  readonly row: string;
}

async function listImages(file: string): Promise<ListedImage[]> {
  const { code, stdout, stderr } = await tool('pdfimages', ['-list', file]);
  expect(code, stderr).toBe(0);
  expect(stderr).toBe('');
  return stdout
    .trim()
    .split('\n')
    .slice(2)
    .map((row) => {
      const cells = row.trim().split(/\s+/u);
      return { page: Number(cells[0]), type: cells[2] ?? '', width: Number(cells[3]), height: Number(cells[4]), color: cells[5] ?? '', row };
    });
}

describe('pdfimages -list', () => {
  it('lists the sample photo, and every image in CMYK or grey, in the page and the edition PDF', async () => {
    const placed = sample.edition.pages.flatMap((p) => p.frames.filter((f) => f.kind === 'image' && f.assetId !== null));
    expect(placed.length).toBeGreaterThan(0);
    const photo = sample.edition.assets.find((a) => a.kind === 'image');
    expect(photo?.mime).toBe('image/png'); // the generated RGB photo: it has to be converted
    for (const file of [sample.pagePdfs[0]!, sample.editionPdf]) {
      const images = (await listImages(file)).filter((i) => i.type === 'image');
      expect(images.length, `${file}: one image per placed image frame`).toBeGreaterThanOrEqual(placed.length);
      for (const image of images) expect(['cmyk', 'gray'], image.row).toContain(image.color);
    }
  });
});

describe('RGB in content streams and resources', () => {
  it('finds none in the page PDF or the edition PDF', async () => {
    for (const file of [sample.pagePdfs[0]!, sample.editionPdf]) {
      const { findings, streams } = await rgbUses(file);
      expect(streams, file).toBeGreaterThanOrEqual(1);
      expect(findings, file).toEqual([]);
    }
  });

  it('finds an rg operator, an RGB cs and an inline RGB image planted in a copy of the page', async () => {
    const planted = join(sample.tmp, 'planted-rgb.pdf');
    await editPageContent(sample.pagePdfs[0]!, planted, 1, (content) => `${content}\nq 1 0 0 rg 0 0 5 5 re f /DeviceRGB cs 0 1 0 sc 5 5 5 5 re f BI /W 1 /H 1 /CS /RGB /BPC 8 ID \u00ff\u0000\u0000 EI Q\n`);
    expect((await tool('qpdf', ['--check', planted])).stdout).toContain('No syntax or stream encoding errors found');
    const { findings } = await rgbUses(planted);
    expect(findings.join('\n')).toMatch(/RGB colour operator "1 0 0 rg"/u);
    expect(findings.join('\n')).toMatch(/RGB colour space set "\/DeviceRGB cs"/u);
    expect(findings.join('\n')).toMatch(/inline image in RGB/u);
    expect(findings).toHaveLength(3);
  });

  it('reads operators, not bytes: rg inside a string or a name is not colour', () => {
    expect(rgbOperators('BT (a 1 0 0 rg b) Tj /rg 1 Tf <726720> Tj ET 0 0 0 1 k')).toEqual([]);
    expect(rgbOperators('0.2 0.3 0.4 RG')).toHaveLength(1);
  });

  it('tells CMYK, grey and spot spaces from RGB ones, through references, ICC component counts and alternates', () => {
    const objects = new Map([
      ['7 0 R', { stream: { dict: { '/N': 3 } } }],
      ['8 0 R', { stream: { dict: { '/N': 4 } } }],
      ['9 0 R', { value: ['/ICCBased', '7 0 R'] }],
    ]);
    expect(badColourSpace(objects, '/DeviceCMYK')).toBeNull();
    expect(badColourSpace(objects, ['/ICCBased', '8 0 R'])).toBeNull();
    expect(badColourSpace(objects, ['/Separation', '/PANTONE#20185#20C', '/DeviceCMYK', '5 0 R'])).toBeNull();
    expect(badColourSpace(objects, '/DeviceRGB')).toBe('/DeviceRGB');
    expect(badColourSpace(objects, '9 0 R')).toMatch(/ICCBased with \/N 3/u);
    expect(badColourSpace(objects, ['/Separation', '/Red', '/DeviceRGB', '5 0 R'])).toMatch(/alternate \/DeviceRGB/u);
    expect(badColourSpace(objects, ['/Indexed', ['/CalRGB', {}], 1, 'u:xx'])).toMatch(/base \/CalRGB/u);
  });
});
