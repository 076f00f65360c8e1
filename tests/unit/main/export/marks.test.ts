// Crop marks and the slug line: the page boxes with and without marks (pdfinfo -box), the marks'
// paths in the content stream (outside the BleedBox, inside the MediaBox, in registration colour)
// and their ink in a render (pdftoppm), the slug text where it was put (pdftotext -x -y -W -H),
// set by the engine in embedded subset fonts (pdffonts).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatOutputTime, MARK_SPACE_MM, slugPlacement, slugText } from '../../../../src/main/services/export/pdf';
import { composeSlugLine, SLUG_FRAME_ID } from '../../../../src/shared/layout/page';
import { mmToPt } from '../../../../src/shared/model';
import { sampleEdition } from '../layout/sampleLayout';
import { type Composed, composed, deref, OUTPUT_AT, paintTo, qpdfJson, run, runUtf8, testOutput } from './pdfxFixture';

let tmp: string;
let c: Composed;
let plain: string;
let marked: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'galley-marks-'));
  c = await composed(sampleEdition());
  plain = (await paintTo(c, tmp, 'plain.pdf', testOutput())).file;
  marked = (await paintTo(c, tmp, 'marked.pdf', testOutput({ marks: true }))).file;
}, 120_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

type Box = [number, number, number, number];

async function boxes(file: string): Promise<{ media: Box; bleed: Box; trim: Box }> {
  const { stdout } = await run('pdfinfo', ['-box', file]);
  const box = (name: string): Box => {
    const v = (new RegExp(`^${name}:\\s+(.+)$`, 'mu').exec(stdout)?.[1] ?? '').trim().split(/\s+/u).map(Number);
    expect(v, `${name} in\n${stdout}`).toHaveLength(4);
    return v as Box;
  };
  return { media: box('MediaBox'), bleed: box('BleedBox'), trim: box('TrimBox') };
}

const near = (got: number, want: number): void => expect(Math.abs(got - want), `${got} vs ${want}`).toBeLessThanOrEqual(0.01);

/** The page's content stream, decoded. */
async function content(file: string): Promise<string> {
  const { objects, trailer } = await qpdfJson(file);
  const catalog = deref(objects, trailer['/Root']) as Record<string, unknown>;
  const pages = deref(objects, catalog['/Pages']) as { '/Kids': string[] };
  const page = deref(objects, pages['/Kids'][0]) as { '/Contents': string | string[] };
  const refs = Array.isArray(page['/Contents']) ? page['/Contents'] : [page['/Contents']];
  let out = '';
  for (const ref of refs) out += (await run('qpdf', [`--show-object=${ref.split(' ')[0]}`, '--filtered-stream-data', file])).stdout;
  return out;
}

/** The segments stroked in registration colour: `m … l` pairs between "/CSAll CS 1 SCN" and "S". */
function registrationSegments(stream: string): Array<[number, number, number, number]> {
  const block = /\/CSAll CS 1 SCN\n([\s\S]*?)\nS\n/u.exec(stream)?.[1] ?? '';
  return [...block.matchAll(/(-?[\d.]+) (-?[\d.]+) m (-?[\d.]+) (-?[\d.]+) l/gu)].map((m) => [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])]);
}

describe('paintPdf page boxes', () => {
  it('without marks: MediaBox = BleedBox = trim + bleed, TrimBox inset by the bleed', async () => {
    const { trim, bleed } = c.edition.format;
    const b = await boxes(plain);
    [0, 0, trim.width + 2 * bleed, trim.height + 2 * bleed].forEach((v, i) => near(b.media[i]!, v));
    b.bleed.forEach((v, i) => near(v, b.media[i]!));
    [bleed, bleed, bleed + trim.width, bleed + trim.height].forEach((v, i) => near(b.trim[i]!, v));
  });

  it('with marks: TrimBox and BleedBox keep their size and relation, the MediaBox grows by the mark space on every side', async () => {
    const p = await boxes(plain);
    const m = await boxes(marked);
    const size = (b: Box): [number, number] => [b[2] - b[0], b[3] - b[1]];
    size(m.trim).forEach((v, i) => near(v, size(p.trim)[i]!));
    size(m.bleed).forEach((v, i) => near(v, size(p.bleed)[i]!));
    // The trim sits in the bleed exactly as before.
    m.trim.forEach((v, i) => near(v - m.bleed[i]!, p.trim[i]! - p.bleed[i]!));
    const space = mmToPt(MARK_SPACE_MM);
    near(m.bleed[0], m.media[0] + space);
    near(m.bleed[1], m.media[1] + space);
    near(m.media[2], m.bleed[2] + space);
    near(m.media[3], m.bleed[3] + space);
    expect(m.media[0]).toBeLessThan(m.bleed[0]);
    expect(m.media[3]).toBeGreaterThan(m.bleed[3]);
  });
});

describe('paintPdf crop marks', () => {
  it('strokes eight 0.25 pt registration-colour marks, all outside the BleedBox and inside the MediaBox, on the trim lines', async () => {
    const stream = await content(marked);
    expect(stream).toMatch(/\/CSAll CS 1 SCN\n0\.25 w\n/u);
    const segments = registrationSegments(stream);
    expect(segments).toHaveLength(8);
    const { media, bleed, trim } = await boxes(marked);
    for (const [x1, y1, x2, y2] of segments) {
      const label = `${x1} ${y1} → ${x2} ${y2}`;
      const outside = Math.max(x1, x2) <= bleed[0] || Math.min(x1, x2) >= bleed[2] || Math.max(y1, y2) <= bleed[1] || Math.min(y1, y2) >= bleed[3];
      expect(outside, label).toBe(true);
      for (const x of [x1, x2]) expect(x >= media[0] && x <= media[2], label).toBe(true);
      for (const y of [y1, y2]) expect(y >= media[1] && y <= media[3], label).toBe(true);
      // Each continues a trim edge.
      const onTrimLine = (y1 === y2 && trim.some((t, i) => i % 2 === 1 && Math.abs(t - y1) < 0.01)) || (x1 === x2 && trim.some((t, i) => i % 2 === 0 && Math.abs(t - x1) < 0.01));
      expect(onTrimLine, label).toBe(true);
    }
    // And a plain page has none.
    expect(registrationSegments(await content(plain))).toEqual([]);
  });

  it('defines registration as the Separation /All with a DeviceCMYK alternate', async () => {
    const { objects } = await qpdfJson(marked);
    const all = Object.values(objects).map((o) => o.value).find((v): v is unknown[] => Array.isArray(v) && v[0] === '/Separation' && v[1] === '/All');
    expect(all?.[2]).toBe('/DeviceCMYK');
    const fn = deref(objects, all?.[3]) as Record<string, unknown>;
    expect(fn['/FunctionType']).toBe(2);
    expect(fn['/C1']).toEqual([1, 1, 1, 1]);
  });

  it('puts ink where each mark is (pdftoppm)', async () => {
    const dpi = 144;
    const base = join(tmp, 'marks-render');
    await run('pdftoppm', ['-r', String(dpi), '-gray', '-singlefile', marked, base]);
    const pgm = await readFile(`${base}.pgm`);
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/u.exec(pgm.subarray(0, 40).toString('latin1'));
    expect(header).not.toBeNull();
    const [width, height] = [Number(header![1]), Number(header![2])];
    const pixels = pgm.subarray(header![0].length);
    const scale = dpi / 72;
    const mediaHeight = (await boxes(marked)).media[3];
    const darkest = (x: number, y: number): number => {
      // A 0.25 pt line is half a pixel here: look at the 3×3 pixels around the point.
      let min = 255;
      const px = Math.round(x * scale);
      const py = Math.round((mediaHeight - y) * scale);
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
        const [cx, cy] = [px + dx, py + dy];
        if (cx >= 0 && cy >= 0 && cx < width && cy < height) min = Math.min(min, pixels[cy * width + cx] ?? 255);
      }
      return min;
    };
    const segments = registrationSegments(await content(marked));
    for (const [x1, y1, x2, y2] of segments) expect(darkest((x1 + x2) / 2, (y1 + y2) / 2), `${x1} ${y1}`).toBeLessThan(200);
    // Paper a little off each mark's middle: the ink is the mark, not a smear.
    for (const [x1, y1, x2, y2] of segments) expect(darkest((x1 + x2) / 2 + (y1 === y2 ? 0 : 6), (y1 + y2) / 2 + (y1 === y2 ? 6 : 0))).toBe(255);
  }, 60_000);
});

describe('paintPdf slug line', () => {
  const expected = (): string => slugText(testOutput().slug, c.edition.pages[0]!);

  it('reads paper, date, page label, issue and output time', () => {
    const text = expected();
    expect(formatOutputTime(OUTPUT_AT)).toBe('2024-01-02 13:45');
    for (const part of ['今日市中', '2023-05-15', c.edition.pages[0]!.label, '第1234期', '2024-01-02 13:45']) expect(text).toContain(part);
  });

  it('comes back from pdftotext in the area below the bleed, and not from inside the trim', async () => {
    const { media, bleed, trim } = await boxes(marked);
    const crop = (x: number, yTop: number, w: number, h: number): string[] => ['-r', '72', '-x', String(Math.floor(x)), '-y', String(Math.floor(yTop)), '-W', String(Math.ceil(w)), '-H', String(Math.ceil(h))];
    const below = await runUtf8('pdftotext', ['-enc', 'UTF-8', ...crop(0, media[3] - bleed[1], media[2], bleed[1]), marked, '-']);
    expect(below.replace(/\s+/gu, ' ').trim()).toBe(expected().replace(/\s+/gu, ' '));
    const inside = await runUtf8('pdftotext', ['-enc', 'UTF-8', ...crop(trim[0], media[3] - trim[3], trim[2] - trim[0], trim[3] - trim[1]), marked, '-']);
    expect(inside).not.toContain('输出');
    expect(await runUtf8('pdftotext', ['-enc', 'UTF-8', plain, '-'])).not.toContain('输出');
  });

  it('is set by the engine as one line at the slug placement, glyphs from the layout fonts', () => {
    const text = expected();
    const at = slugPlacement(c.edition.format);
    const frame = composeSlugLine(c.edition, c.edition.pages[0]!.id, text, at, c.env);
    expect(frame.frameId).toBe(SLUG_FRAME_ID);
    const lines = frame.columns.flatMap((col) => col.lines);
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line.baseline).toBe(at.baseline);
    expect(line.runs.length).toBeGreaterThan(1); // CJK and Latin faces
    let pen = at.x;
    for (const run of line.runs) {
      expect(Math.abs(run.x - pen)).toBeLessThan(0.002);
      expect(run.glyphIds.every((g) => g > 0), 'no .notdef').toBe(true);
      expect(c.env.fonts.byId(run.fontId)).toBeTruthy();
      pen += run.advances.reduce((a, b) => a + b, 0);
    }
    expect(new Set(line.runs.flatMap((r) => r.clusters)).size).toBeGreaterThan(text.replace(/\s/gu, '').length / 2);
    // Below the bleed, clear of the trim.
    expect(line.baseline - line.ascent).toBeGreaterThan(c.edition.format.trim.height + c.edition.format.bleed);
  });

  it('keeps every font embedded as one subset with ToUnicode (pdffonts), the slug glyphs included', async () => {
    const rows = (await run('pdffonts', [marked])).stdout.trim().split('\n').slice(2);
    for (const row of rows) expect(row, row).toMatch(/^[A-Z]{6}\+\S+\s+CID (TrueType|Type 0C)\s+Identity-H\s+yes yes yes\s/u);
    const names = rows.map((r) => r.split(/\s+/u)[0]!.replace(/^[A-Z]{6}\+/u, ''));
    expect(new Set(names).size).toBe(names.length);
    const plainRows = (await run('pdffonts', [plain])).stdout.trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(plainRows.length);
  });
});
