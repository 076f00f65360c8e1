// pdfxFixture.ts: what the PDF/X, marks and spot specs share: the sample edition composed with
// the real default fonts, painted straight through paintPdf with given output options, and
// Ghostscript's own CMYK output profile standing in for the app's built-in one (loaded here, in
// the tests, never by app code).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { PdfOutputOptions, OutputProfile } from '../../../../src/main/services/export/printTypes';
import { paintPdf } from '../../../../src/main/services/export/pdf';
import type { LayoutEnv } from '../../../../src/shared/layout/env';
import type { EditionLayout } from '../../../../src/shared/layout/output';
import type { Edition } from '../../../../src/shared/model';
import { composeSample, sampleEnv } from '../layout/sampleLayout';

const exec = promisify(execFile);

export const GS_CMYK_PROFILE = '/usr/share/color/icc/ghostscript/default_cmyk.icc';

export function testProfile(): OutputProfile {
  return {
    bytes: new Uint8Array(readFileSync(GS_CMYK_PROFILE)),
    outputConditionIdentifier: 'Custom',
    outputCondition: 'Ghostscript default CMYK (test stand-in)',
    registryName: 'http://www.color.org',
    description: 'default_cmyk.icc',
    source: GS_CMYK_PROFILE,
  };
}

/** Fixed facts, so every spec can recompute what the PDF must say. */
export const OUTPUT_AT = new Date(2024, 0, 2, 13, 45, 30);
export const PAINT_DATE = new Date(Date.UTC(2023, 4, 15, 6, 30, 0));

export function testOutput(overrides: Partial<PdfOutputOptions> = {}): PdfOutputOptions {
  return {
    pdfx: '4',
    profile: testProfile(),
    marks: false,
    slug: { paper: '今日市中', date: '2023-05-15', issue: '1234', outputAt: OUTPUT_AT },
    ...overrides,
  };
}

export interface Composed {
  readonly edition: Edition;
  readonly layout: EditionLayout;
  readonly env: LayoutEnv;
}

export async function composed(edition: Edition): Promise<Composed> {
  return { edition, layout: await composeSample(edition), env: await sampleEnv(edition) };
}

/** Paints the first page (or all pages) and writes it to `dir/name`. */
export async function paintTo(c: Composed, dir: string, name: string, output: PdfOutputOptions, allPages = false): Promise<{ file: string; bytes: Uint8Array }> {
  const pages = allPages ? c.layout.pages : c.layout.pages.slice(0, 1);
  const bytes = await paintPdf({ edition: c.edition, pages, fonts: c.env.fonts, shaper: c.env.shaper, title: `${c.edition.meta.paper} ${name}`, date: PAINT_DATE, output });
  const file = join(dir, name);
  await writeFile(file, bytes);
  return { file, bytes };
}

export interface ToolResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a tool; a non-zero exit is returned, not thrown, so a spec can show what it printed. */
export async function run(cmd: string, args: readonly string[], env: Record<string, string> = {}): Promise<ToolResult> {
  try {
    const { stdout, stderr } = await exec(cmd, [...args], { env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024, encoding: 'latin1' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: unknown; stderr?: unknown };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, stdout: String(e.stdout ?? ''), stderr: String(e.stderr ?? '') };
  }
}

/** UTF-8 output of a tool (pdftotext, pdfinfo with Chinese titles). */
export async function runUtf8(cmd: string, args: readonly string[]): Promise<string> {
  const { stdout } = await exec(cmd, [...args], { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  return stdout;
}

/** The document as qpdf sees it (`qpdf --json`), objects by "obj:N 0 R", stream data omitted. */
export async function qpdfJson(file: string): Promise<{ objects: Record<string, { value?: unknown; stream?: { dict: Record<string, unknown> } }>; trailer: Record<string, unknown> }> {
  const { stdout } = await exec('qpdf', ['--json=2', '--json-key=qpdf', file], { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  const json = JSON.parse(stdout) as { qpdf: [unknown, Record<string, { value?: unknown; stream?: { dict: Record<string, unknown> } }>] };
  const objects = json.qpdf[1];
  const trailer = (objects['trailer'] as { value: Record<string, unknown> } | undefined)?.value ?? {};
  return { objects, trailer };
}

/** Follows "N 0 R" references in qpdf's JSON. */
export function deref(objects: Record<string, { value?: unknown; stream?: { dict: Record<string, unknown> } }>, v: unknown): unknown {
  if (typeof v === 'string' && /^\d+ \d+ R$/u.test(v)) {
    const o = objects[`obj:${v}`];
    return o?.value ?? o?.stream?.dict;
  }
  return v;
}
