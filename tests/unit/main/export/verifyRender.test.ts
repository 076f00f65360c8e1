// The exported sample edition rendered by renderers nobody here wrote: Ghostscript draws every
// page with nothing on stderr (and no "Error"/"Warning" lines on stdout, where gs also reports),
// and pdf.js loads and renders every page with no warning, its ink where the layout put text and
// its picture the same as poppler's frame by frame (a .notdef box or a fallback font has ink
// too, but not the same picture).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExportedEdition, exportSampleEdition } from './support/exportedEdition';
import { textFrameBoxes, toPixels } from './support/layoutBoxes';
import { renderWithPdfjs } from './support/pdfjsRender';
import { blur3, correlation, darkPixels, type GreyImage, readPgm } from './support/pixels';
import { pageBoxes, tool, trimOffset } from './support/tools';

let sample: ExportedEdition;

beforeAll(async () => {
  sample = await exportSampleEdition();
}, 180_000);

afterAll(async () => {
  await sample?.dispose();
});

/** Ghostscript renders every page to greyscale PGM at 72 dpi; returns what it said and drew. */
async function ghostscript(file: string, tag: string): Promise<{ code: number; stdout: string; stderr: string; pages: GreyImage[] }> {
  const prefix = `gs-${tag}-`;
  const { code, stdout, stderr } = await tool('gs', ['-dSAFER', '-dBATCH', '-dNOPAUSE', '-q', '-sDEVICE=pgmraw', '-r72', `-sOutputFile=${join(sample.tmp, `${prefix}%d.pgm`)}`, file]);
  const names = (await readdir(sample.tmp)).filter((f) => f.startsWith(prefix)).sort((a, b) => Number(/(\d+)\.pgm$/u.exec(a)?.[1]) - Number(/(\d+)\.pgm$/u.exec(b)?.[1]));
  return { code, stdout, stderr, pages: await Promise.all(names.map((n) => readPgm(join(sample.tmp, n)))) };
}

/** gs reports PDF trouble on stdout as "**** Error …" / "**** Warning …", the rest on stderr. */
const gsComplaints = (stdout: string): string[] => stdout.split('\n').filter((l) => /error|warning/iu.test(l));

describe('Ghostscript', () => {
  it('renders every page of the edition PDF and of each page PDF with exit 0, an empty stderr and no error or warning', async () => {
    const files = [sample.editionPdf, ...sample.pagePdfs];
    for (const [i, file] of files.entries()) {
      const gs = await ghostscript(file, String(i));
      expect(gs.code, file).toBe(0);
      expect(gs.stderr, file).toBe('');
      expect(gsComplaints(gs.stdout), file).toEqual([]);
      const pages = file === sample.editionPdf ? sample.layout.pages : [sample.layout.pages[i - 1]!];
      expect(gs.pages, file).toHaveLength(pages.length);
      const boxes = await pageBoxes(file);
      // It drew the text: ink in every text frame, as the layout placed it.
      for (const [p, layout] of pages.entries()) {
        for (const box of textFrameBoxes(layout)) {
          const r = toPixels(box, 1, trimOffset(boxes[p]!));
          expect(darkPixels(gs.pages[p]!, r.x0, r.y0, r.x1, r.y1), `${file} page ${p + 1} frame ${box.frameId}`).toBeGreaterThan(box.lines * 3);
        }
      }
    }
  }, 120_000);

  it('does complain about a damaged file (the check can fail)', async () => {
    const damaged = join(sample.tmp, 'damaged.pdf');
    const bytes = await readFile(sample.pagePdfs[0]!);
    await writeFile(damaged, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const gs = await ghostscript(damaged, 'damaged');
    expect(gs.stderr !== '' || gsComplaints(gs.stdout).length > 0 || gs.code !== 0).toBe(true);
  }, 60_000);
});

describe('pdf.js', () => {
  it('loads and renders every page of the edition PDF with no warning at all', async () => {
    const { pages, messages } = await renderWithPdfjs(sample.editionPdf, 0.5);
    expect(messages).toEqual([]);
    expect(pages).toHaveLength(sample.edition.pages.length);
  }, 120_000);

  it('draws each text frame of the page PDF as poppler does: ink where the layout put text, the same picture (blurred correlation > 0.85)', async () => {
    const file = sample.pagePdfs[0]!;
    const { pages, messages } = await renderWithPdfjs(file, 1);
    expect(messages).toEqual([]);
    const pdfjsPage = pages[0]!;
    const pp = await tool('pdftoppm', ['-r', '72', '-gray', '-singlefile', file, join(sample.tmp, 'poppler')]);
    expect(pp.stderr).toBe('');
    const poppler = await readPgm(join(sample.tmp, 'poppler.pgm'));
    expect([pdfjsPage.width, pdfjsPage.height]).toEqual([poppler.width, poppler.height]);
    const offset = trimOffset((await pageBoxes(file))[0]!);
    const boxes = textFrameBoxes(sample.layout.pages[0]!);
    expect(boxes.length).toBeGreaterThan(5);
    const [a, b] = [blur3(pdfjsPage), blur3(poppler)];
    // A text box may touch a photo (a caption's ascent reaches its frame); the two scale images differently.
    const page0 = sample.edition.pages[0]!;
    const images = page0.frames.filter((f) => f.kind === 'image').map((f) => toPixels({ x0: f.x - 1, y0: f.y - 1, x1: f.x + f.width + 1, y1: f.y + f.height + 1 }, 1, offset));
    const figures: string[] = [];
    for (const box of boxes) {
      const r = toPixels(box, 1, offset);
      expect(darkPixels(pdfjsPage, r.x0, r.y0, r.x1, r.y1), `frame ${box.frameId}`).toBeGreaterThan(box.lines * 3);
      const rho = correlation(a, b, r, images);
      figures.push(`${box.frameId} ${rho.toFixed(3)}`);
      // Two rasterisers of the same outlines at 72 dpi, blurred by a pixel, correlate at 0.91–0.97
      // here; a picture shifted by one pixel already falls to 0.3–0.8, other glyphs lower still.
      expect(rho, `pdf.js vs poppler in frame ${box.frameId}`).toBeGreaterThan(0.85);
    }
    console.info(`pdf.js vs poppler, correlation per text frame: ${figures.join(', ')}`);
  }, 120_000);
});
