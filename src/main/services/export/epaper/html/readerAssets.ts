// readerAssets.ts: reader/reader.js and reader/reader.css of the bundle. The script is
// src/epaper-reader bundled by esbuild into one classic script (an IIFE: Chromium will not load a
// module script's imports from file://), the style is src/epaper-reader/reader.css, minified.
//
// `npm run build` writes them to out/epaper-reader/ with a manifest of content hashes
// (scripts/buildEpaperReader.mjs → writeReaderAssets). loadReaderAssets answers from there when
// every input still has the hash recorded and esbuild is the same version, else builds in memory
// (about 0.1 s). Either way the bytes are the same: esbuild's output is a pure function of its
// inputs, options and version, and the options below leave out everything else (no source maps,
// no paths, no dates).
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ReaderAssets {
  readonly script: string;
  readonly style: string;
}

const ENTRY = 'src/epaper-reader/main.ts';
const STYLE = 'src/epaper-reader/reader.css';
const TSCONFIG = 'tsconfig.reader.json';
/** Config files that change the output without being bundled. */
const CONFIG_INPUTS = [TSCONFIG, 'tsconfig.base.json'];
/** Where `npm run build` leaves the prebuilt assets, relative to the project root. */
export const READER_OUT_DIR = 'out/epaper-reader';
/** Bumped whenever the build options below change, so that an old prebuilt copy is not taken. */
const RECIPE = 1;

/** The part of esbuild's API used here (esbuild comes with tsx and is not typed from here). */
interface Esbuild {
  readonly version: string;
  build(options: Record<string, unknown>): Promise<{ outputFiles: Array<{ path: string; text: string }>; metafile: { inputs: Record<string, unknown> } }>;
}

interface Manifest {
  readonly recipe: number;
  readonly esbuild: string;
  /** Project-relative input path → sha256 of its bytes. */
  readonly inputs: Readonly<Record<string, string>>;
  readonly script: string;
  readonly style: string;
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** esbuild, from tsx (a runtime dependency), as scripts/buildCli.mjs finds it. */
async function loadEsbuild(projectRoot: string): Promise<Esbuild> {
  const fromTsx = createRequire(createRequire(join(projectRoot, 'package.json')).resolve('tsx/package.json'));
  const mod = (await import(pathToFileURL(fromTsx.resolve('esbuild')).href)) as Partial<Esbuild> & { default?: Esbuild };
  return typeof mod.build === 'function' && typeof mod.version === 'string' ? (mod as Esbuild) : (mod.default as Esbuild);
}

async function bundle(esbuild: Esbuild, projectRoot: string, entry: string, extra: Record<string, unknown>): Promise<{ text: string; inputs: string[] }> {
  const result = await esbuild.build({
    absWorkingDir: projectRoot,
    entryPoints: [entry],
    bundle: true,
    write: false,
    minify: true,
    legalComments: 'none',
    sourcemap: false,
    metafile: true,
    logLevel: 'silent',
    outdir: 'out/epaper-reader-memory', // names the output only; write: false
    ...extra,
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error(`esbuild produced nothing for ${entry}`);
  return { text: out.text, inputs: Object.keys(result.metafile.inputs).map((p) => relative(projectRoot, join(projectRoot, p)).split(sep).join('/')) };
}

/** Builds both assets in memory; also answers the inputs they were made from. */
export async function buildReaderAssets(projectRoot: string): Promise<ReaderAssets & { readonly inputs: readonly string[]; readonly esbuild: string }> {
  const esbuild = await loadEsbuild(projectRoot);
  const [script, style] = await Promise.all([
    bundle(esbuild, projectRoot, ENTRY, { format: 'iife', platform: 'browser', target: ['es2019'], tsconfig: TSCONFIG, charset: 'ascii' }),
    bundle(esbuild, projectRoot, STYLE, { loader: { '.css': 'css' }, target: ['chrome80', 'safari13', 'firefox78'], charset: 'ascii' }),
  ]);
  const inputs = [...new Set([...script.inputs, ...style.inputs, ...CONFIG_INPUTS])].sort();
  return { script: script.text, style: style.text, inputs, esbuild: esbuild.version };
}

async function hashInputs(projectRoot: string, inputs: readonly string[]): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const input of inputs) hashes[input] = sha256(await readFile(join(projectRoot, input)));
  return hashes;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** The prebuilt assets when they are current, else null. */
async function prebuilt(projectRoot: string): Promise<ReaderAssets | null> {
  const dir = join(projectRoot, READER_OUT_DIR);
  try {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    if (manifest.recipe !== RECIPE) return null;
    // An installed app without the reader's sources has nothing the copy could be stale against
    // (and perhaps no esbuild): its own hashes are then the whole check.
    if (await exists(join(projectRoot, ENTRY))) {
      const esbuild = await loadEsbuild(projectRoot);
      if (manifest.esbuild !== esbuild.version) return null;
      const now = await hashInputs(projectRoot, Object.keys(manifest.inputs));
      if (Object.entries(manifest.inputs).some(([file, hash]) => now[file] !== hash)) return null;
    }
    const [script, style] = await Promise.all([readFile(join(dir, 'reader.js'), 'utf8'), readFile(join(dir, 'reader.css'), 'utf8')]);
    // A copy cut short or edited by hand is not the build the manifest describes.
    if (sha256(script) !== manifest.script || sha256(style) !== manifest.style) return null;
    return { script, style };
  } catch {
    return null; // no prebuilt copy, or an input that vanished
  }
}

/** reader.js and reader.css for a bundle: the prebuilt copy when current, else built now. */
export async function loadReaderAssets(projectRoot: string): Promise<ReaderAssets> {
  const ready = await prebuilt(projectRoot);
  if (ready) return ready;
  const built = await buildReaderAssets(projectRoot);
  return { script: built.script, style: built.style };
}

async function writeAtomic(path: string, data: string): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, data);
  await rename(temp, path);
}

/** Builds the assets into out/epaper-reader/ (`npm run build`); the manifest goes last. */
export async function writeReaderAssets(projectRoot: string): Promise<{ readonly dir: string; readonly bytes: number }> {
  const built = await buildReaderAssets(projectRoot);
  const dir = join(projectRoot, READER_OUT_DIR);
  await mkdir(dir, { recursive: true });
  await writeAtomic(join(dir, 'reader.js'), built.script);
  await writeAtomic(join(dir, 'reader.css'), built.style);
  const manifest: Manifest = { recipe: RECIPE, esbuild: built.esbuild, inputs: await hashInputs(projectRoot, built.inputs), script: sha256(built.script), style: sha256(built.style) };
  await writeAtomic(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  return { dir, bytes: Buffer.byteLength(built.script) + Buffer.byteLength(built.style) };
}
