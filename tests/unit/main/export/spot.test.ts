// Spot colours: a swatch with a `spot` ink paints as a Separation colour space named after the
// ink, with a DeviceCMYK alternate giving the swatch's CMYK, one colour space per ink per
// document; tints of the ink paint as tints; process colours stay DeviceCMYK. Checked in qpdf's
// object view, in the content stream, and by Ghostscript's tiffsep device, which writes one plate
// per separation it finds.
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inkName, spotTint } from '../../../../src/main/services/export/pdf';
import { type BoxFrame, type Cmyk, type Edition, type RuleFrame, parseEdition } from '../../../../src/shared/model';
import { sampleEdition } from '../layout/sampleLayout';
import { type Composed, composed, deref, paintTo, qpdfJson, run, testOutput } from './pdfxFixture';

const PANTONE = 'PANTONE 485 C';
const GOLD = '报头金';
const pantone: Cmyk = { c: 0, m: 95, y: 100, k: 0, spot: PANTONE };
const gold: Cmyk = { c: 0, m: 20, y: 60, k: 20, spot: GOLD };
const blue: Cmyk = { c: 100, m: 60, y: 0, k: 0 };

const frameBase = { name: '', locked: false, groupId: null, wrap: { enabled: false, offsets: { top: 0, right: 0, bottom: 0, left: 0 } } };
const box = (id: string, x: number, fill: Cmyk): BoxFrame => ({ ...frameBase, id, kind: 'box', x, y: 1200, width: 60, height: 40, stroke: null, fill });

/** The sample with boxes in two spot inks (one twice), a half-tint rule of one ink, and a process box. */
function spotEdition(): Edition {
  const base = sampleEdition();
  const rule: RuleFrame = { ...frameBase, id: 'spot-rule', kind: 'rule', x: 40, y: 1280, width: 300, height: 0, stroke: { width: 4, color: { ...pantone, m: 47.5, y: 50 } } };
  const page = base.pages[0]!;
  const frames = [...page.frames, box('spot-a', 40, pantone), box('spot-b', 120, pantone), box('spot-gold', 200, gold), box('process', 280, blue), rule];
  const checked = parseEdition({ ...base, swatches: [...base.swatches, { id: 'sw-485', name: '专色红', color: pantone }], pages: [{ ...page, frames }, ...base.pages.slice(1)] });
  if (!checked.ok) throw new Error(checked.issues.map((i) => `${i.path}: ${i.reason}`).join('; '));
  return checked.edition;
}

let tmp: string;
let c: Composed;
let x4: string;
let x1a: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'galley-spot-'));
  c = await composed(spotEdition());
  x4 = (await paintTo(c, tmp, 'spot-x4.pdf', testOutput())).file;
  x1a = (await paintTo(c, tmp, 'spot-x1a.pdf', testOutput({ pdfx: '1a', marks: true }))).file;
}, 120_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

type Objects = Awaited<ReturnType<typeof qpdfJson>>['objects'];
const separations = (objects: Objects): unknown[][] => Object.values(objects).map((o) => o.value).filter((v): v is unknown[] => Array.isArray(v) && v[0] === '/Separation');

async function pageContent(file: string): Promise<string> {
  const { objects, trailer } = await qpdfJson(file);
  const pages = deref(objects, (deref(objects, trailer['/Root']) as Record<string, unknown>)['/Pages']) as { '/Kids': string[] };
  const page = deref(objects, pages['/Kids'][0]) as { '/Contents': string[] };
  let out = '';
  for (const ref of page['/Contents']) out += (await run('qpdf', [`--show-object=${ref.split(' ')[0]}`, '--filtered-stream-data', file])).stdout;
  return out;
}

describe('spotTint', () => {
  it('is the factor of a proportional colour of the ink, and 1 otherwise', () => {
    expect(spotTint(pantone, pantone)).toBe(1);
    expect(spotTint({ ...pantone, m: 47.5, y: 50 }, pantone)).toBe(0.5);
    expect(spotTint({ ...pantone, m: 10, y: 90 }, pantone)).toBe(1);
  });
});

describe('inkName', () => {
  it('writes the ink name as UTF-8 with #xx escapes, spaces included', () => {
    expect(inkName(PANTONE).toString()).toBe('/PANTONE#20485#20C');
    expect(inkName(GOLD).toString()).toBe(`/${[...Buffer.from(GOLD, 'utf8')].map((b) => `#${b.toString(16).toUpperCase()}`).join('')}`);
  });
});

describe.each([
  ['4', () => x4],
  ['1a', () => x1a],
] as const)('paintPdf spot colours (PDF/X-%s)', (_pdfx, file) => {
  it('defines one Separation per ink, named after it, with a DeviceCMYK Type 2 alternate giving its CMYK', async () => {
    const { objects } = await qpdfJson(file());
    const spots = separations(objects).filter((s) => s[1] !== '/All');
    // qpdf prints names decoded: the UTF-8 bytes come back as the ink's own name.
    expect(spots.map((s) => s[1]).sort()).toEqual([`/${PANTONE}`, `/${GOLD}`].sort());
    for (const s of spots) {
      expect(s[2]).toBe('/DeviceCMYK');
      const fn = deref(objects, s[3]) as Record<string, unknown>;
      expect(fn['/FunctionType']).toBe(2);
      expect(fn['/Domain']).toEqual([0, 1]);
      expect(fn['/C0']).toEqual([0, 0, 0, 0]);
      const ink = s[1] === `/${PANTONE}` ? pantone : gold;
      expect(fn['/C1']).toEqual([ink.c, ink.m, ink.y, ink.k].map((v) => v / 100));
    }
  });

  it('paints spot boxes with cs/scn, the rule as a half tint with CS/SCN, and the process box in DeviceCMYK', async () => {
    const stream = await pageContent(file());
    expect(stream.match(/\/CS1 cs 1 scn/gu)).toHaveLength(2);
    expect(stream).toMatch(/\/CS2 cs 1 scn/u);
    expect(stream).toMatch(/\/CS1 CS 0\.5 SCN/u);
    expect(stream).toMatch(/\n1 0\.6 0 0 k\n/u);
    // No RGB or Gray operators sneak in.
    expect(stream).not.toMatch(/\s(rg|RG|g|G)\n/u);
  });

  it('lists the inks in the page resources under the names the content uses', async () => {
    const { objects, trailer } = await qpdfJson(file());
    const pages = deref(objects, (deref(objects, trailer['/Root']) as Record<string, unknown>)['/Pages']) as { '/Kids': string[] };
    const page = deref(objects, pages['/Kids'][0]) as { '/Resources': unknown };
    const resources = deref(objects, page['/Resources']) as Record<string, unknown>;
    const spaces = deref(objects, resources['/ColorSpace']) as Record<string, string>;
    const cs1 = deref(objects, spaces['/CS1']) as unknown[];
    expect(cs1[1]).toBe(`/${PANTONE}`);
    expect((deref(objects, spaces['/CS2']) as unknown[])[1]).toBe(`/${GOLD}`);
  });
});

describe('Ghostscript tiffsep on the spot page', () => {
  it('writes a plate for each spot ink with ink where the boxes are, and renders with an empty stderr', async () => {
    const dir = join(tmp, 'sep');
    await mkdir(dir);
    const r = await run('gs', ['-q', '-dSAFER', '-dBATCH', '-dNOPAUSE', '-sDEVICE=tiffsep', '-r10', '-o', join(dir, 'p.tif'), x4]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const files = await readdir(dir);
        expect(files.filter((f) => /\((Cyan|Magenta|Yellow|Black)\)/u.test(f))).toHaveLength(4);
    expect(files.length).toBe(1 + 4 + 2); // composite, CMYK, two spot inks
    // Each spot plate holds ink somewhere and paper elsewhere (identify's darkest and lightest differ).
    for (const ink of [PANTONE, GOLD]) {
      // Ghostscript percent-encodes the UTF-8 bytes of a non-ASCII ink name in the file name.
      const plate = files.find((f) => f.includes(`(${ink})`) || f.includes(`(${encodeURIComponent(ink)})`));
      expect(plate, `${ink} in ${files.join(', ')}`).toBeDefined();
      const range = await run('identify', ['-format', '%[fx:minima.intensity] %[fx:maxima.intensity]', join(dir, plate!)]);
      const [min, max] = range.stdout.trim().split(' ').map(Number);
      expect(max! - min!, `${plate}: ${range.stdout} ${range.stderr}`).toBeGreaterThan(0.2);
    }
  }, 60_000);
});
