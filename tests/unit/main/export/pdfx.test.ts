// PDF/X-4 (default) and PDF/X-1a output of the sample page, checked with tools nobody here wrote:
// qpdf (structure, and its JSON view of every object), poppler (pdfinfo's Info, XMP and PDF
// subtype; pdffonts) and Ghostscript (renders with nothing on stderr). The page is composed once
// and painted in each flavour into a temp folder.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOutputProfile, OutputProfileError, paintPdf } from '../../../../src/main/services/export/pdf';
import { sampleEdition } from '../layout/sampleLayout';
import { type Composed, composed, deref, PAINT_DATE, paintTo, qpdfJson, run, runUtf8, testOutput, testProfile } from './pdfxFixture';

let tmp: string;
let c: Composed;
let x4: { file: string; bytes: Uint8Array };
let x1a: { file: string; bytes: Uint8Array };

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'galley-pdfx-'));
  c = await composed(sampleEdition());
  x4 = await paintTo(c, tmp, 'x4.pdf', testOutput());
  x1a = await paintTo(c, tmp, 'x1a.pdf', testOutput({ pdfx: '1a' }));
}, 120_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');
type Objects = Awaited<ReturnType<typeof qpdfJson>>['objects'];
const dict = (objects: Objects, v: unknown): Record<string, unknown> => (deref(objects, v) ?? {}) as Record<string, unknown>;

/** Every array anywhere in the document (object values and stream dictionaries). */
function arrays(objects: Objects): unknown[][] {
  const out: unknown[][] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      out.push(v);
      v.forEach(walk);
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const o of Object.values(objects)) walk(o.value ?? o.stream?.dict);
  return out;
}

/** The XMP packet as poppler reads it, and one property from it. */
async function xmp(file: string): Promise<(name: string) => string | undefined> {
  const meta = await runUtf8('pdfinfo', ['-meta', file]);
  return (name) => new RegExp(`<${name}>([^<]*)</${name}>`, 'u').exec(meta)?.[1] ?? (name === 'dc:title' ? /<dc:title>.*?<rdf:li[^>]*>([^<]*)<\/rdf:li>/su.exec(meta)?.[1] : undefined);
}

describe.each([
  ['4', () => x4, '%PDF-1.6', 'PDF/X-4'],
  ['1a', () => x1a, '%PDF-1.4', 'PDF/X-1a:2003'],
] as const)('paintPdf with pdfx %s', (pdfx, pdf, header, version) => {
  it(`starts with ${header} and passes qpdf --check`, async () => {
    expect(latin1(pdf().bytes.subarray(0, 8))).toBe(header);
    const check = await run('qpdf', ['--check', pdf().file]);
    expect(check.stdout + check.stderr).toContain('No syntax or stream encoding errors found');
    expect(check.code).toBe(0);
  });

  it('puts one GTS_PDFX OutputIntent in the Catalog, with the profile embedded as an N 4 ICC stream', async () => {
    const { objects, trailer } = await qpdfJson(pdf().file);
    const catalog = dict(objects, trailer['/Root']);
    const intents = catalog['/OutputIntents'] as unknown[];
    expect(intents).toHaveLength(1);
    const intent = dict(objects, intents[0]);
    const profile = testProfile();
    expect(intent['/Type']).toBe('/OutputIntent');
    expect(intent['/S']).toBe('/GTS_PDFX');
    expect(intent['/OutputConditionIdentifier']).toBe(`u:${profile.outputConditionIdentifier}`);
    expect(intent['/OutputCondition']).toBe(`u:${profile.outputCondition}`);
    expect(intent['/RegistryName']).toBe(`u:${profile.registryName}`);
    expect(intent['/Info']).toBe(`u:${profile.description}`);
    const ref = intent['/DestOutputProfile'] as string;
    expect(objects[`obj:${ref}`]?.stream?.dict['/N']).toBe(4);
    // The embedded bytes are the profile's, exactly.
    const data = join(tmp, `icc-${pdfx}.icc`);
    const shown = await run('qpdf', [`--show-object=${ref.split(' ')[0]}`, '--filtered-stream-data', pdf().file]);
    await writeFile(data, Buffer.from(shown.stdout, 'latin1'));
    expect(Buffer.compare(await readFile(data), Buffer.from(profile.bytes))).toBe(0);
  });

  it('declares the standard in the Info dictionary and in XMP, with the same title, dates and Trapped', async () => {
    const { objects, trailer } = await qpdfJson(pdf().file);
    const info = dict(objects, trailer['/Info']);
    expect(info['/GTS_PDFXVersion']).toBe(`u:${version}`);
    expect(info['/GTS_PDFXConformance']).toBe(pdfx === '1a' ? `u:${version}` : undefined);
    expect(info['/Trapped']).toBe('/False');
    expect(info['/CreationDate']).toBe('u:D:20230515063000Z');
    expect(info['/ModDate']).toBe(info['/CreationDate']);
    expect(info['/Producer']).toBe('u:Galley');
    const title = `${c.edition.meta.paper} ${pdfx === '4' ? 'x4' : 'x1a'}.pdf`;
    expect(info['/Title']).toBe(`u:${title}`);

    const x = await xmp(pdf().file);
    expect(x(pdfx === '4' ? 'pdfxid:GTS_PDFXVersion' : 'pdfx:GTS_PDFXVersion')).toBe(version);
    const iso = PAINT_DATE.toISOString().replace('.000Z', 'Z');
    for (const key of ['xmp:CreateDate', 'xmp:ModifyDate', 'xmp:MetadataDate']) expect(x(key), key).toBe(iso);
    expect(x('dc:title')).toBe(title);
    expect(x('pdf:Trapped')).toBe('False');
    expect(x('pdf:Producer')).toBe('Galley');
    expect(x('xmpMM:DocumentID')).toMatch(/^uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);
    expect(x('xmpMM:InstanceID')).toMatch(/^uuid:/u);
    expect(x('xmpMM:VersionID')).toBe('1');
    expect(x('xmpMM:RenditionClass')).toBe('default');
    // poppler itself recognises the standard from these keys.
    expect(await runUtf8('pdfinfo', [pdf().file])).toMatch(new RegExp(`^PDF subtype:\\s+${version.replace('/', '\\/')}$`, 'mu'));
  });

  it('has a trailer /ID of two equal 16-byte strings, the same as the XMP DocumentID', async () => {
    const { trailer } = await qpdfJson(pdf().file);
    const id = trailer['/ID'] as string[];
    expect(id).toHaveLength(2);
    expect(id[0]).toMatch(/^b:[0-9a-f]{32}$/u);
    expect(id[1]).toBe(id[0]);
    const x = await xmp(pdf().file);
    expect(x('xmpMM:DocumentID')?.replace(/^uuid:/u, '').replaceAll('-', '')).toBe(id[0]?.slice(2));
  });

  it('uses no ICC-based colour anywhere but the output intent, and no transparency', async () => {
    const { objects } = await qpdfJson(pdf().file);
    expect(arrays(objects).filter((a) => a[0] === '/ICCBased')).toEqual([]);
    const values = JSON.stringify(objects);
    for (const key of ['"/SMask"', '"/Group"', '"/CA"', '"/ca"', '"/BM"']) expect(values, key).not.toContain(key);
  });

  it('embeds every font as a subset with ToUnicode (pdffonts)', async () => {
    const rows = (await run('pdffonts', [pdf().file])).stdout.trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(row, row).toMatch(/^[A-Z]{6}\+\S+\s+CID (TrueType|Type 0C)\s+Identity-H\s+yes yes yes\s/u);
  });

  it('renders in Ghostscript with nothing on stderr', async () => {
    const r = await run('gs', ['-q', '-dSAFER', '-dBATCH', '-dNOPAUSE', '-sDEVICE=pnggray', '-r20', '-o', join(tmp, `gs-${pdfx}-%d.png`), pdf().file]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  }, 60_000);
});

describe('paintPdf with pdfx 1a', () => {
  it('writes a classic xref table: no object streams, no cross-reference stream', async () => {
    const { objects } = await qpdfJson(x1a.file);
    const types = Object.values(objects).map((o) => o.stream?.dict['/Type']);
    expect(types).not.toContain('/ObjStm');
    expect(types).not.toContain('/XRef');
    const text = latin1(x1a.bytes);
    expect(text).toMatch(/\nxref\n0 \d+\n/u);
    expect(text).toMatch(/\ntrailer\n?<</u);
  });

  it('while X-4 keeps its object streams (PDF 1.5+ allows them)', async () => {
    const { objects } = await qpdfJson(x4.file);
    expect(Object.values(objects).some((o) => o.stream?.dict['/Type'] === '/ObjStm')).toBe(true);
  });
});

describe('paintPdf output is reproducible', () => {
  it('gives byte-identical files for the same input and a different /ID for a different title', async () => {
    const again = await paintTo(c, tmp, 'x4.pdf', testOutput());
    expect(Buffer.compare(Buffer.from(again.bytes), Buffer.from(x4.bytes))).toBe(0);
    const other = await paintPdf({ edition: c.edition, pages: c.layout.pages.slice(0, 1), fonts: c.env.fonts, shaper: c.env.shaper, title: 'another title', date: PAINT_DATE, output: testOutput() });
    const id = (b: Uint8Array): string | undefined => /\/ID \[ ?<([0-9A-F]+)>/u.exec(latin1(b))?.[1];
    expect(id(x4.bytes)).toMatch(/^[0-9A-F]{32}$/u);
    expect(id(other)).toMatch(/^[0-9A-F]{32}$/u);
    expect(id(other)).not.toBe(id(x4.bytes));
  }, 60_000);
});

describe('checkOutputProfile', () => {
  const base = testProfile();
  it('accepts a CMYK output profile', () => {
    expect(() => checkOutputProfile(base, '4')).not.toThrow();
    expect(() => checkOutputProfile(base, '1a')).not.toThrow();
  });
  it('refuses an RGB profile, naming the profile and the reason', async () => {
    const rgb = { ...base, bytes: new Uint8Array(await readFile('/usr/share/color/icc/ghostscript/srgb.icc')), source: 'assets/srgb.icc' };
    expect(() => checkOutputProfile(rgb, '4')).toThrow(OutputProfileError);
    expect(() => checkOutputProfile(rgb, '4')).toThrow(/assets\/srgb\.icc.*(prtr|CMYK)/u);
  });
  it('refuses bytes that are not an ICC profile, and a v4 profile for X-1a', () => {
    expect(() => checkOutputProfile({ ...base, bytes: new Uint8Array(200) }, '4')).toThrow(/not an ICC profile/u);
    const v4 = new Uint8Array(base.bytes);
    v4[8] = 4;
    expect(() => checkOutputProfile({ ...base, bytes: v4 }, '4')).not.toThrow();
    expect(() => checkOutputProfile({ ...base, bytes: v4 }, '1a')).toThrow(/version 4.*X-1a/u);
  });
  it('makes paintPdf refuse before painting anything', async () => {
    await expect(paintPdf({ edition: c.edition, pages: c.layout.pages.slice(0, 1), fonts: c.env.fonts, shaper: c.env.shaper, title: 't', date: PAINT_DATE, output: testOutput({ profile: { ...base, bytes: new Uint8Array(10) } }) })).rejects.toThrow(OutputProfileError);
  });
});
