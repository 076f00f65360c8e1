// buildCli.mjs: bundles the `galley` command (src/main/cli/main.ts and everything it imports from
// src/) into one ES module in out/cli/, so the CLI starts without transpiling TypeScript. Running
// the sources through tsx cost about 0.6 s of every command's start-up (bench/exportPdf.bench.ts).
//
// bin/galley.mjs calls cliBundle() on every run: it answers from out/cli/manifest.json when the
// bundle is fresh, and rebuilds it (about 0.3 s) when any input changed, so a stale bundle never
// runs old code. Fresh means: every source file the bundle was made from still has the size and
// mtime recorded, no file was added to or removed from their folders (folder mtimes), every
// bundled npm package has the package.json it had (npm rewrites it with any install), and this
// script and esbuild are the same. Other npm packages stay external (loaded from node_modules as
// usual), so upgrading one needs no rebuild. The check is a few hundred stats (~5 ms). `node scripts/buildCli.mjs` builds by hand
// (`npm run build` does too).
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'out', 'cli');
const MANIFEST = join(OUT_DIR, 'manifest.json');
const ENTRY = join(ROOT, 'src', 'main', 'cli', 'main.ts');
const SELF = fileURLToPath(import.meta.url);
/**
 * npm packages bundled in, because loading them from node_modules is slow: pdf-lib alone is about
 * 200 CommonJS files (~0.1 s to resolve and compile). Only plain JavaScript that never looks for
 * files beside itself belongs here; everything else (sharp's native addon, harfbuzzjs's wasm)
 * stays external and is loaded from node_modules as usual.
 */
const BUNDLED_PACKAGES = new Set(['pdf-lib', '@pdf-lib/standard-fonts', '@pdf-lib/upng', 'pako', 'tslib', 'zod', 'hyphen']);

/**
 * pdf-lib's standard-fonts package inflates the metrics of the 14 standard fonts with pako (pure
 * JavaScript) when it is imported: ~0.1 s of every start-up. Inflating has one right answer, so
 * node:zlib gives it the same bytes, natively. (Compression is left alone: pako and zlib may
 * compress differently, and the CLI must write what the painter writes under tests.)
 */
const NATIVE_INFLATE = `import { inflateSync } from 'node:zlib';
export default { inflate: (data) => new Uint8Array(inflateSync(data)) };
`;

/** Bundles older than this, other than the current one, are deleted when a new one is written. */
const KEEP_OLD_MS = 60_000;

/** esbuild comes with tsx (a runtime dependency), so a production install has it too. */
function esbuildPath() {
  const fromTsx = createRequire(createRequire(join(ROOT, 'package.json')).resolve('tsx/package.json'));
  return fromTsx.resolve('esbuild');
}

function stamp(path) {
  const info = statSync(path);
  return { size: info.size, mtimeMs: info.mtimeMs };
}

/** What the bundle depends on besides its sources: this script and the bundler's version. */
function builderId(esbuildVersion) {
  const self = stamp(SELF);
  return `${esbuildVersion}:${self.size}:${self.mtimeMs}`;
}

/** The current bundle's absolute path, or null when there is none or any input changed. */
export function freshBundle() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return null;
  }
  try {
    const self = stamp(SELF);
    if (!manifest.builder?.endsWith(`:${self.size}:${self.mtimeMs}`)) return null;
    for (const [file, want] of Object.entries(manifest.files)) {
      const have = stamp(`${ROOT}/${file}`);
      if (have.size !== want.size || have.mtimeMs !== want.mtimeMs) return null;
    }
    // A folder's mtime changes when a file is added, removed or renamed in it.
    for (const [dir, mtimeMs] of Object.entries(manifest.dirs)) if (statSync(`${ROOT}/${dir}`).mtimeMs !== mtimeMs) return null;
    const bundle = join(OUT_DIR, manifest.bundle);
    statSync(bundle);
    return bundle;
  } catch {
    return null; // an input that vanished, a bundle deleted by hand
  }
}

function writeAtomic(path, data) {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}

/** Builds the bundle and its manifest; returns the bundle's absolute path. */
export async function buildCli() {
  const esbuild = await import(pathToFileURL(esbuildPath()).href);
  // Stamps are taken before bundling: an edit made during the build makes the manifest stale,
  // never a stale bundle look fresh.
  const before = new Map();
  const dirStamps = new Map();
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages' ES module builds where they have one (pdf-lib's es/), for smaller output.
    mainFields: ['module', 'main'],
    tsconfig: join(ROOT, 'tsconfig.node.json'),
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    write: false,
    outdir: OUT_DIR,
    entryNames: 'main-[hash]',
    outExtension: { '.js': '.mjs' },
    logLevel: 'silent',
    plugins: [
      {
        name: 'external-packages',
        setup(build) {
          build.onResolve({ filter: /^pako$/ }, (args) =>
            /node_modules[\\/]@pdf-lib[\\/]standard-fonts[\\/]/.test(args.importer) ? { path: 'native-inflate', namespace: 'galley' } : undefined,
          );
          build.onLoad({ filter: /^native-inflate$/, namespace: 'galley' }, () => ({ contents: NATIVE_INFLATE, loader: 'js', resolveDir: ROOT }));
          build.onResolve({ filter: /^[^./]/ }, (args) => {
            if (args.path.startsWith('node:')) return { path: args.path, external: true };
            const parts = args.path.split('/');
            const name = args.path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
            return BUNDLED_PACKAGES.has(name) ? undefined : { path: args.path, external: true };
          });
        },
      },
      {
        name: 'stamp-inputs',
        setup(build) {
          build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, (args) => {
            if (!before.has(args.path)) before.set(args.path, stamp(args.path));
            const dir = dirname(args.path);
            if (!dirStamps.has(dir)) dirStamps.set(dir, statSync(dir).mtimeMs);
            return undefined; // esbuild loads the file itself
          });
        },
      },
    ],
  });
  const files = {};
  const dirs = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    if (input.startsWith('galley:')) continue; // made here (NATIVE_INFLATE), not read from a file
    const abs = resolve(ROOT, input);
    const rel = relative(ROOT, abs).split(sep).join('/');
    // A bundled package is watched through its package.json alone: npm rewrites it on every
    // install, and checking its hundreds of files would cost more than the bundle saves.
    const pkg = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(rel);
    if (pkg) {
      files[`${pkg[1]}/package.json`] ??= stamp(join(ROOT, pkg[1], 'package.json'));
      continue;
    }
    files[rel] = before.get(abs) ?? stamp(abs);
    dirs[dirname(rel)] ??= dirStamps.get(dirname(abs)) ?? statSync(dirname(abs)).mtimeMs;
  }
  mkdirSync(OUT_DIR, { recursive: true });
  let bundle = null;
  for (const out of result.outputFiles) {
    writeAtomic(out.path, out.contents);
    if (out.path.endsWith('.mjs') || out.path.endsWith('.js')) bundle = out.path;
  }
  if (bundle === null) throw new Error('esbuild wrote no bundle');
  // The manifest goes last: it is what makes the new bundle current.
  writeAtomic(MANIFEST, JSON.stringify({ bundle: relative(OUT_DIR, bundle), builder: builderId(esbuild.version), files, dirs }, null, 1));
  removeOldBundles(bundle);
  return bundle;
}

function removeOldBundles(current) {
  const now = Date.now();
  for (const name of readdirSync(OUT_DIR)) {
    const path = join(OUT_DIR, name);
    if (!name.startsWith('main-') || path === current || path === `${current}.map`) continue;
    try {
      // A process that read the previous manifest a moment ago may still be about to load its bundle.
      if (now - statSync(path).mtimeMs > KEEP_OLD_MS) unlinkSync(path);
    } catch {
      // gone already (another process cleaned up)
    }
  }
}

/** The bundle to run: the fresh one, else a new build. */
export async function cliBundle() {
  return freshBundle() ?? (await buildCli());
}

if (process.argv[1] && resolve(process.argv[1]) === SELF) {
  const started = performance.now();
  const bundle = await buildCli();
  console.log(`built ${relative(ROOT, bundle)} in ${(performance.now() - started).toFixed(0)} ms`);
}
