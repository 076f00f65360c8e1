// profileSummary.ts: where a CLI run's time goes, from a V8 CPU profile (`node --cpu-prof`).
// Samples are put in phases by the code they were in: bundle positions are mapped back to the
// TypeScript sources through the bundle's source map (out/cli/*.mjs.map), and each sample takes
// the phase of the innermost frame that has one (wasm code takes its caller's: hb-subset or
// shaping). Everything sampled before the first sample inside `runCli` is start-up: node
// itself, loading and evaluating the code (after that, async continuations no longer show
// runCli on their stacks, so the split is by time). The phases are coarse on purpose; they answer "start-up, font loading, shaping,
// subsetting, compression or writing?" (issue 4 §5).
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
  readonly columnNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Phase by original source path (first match wins). */
const BY_SOURCE: ReadonlyArray<readonly [RegExp, string]> = [
  [/node_modules\/pako\//, 'compression (pako deflate, in pdf-lib)'],
  [/node_modules\/(pdf-lib|@pdf-lib)\//, 'PDF objects and serialising (pdf-lib)'],
  [/src\/main\/services\/export\/pdf\/hbSubset/, 'subsetting (hb-subset)'],
  [/src\/main\/services\/export\/pdf\//, 'painting (export/pdf: glyph usage, font objects, content)'],
  [/src\/main\/services\/export\/epaper\/images\//, 'e-paper page images and photos (export/epaper/images)'],
  [/src\/main\/services\/export\/epaper\/html\/|src\/shared\/epaper\//, 'e-paper articles and HTML (shared/epaper, export/epaper/html)'],
  [/node_modules\/sharp\/|src\/main\/services\/(export\/images|images|color)/, 'images and colour (sharp)'],
  [/src\/(main\/services|shared)\/preflight\//, 'preflight'],
  [/src\/main\/services\/fonts\/|src\/shared\/layout\/fonts\/(face|cmap|sfnt|nameTable|metricsTables|binary)/, 'font loading (index, files, cmaps)'],
  [/src\/shared\/layout\/fonts\/harfbuzzShaper|node_modules\/harfbuzzjs\//, 'shaping (HarfBuzz)'],
  [/src\/shared\/layout\//, 'composition (itemize, break, justify, flow)'],
  [/src\/main\/services\/export\//, 'export pipeline (stages, writing)'],
  [/src\/main\/services\/store\/|node_modules\/zod\/|src\/shared\/model\//, 'loading the edition (read, migrate, validate)'],
];

const BY_FUNCTION: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\(garbage collector\)$/, 'garbage collection'],
  [/^\(idle\)$/, 'idle (waiting for files, threads)'],
  [/^(writeBuffer|writeFileUtf8|writeString|fsync|rename|open|close|read|readFileUtf8)$/, 'file I/O'],
];

type Locate = (frame: CallFrame) => string | null;

/** Original source path of a frame: through the source map for bundle frames, else its URL. */
function sourceLocator(): Locate {
  const maps = new Map<string, SourceMap | null>();
  return (frame) => {
    if (!frame.url.startsWith('file:')) return frame.url === '' ? null : frame.url;
    let map = maps.get(frame.url);
    if (map === undefined) {
      const file = `${fileURLToPath(frame.url)}.map`;
      map = existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]) : null;
      maps.set(frame.url, map);
    }
    if (!map) return frame.url;
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string };
    return entry.originalSource ?? frame.url;
  };
}

function phaseOf(frame: CallFrame, locate: Locate): string | null {
  for (const [re, phase] of BY_FUNCTION) if (re.test(frame.functionName)) return phase;
  if (frame.url.startsWith('wasm:')) return null; // the caller decides: shaping or subsetting
  const source = locate(frame);
  if (source === null) return null;
  for (const [re, phase] of BY_SOURCE) if (re.test(source)) return phase;
  return null;
}

/** Milliseconds per phase, largest first, with the total. */
export function summariseProfile(file: string): { total: number; phases: Array<[string, number]> } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const locate = sourceLocator();
  const cache = new Map<number, { phase: string | null; inCli: boolean }>();
  const classify = (id: number): { phase: string | null; inCli: boolean } => {
    const cached = cache.get(id);
    if (cached) return cached;
    let phase: string | null = null;
    let inCli = false;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur)!.callFrame;
      if (frame.functionName === 'runCli') inCli = true;
      phase ??= phaseOf(frame, locate);
    }
    cache.set(id, { phase, inCli });
    return { phase, inCli };
  };
  const totals = new Map<string, number>();
  let total = 0;
  let started = false;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const { phase, inCli } = classify(id);
    started ||= inCli;
    const name = started ? (phase ?? 'other (CLI, node internals)') : 'start-up (node, loading and evaluating the code)';
    totals.set(name, (totals.get(name) ?? 0) + ms);
  });
  return { total, phases: [...totals].sort((a, b) => b[1] - a[1]) };
}
