// exportedEdition.ts: the sample edition (optionally transformed, e.g. threaded over pages)
// written to a temp folder and exported by the real CLI, plus the layout the export composed, so
// the specs can hold the tools' answers against what the engine placed where.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../../../src/main/cli/main';
import { createFontService } from '../../../../../src/main/services/fonts';
import { composeEditionWithFonts } from '../../../../../src/main/services/layout';
import { loadEdition, saveEdition } from '../../../../../src/main/services/store';
import type { EditionLayout } from '../../../../../src/shared/layout/output';
import type { Edition } from '../../../../../src/shared/model';
import { capture, PROJECT_ROOT } from '../../cli/support';
import { tool } from './tools';

export interface ExportedEdition {
  readonly tmp: string;
  /** The edition folder. */
  readonly dir: string;
  readonly edition: Edition;
  /** The composition the export painted (same edition, same font service). */
  readonly layout: EditionLayout;
  /** The whole-edition PDF. */
  readonly editionPdf: string;
  /** One PDF per page, in page order. */
  readonly pagePdfs: readonly string[];
  /** What the CLI printed. */
  readonly cliOutput: string;
  dispose(): Promise<void>;
}

/**
 * `galley export pdf DIR --out OUT --per-page`, or the older `galley export DIR --out OUT` while
 * the CLI still has that form (the pipeline is being rewired at the same time as these specs).
 */
export async function exportWithCli(dir: string, out: string, extra: readonly string[] = []): Promise<string> {
  const attempts = [
    ['export', 'pdf', dir, '--out', out, '--per-page', ...extra],
    ['export', dir, '--out', out, ...extra],
  ];
  const failures: string[] = [];
  for (const args of attempts) {
    const c = capture(PROJECT_ROOT);
    const code = await runCli(args, c.io);
    if (code === 0) return [...c.out, ...c.err].join('\n');
    failures.push(`galley ${args.join(' ')} → exit ${code}\n${[...c.out, ...c.err].join('\n')}`);
  }
  throw new Error(`the export failed in both CLI forms:\n${failures.join('\n\n')}`);
}

export async function exportSampleEdition(options: { transform?: (e: Edition) => Edition; date?: string } = {}): Promise<ExportedEdition> {
  const tmp = await mkdtemp(join(tmpdir(), 'galley-verify-'));
  try {
    const dir = join(tmp, 'sample.galley');
    const out = join(tmp, 'out');
    const created = capture(tmp);
    if ((await runCli(['new', dir, '--sample', '--date', options.date ?? '2023-05-15'], created.io)) !== 0) throw new Error(`galley new --sample failed:\n${created.err.join('\n')}`);
    if (options.transform) await saveEdition(dir, options.transform((await loadEdition(dir)).edition));
    const edition = (await loadEdition(dir)).edition;
    const cliOutput = await exportWithCli(dir, out);
    const layout = await composeEditionWithFonts(edition, { fonts: createFontService({ projectRoot: PROJECT_ROOT }), editionDir: dir });
    const files = (await readdir(out)).filter((f) => f.endsWith('.pdf'));
    const pagePdfs = edition.pages.map((p) => {
      const file = files.find((f) => f.replace(/\.pdf$/u, '').endsWith(`_${p.label}`) || f === `${p.label}.pdf`);
      if (!file) throw new Error(`no PDF for page ${p.label} among ${files.join(', ')}`);
      return join(out, file);
    });
    const rest = files.map((f) => join(out, f)).filter((f) => !pagePdfs.includes(f));
    let editionPdf: string | undefined;
    for (const f of rest) {
      const info = await tool('pdfinfo', [f]);
      if (new RegExp(`^Pages:\\s+${edition.pages.length}$`, 'mu').test(info.stdout)) editionPdf = f;
    }
    if (!editionPdf) throw new Error(`no whole-edition PDF of ${edition.pages.length} pages among ${files.join(', ')}`);
    return { tmp, dir, edition, layout, editionPdf, pagePdfs, cliOutput, dispose: () => rm(tmp, { recursive: true, force: true }) };
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
}
