// galleyExport.ts: the print PDF of an edition folder, made by the real `galley` CLI in a child
// process, and rendered by poppler's pdftoppm: what the plant would receive and see.
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'bin/galley.mjs');
const exec = promisify(execFile);

async function run(args: readonly string[]): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? e.message ?? ''}` };
  }
}

/**
 * `galley export pdf DIR --out OUT --per-page`, or the older `galley export DIR --out OUT` while
 * the CLI still has that form; returns the page PDF named by `label`.
 */
export async function exportPagePdf(dir: string, out: string, label: string): Promise<string> {
  const attempts = [
    ['export', 'pdf', dir, '--out', out, '--per-page'],
    ['export', dir, '--out', out],
  ];
  const failures: string[] = [];
  for (const args of attempts) {
    const { ok, output } = await run(args);
    if (!ok) {
      failures.push(`galley ${args.join(' ')}:\n${output}`);
      continue;
    }
    const file = (await readdir(out)).find((f) => f.endsWith(`_${label}.pdf`) || f === `${label}.pdf`);
    if (!file) throw new Error(`galley ${args.join(' ')} wrote no PDF for page ${label}:\n${output}`);
    return join(out, file);
  }
  throw new Error(`the export failed in both CLI forms:\n${failures.join('\n\n')}`);
}

/** pdftoppm's greyscale render of page 1 of `file` at `dpi`, written as `prefix`.pgm. */
export async function renderPdfPage(file: string, dpi: number, prefix: string): Promise<string> {
  const { stderr } = await exec('pdftoppm', ['-r', String(dpi), '-gray', '-singlefile', '-f', '1', '-l', '1', file, prefix]);
  if (stderr !== '') throw new Error(`pdftoppm ${file}: ${stderr}`);
  return `${prefix}.pgm`;
}
