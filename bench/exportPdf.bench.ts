// exportPdf.bench.ts: print-PDF export as whole processes (issue 4 §5): `galley export pdf` on
// the sample page and on the 16-page edition (sixteenPages.ts: the page 16 times, the lead story
// threaded through all 16), against the peers on equivalent content in the same run: Typst 0.14
// (@myriaddreamin/typst-ts-node-compiler) and Chromium's print-to-PDF (Debian's /usr/bin/chromium
// through Playwright). peers/peerDocument.ts says what "equivalent" means: same trim, frames,
// columns, fonts (the same files), sizes, leading and text.
//
// Cases run interleaved, round by round, after one warm-up round (the first galley run may build
// the CLI bundle and the font index). Reported per case: median and minimum wall time, median
// peak RSS (/usr/bin/time -f %M: the largest process of the tree; for Chromium that is one of its
// processes, not their sum), the PDF's size, its fonts and Type 3 fonts (pdffonts). Then where
// our time goes: GALLEY_TIMINGS=1 phase times and a CPU profile by phase (profileSummary.ts).
// Timing is printed, never asserted. BENCH_RUNS=N changes the number of rounds (default 7);
// BENCH_BASELINE=DIR adds the `galley` of another checkout of Galley (the same tree before a
// change, say) as more cases of the same run, so before and after are measured side by side;
// BENCH_KEEP=1 keeps the editions, the peers' inputs and every PDF.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { createFontService, DEFAULT_FONT_FILES, resolveDefaultFont } from '../src/main/services/fonts';
import { composeEditionWithFonts } from '../src/main/services/layout';
import { loadEdition, saveEdition } from '../src/main/services/store';
import type { Edition } from '../src/shared/model';
import { htmlSource, type PeerFontFile } from './peers/htmlSource';
import { peerDocument } from './peers/peerDocument';
import { typstSource } from './peers/typstSource';
import { summariseProfile } from './profileSummary';
import { sixteenPages } from './sixteenPages';
import { median, TIME, type TimedRun, timedProcess } from './timedProcess';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 7));
const GALLEY = join(ROOT, 'bin', 'galley.mjs');
const work = mkdtempSync(join(tmpdir(), 'galley-export-bench-'));
// Removed at exit, a failed run included, unless BENCH_KEEP=1.
process.on('exit', () => {
  if (process.env['BENCH_KEEP'] === '1') console.log(`\ninputs and outputs kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
});

// ---- The two editions, as folders ----
const sampleDir = join(work, 'sample.galley');
const made = spawnSync(process.execPath, [GALLEY, 'new', sampleDir, '--sample'], { cwd: ROOT, encoding: 'utf8' });
if (made.status !== 0) throw new Error(`galley new --sample failed: ${made.stderr}`);
const sample = (await loadEdition(sampleDir)).edition;
const bigDir = join(work, 'sixteen.galley');
cpSync(sampleDir, bigDir, { recursive: true });
const big = sixteenPages(sample);
await saveEdition(bigDir, big);

// ---- Our command: `export pdf`, or the older `export` while that is what the CLI has ----
const exportForm = (bin: string): boolean => /export pdf/.test(spawnSync(process.execPath, [bin, 'export', '--help'], { cwd: ROOT, encoding: 'utf8' }).stdout);
const newForm = exportForm(GALLEY);
const ourArgs = (bin: string, pdf: boolean, dir: string, out: string): string[] => [bin, 'export', ...(pdf ? ['pdf'] : []), dir, '--out', out];
const BASELINE = process.env['BENCH_BASELINE'];
const baselineBin = BASELINE === undefined ? null : join(resolve(BASELINE), 'bin', 'galley.mjs');
const baselineForm = baselineBin === null ? false : exportForm(baselineBin);

// ---- The peers' inputs: the same fonts (files), frames and text ----
const fontDir = join(work, 'fonts');
mkdirSync(fontDir);
const fontFiles: PeerFontFile[] = DEFAULT_FONT_FILES.map((d) => {
  const path = resolveDefaultFont(ROOT, d.specifier);
  if (!path) throw new Error(`default font ${d.specifier} is not installed`);
  copyFileSync(path, join(fontDir, basename(path)));
  return { family: d.family, weight: d.weight === 'bold' ? 700 : 400, path, latin: !/SC$/.test(d.family) };
});
const fonts = createFontService({ projectRoot: ROOT, systemDirs: [] });

async function peerInputs(name: string, edition: Edition, dir: string): Promise<{ typ: string; html: string }> {
  const layout = await composeEditionWithFonts(edition, { fonts, editionDir: dir });
  const doc = peerDocument(edition, layout, dir);
  const typDir = join(work, `typst-${name}`);
  mkdirSync(typDir);
  const images = new Map<string, string>();
  const typ = typstSource(doc, (file) => {
    const local = images.get(file) ?? `img-${images.size}-${basename(file)}`;
    if (!images.has(file)) copyFileSync(file, join(typDir, local));
    images.set(file, local);
    return `/${local}`;
  });
  writeFileSync(join(typDir, 'main.typ'), typ);
  const html = join(work, `chromium-${name}.html`);
  writeFileSync(html, htmlSource(doc, fontFiles));
  return { typ: join(typDir, 'main.typ'), html };
}

interface Case {
  readonly name: string;
  readonly tool: 'galley' | 'baseline' | 'typst' | 'chromium';
  readonly pages: number;
  readonly out: string;
  /** The PDF to size up, once the case has run. */
  readonly pdf: () => string;
  readonly args: string[];
}

/** Our output folder's whole-edition PDF (the old CLI also writes one per page). */
function editionPdf(dir: string): string {
  const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
  const chosen = pdfs.find((f) => f.includes('edition')) ?? pdfs.sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size)[0];
  if (!chosen) throw new Error(`no PDF in ${dir}`);
  return join(dir, chosen);
}

const cases: Case[] = [];
for (const [name, edition, dir] of [['1', sample, sampleDir], ['16', big, bigDir]] as const) {
  const pages = edition.pages.length;
  const { typ, html } = await peerInputs(name, edition, dir);
  const ours = join(work, `out-galley-${name}`);
  cases.push({ name: `galley export pdf, ${pages} p.`, tool: 'galley', pages, out: ours, pdf: () => editionPdf(ours), args: ourArgs(GALLEY, newForm, dir, ours) });
  if (baselineBin !== null) {
    const base = join(work, `out-baseline-${name}`);
    cases.push({ name: `galley, baseline, ${pages} p.`, tool: 'baseline', pages, out: base, pdf: () => editionPdf(base), args: ourArgs(baselineBin, baselineForm, dir, base) });
  }
  const typPdf = join(work, `typst-${name}.pdf`);
  cases.push({ name: `Typst 0.14, ${pages} p.`, tool: 'typst', pages, out: typPdf, pdf: () => typPdf, args: [join(ROOT, 'bench/peers/typstCompile.mjs'), typ, typPdf, fontDir] });
  const chrPdf = join(work, `chromium-${name}.pdf`);
  cases.push({ name: `Chromium print-to-PDF, ${pages} p.`, tool: 'chromium', pages, out: chrPdf, pdf: () => chrPdf, args: [join(ROOT, 'bench/peers/chromiumPrint.mjs'), html, chrPdf] });
}

// ---- Interleaved rounds ----
const samples = new Map<string, TimedRun[]>(cases.map((c) => [c.name, []]));
const notes: string[] = [];
for (let round = 0; round <= RUNS; round++) {
  for (const c of cases) {
    rmSync(c.out, { recursive: true, force: true });
    let run = await timedProcess(ROOT, process.execPath, c.args);
    if (round === 0 && run.code === 1 && (c.tool === 'galley' || c.tool === 'baseline') && run.stderr.includes('--force')) {
      // Preflight refused the edition (an error in the sample, not in export): time the export itself.
      notes.push(`${c.name}: preflight refused (${run.stderr.split('\n').find((l) => /\berror\b/.test(l))?.trim() ?? 'errors'}), so it runs with --force`);
      c.args.push('--force');
      run = await timedProcess(ROOT, process.execPath, c.args);
    }
    if (run.code !== 0) throw new Error(`${c.name} failed (exit ${run.code}): ${run.stderr.trim().split('\n').slice(-5).join(' | ')}`);
    if (round > 0) samples.get(c.name)!.push(run); // round 0 warms up (bundle, font index, page cache)
  }
}

function pdfFonts(file: string): { fonts: number; type3: number } {
  const out = spawnSync('pdffonts', [file], { encoding: 'utf8' });
  if (out.status !== 0) return { fonts: NaN, type3: NaN };
  const rows = out.stdout.split('\n').slice(2).filter((l) => l.trim() !== '');
  return { fonts: rows.length, type3: rows.filter((l) => /Type 3/.test(l)).length };
}

interface QpdfObject {
  readonly value?: unknown;
  readonly stream?: { readonly dict: Record<string, unknown> };
}

/** Bytes of the PDF's embedded font programs and of its images (stream lengths, as stored), by qpdf's JSON. */
function pdfParts(file: string): { fonts: number; images: number } | null {
  const out = spawnSync('qpdf', ['--json=2', '--json-key=qpdf', file], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (out.status !== 0 && out.status !== 3) return null; // 3: warnings
  const objects = (JSON.parse(out.stdout) as { qpdf: [unknown, Record<string, QpdfObject>] }).qpdf[1];
  const length = (ref: unknown): number => Number(objects[`obj:${String(ref)}`]?.stream?.dict['/Length'] ?? 0);
  let fonts = 0;
  let images = 0;
  for (const object of Object.values(objects)) {
    const dict = (object.stream?.dict ?? object.value) as Record<string, unknown> | undefined;
    if (!dict || typeof dict !== 'object') continue;
    if (dict['/Type'] === '/FontDescriptor') for (const key of ['/FontFile', '/FontFile2', '/FontFile3']) if (dict[key] !== undefined) fonts += length(dict[key]);
    if (object.stream && dict['/Subtype'] === '/Image') images += Number(dict['/Length'] ?? 0);
  }
  return { fonts, images };
}

const kb = (bytes: number): string => `${Math.round(bytes / 1024)} KB`;
console.log(`\nExport to print PDF, whole processes: median of ${RUNS} interleaved rounds after 1 warm-up; ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`our command: galley ${newForm ? 'export pdf' : 'export (the `export pdf` form is not there yet)'}${baselineBin ? `; baseline: ${baselineBin}` : ''}; peak RSS ${TIME ? 'by /usr/bin/time -f %M' : 'not measured (no /usr/bin/time)'}\n`);
const typstMedian = new Map<number, number>();
for (const c of cases) if (c.tool === 'typst') typstMedian.set(c.pages, median(samples.get(c.name)!.map((r) => r.ms)));
const header = ['case', 'median', 'min', 'peak RSS', 'PDF', 'font files', 'images', 'fonts (Type 3)', '÷ Typst'];
const rows = cases.map((c) => {
  const runs = samples.get(c.name)!;
  const ms = median(runs.map((r) => r.ms));
  const rss = runs.every((r) => r.rssKb !== null) ? `${Math.round(median(runs.map((r) => r.rssKb!)) / 1024)} MB` : '—';
  const pdf = c.pdf();
  const f = pdfFonts(pdf);
  const parts = pdfParts(pdf);
  return [
    c.name,
    `${(ms / 1000).toFixed(2)} s`,
    `${(Math.min(...runs.map((r) => r.ms)) / 1000).toFixed(2)} s`,
    rss,
    kb(statSync(pdf).size),
    parts ? kb(parts.fonts) : '?',
    parts ? kb(parts.images) : '?',
    `${f.fonts} (${f.type3})`,
    (ms / typstMedian.get(c.pages)!).toFixed(2),
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const r of [header, ...rows]) console.log(`  ${r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')}`);
for (const note of notes) console.log(`  note: ${note}`);

// ---- Where our time goes ----
for (const c of cases.filter((x) => x.tool === 'galley' || x.tool === 'baseline')) {
  if (c.tool === 'galley') {
    rmSync(c.out, { recursive: true, force: true });
    const phases = await timedProcess(ROOT, process.execPath, c.args, { GALLEY_TIMINGS: '1' });
    console.log(`\n${c.name}: GALLEY_TIMINGS=1 (one run, ${(phases.ms / 1000).toFixed(2)} s wall)`);
    for (const line of phases.stderr.split('\n').filter((l) => l.startsWith('galley-timing'))) console.log(`  ${line.slice('galley-timing '.length)}`);
  }
  const profDir = join(work, `prof-${c.tool}-${c.pages}`);
  rmSync(c.out, { recursive: true, force: true });
  await timedProcess(ROOT, process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profDir}`, ...c.args]);
  const profile = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
  if (!profile) continue;
  const { total, phases: byPhase } = summariseProfile(join(profDir, profile));
  console.log(`\n${c.name}: CPU profile by phase (one run under --cpu-prof, ${total.toFixed(0)} ms sampled)`);
  for (const [phase, ms] of byPhase) console.log(`  ${phase.padEnd(62)} ${ms.toFixed(0).padStart(6)} ms  ${((100 * ms) / total).toFixed(0).padStart(3)} %`);
}

