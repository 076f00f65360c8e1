// tools.ts: running the outside tools the verification specs trust (poppler-utils, qpdf,
// Ghostscript) and reading the page boxes pdfinfo prints.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface ToolResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a tool to completion; a non-zero exit is returned, not thrown, so specs can assert on it. */
export async function tool(cmd: string, args: readonly string[], env: Record<string, string> = {}): Promise<ToolResult> {
  try {
    const { stdout, stderr } = await exec(cmd, [...args], { env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: unknown; stderr?: unknown; message?: string };
    if (typeof e.code !== 'number') throw error; // the tool is missing: ENOENT is not a verdict
    return { code: e.code, stdout: String(e.stdout ?? ''), stderr: String(e.stderr ?? '') };
  }
}

/** Runs a tool for its binary stdout (a decoded stream, an image); throws unless it exits 0. */
export async function toolBytes(cmd: string, args: readonly string[]): Promise<Buffer> {
  const { stdout } = await exec(cmd, [...args], { maxBuffer: 256 * 1024 * 1024, encoding: 'buffer' });
  return stdout;
}

/** A box as pdfinfo prints it: x0 y0 x1 y1 in PDF points, y up. */
export type Box = readonly [number, number, number, number];

export interface PageBoxes {
  readonly media: Box;
  readonly bleed: Box;
  readonly trim: Box;
}

/** `pdfinfo -box` for every page of the file. */
export async function pageBoxes(file: string): Promise<PageBoxes[]> {
  const info = await tool('pdfinfo', [file]);
  const pages = Number(/^Pages:\s+(\d+)$/mu.exec(info.stdout)?.[1] ?? NaN);
  if (!(pages > 0)) throw new Error(`pdfinfo ${file}: no page count\n${info.stdout}${info.stderr}`);
  const { stdout } = await tool('pdfinfo', ['-box', '-f', '1', '-l', String(pages), file]);
  const out: PageBoxes[] = [];
  for (let n = 1; n <= pages; n++) {
    const box = (name: string): Box => {
      const m = new RegExp(`^Page\\s+${n} ${name}:\\s+(.+)$`, 'mu').exec(stdout);
      const v = (m?.[1] ?? '').trim().split(/\s+/u).map(Number);
      if (v.length !== 4 || v.some((x) => !Number.isFinite(x))) throw new Error(`pdfinfo -box: page ${n} has no ${name}\n${stdout}`);
      return [v[0]!, v[1]!, v[2]!, v[3]!];
    };
    out.push({ media: box('MediaBox'), bleed: box('BleedBox'), trim: box('TrimBox') });
  }
  return out;
}

/**
 * Where a point of the layout (pt from the trim's top-left, y down) lies on the rendered page (pt
 * from the MediaBox's top-left, y down): poppler and pdf.js draw the MediaBox.
 */
export function trimOffset(boxes: PageBoxes): { dx: number; dy: number } {
  return { dx: boxes.trim[0] - boxes.media[0], dy: boxes.media[3] - boxes.trim[3] };
}
