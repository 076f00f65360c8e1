// make-newsprint-profile.mjs: generates Galley's built-in CMYK output profile,
// resources/color/GalleyNewsprint26.icc, an approximation of the ISO 12647-3 newsprint printing
// condition (the condition of IFRA26 / WAN-IFRAnewspaper26v5, whose files we may not ship).
//
//   node scripts/color/make-newsprint-profile.mjs               generate, then check
//   node scripts/color/make-newsprint-profile.mjs --check-only  check the committed profile
//
// Needs ArgyllCMS (colprof, profcheck, icclu; apt install argyll) — a development tool only, so
// the generated profile, the characterization data and the check figures are committed:
//
// 1. newsprint26.condition.json (the input: paper and solids, TVI, model constants, grid, and
//    colprof's ink limit and black generation) → printModel.mjs → GalleyNewsprint26.ti3, a
//    synthetic measurement set (every grid patch's CIELAB).
// 2. colprof makes the profile: Lab cLUT, total ink limit, heavy GCR with an early black start,
//    perceptual and saturation tables gamut-mapped from sRGB.
// 3. Checks, printed and written to GalleyNewsprint26.check.json: profcheck (how well the
//    profile fits the data), and for a set of sRGB colours the CMYK that Argyll's icclu gives
//    (sRGB → Lab through libvips's own sRGB profile, then the profile's perceptual B2A) next to
//    what sharp/libvips + lcms2 give, the path exports take. The unit tests compare against the
//    icclu figures where Argyll is missing (CI).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { createPrintModel, deltaE76, toneValueCurve } from './printModel.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const condition = JSON.parse(readFileSync(join(HERE, 'newsprint26.condition.json'), 'utf8'));
const PROFILE_OUT = join(ROOT, 'resources', 'color', condition.profile.file);
const TI3_OUT = join(HERE, 'GalleyNewsprint26.ti3');
const CHECK_OUT = join(HERE, 'GalleyNewsprint26.check.json');
const SRGB_ICM = '/usr/share/color/argyll/ref/sRGB.icm';

/** sRGB colours whose separations are recorded (name → 8-bit RGB). */
const PROBES = {
  red: [255, 0, 0],
  green: [0, 255, 0],
  blue: [0, 0, 255],
  cyan: [0, 255, 255],
  magenta: [255, 0, 255],
  yellow: [255, 255, 0],
  white: [255, 255, 255],
  black: [0, 0, 0],
  grey50: [128, 128, 128],
  grey80: [51, 51, 51],
  skin: [224, 172, 140],
  sky: [110, 160, 220],
  foliage: [60, 110, 50],
};

const fmt = (v, d = 2) => v.toFixed(d);

function writeTi3(model) {
  const rows = [];
  for (const k of condition.grid.k) for (const c of condition.grid.cmy) for (const m of condition.grid.cmy) for (const y of condition.grid.cmy) rows.push([c, m, y, k]);
  const lines = [
    'CTI3',
    '',
    `DESCRIPTOR "${condition.name}: synthetic characterization data from scripts/color/printModel.mjs"`,
    'ORIGINATOR "Galley scripts/color/make-newsprint-profile.mjs"',
    'DEVICE_CLASS "OUTPUT"',
    'COLOR_REP "CMYK_LAB"',
    `TOTAL_INK_LIMIT "${condition.profile.totalInkLimit}"`,
    '',
    'NUMBER_OF_FIELDS 8',
    'BEGIN_DATA_FORMAT',
    'SAMPLE_ID CMYK_C CMYK_M CMYK_Y CMYK_K LAB_L LAB_A LAB_B',
    'END_DATA_FORMAT',
    '',
    `NUMBER_OF_SETS ${rows.length}`,
    'BEGIN_DATA',
    ...rows.map((cmyk, i) => [String(i + 1), ...cmyk.map((v) => fmt(v)), ...model.lab(cmyk).map((v) => fmt(v, 4))].join(' ')),
    'END_DATA',
    '',
  ];
  writeFileSync(TI3_OUT, lines.join('\n'));
  return rows.length;
}

function run(cmd, args, input) {
  return execFileSync(cmd, args, { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** icclu on many lines at once (verbosity 0: each output line is just the result's numbers). */
function icclu(profile, args, inputs) {
  const out = run('icclu', ['-v', '0', ...args, profile], `${inputs.map((v) => v.join(' ')).join('\n')}\n`);
  return out
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/u).map(Number));
}

async function sharpSeparations(profilePath) {
  const names = Object.keys(PROBES);
  const rgb = Buffer.from(names.flatMap((n) => PROBES[n]));
  const { data, info } = await sharp(rgb, { raw: { width: names.length, height: 1, channels: 3 } }).withIccProfile(profilePath, { attach: false }).raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 4) throw new Error(`sharp did not convert to CMYK (got ${info.channels} channels): is the profile valid?`);
  return Object.fromEntries(names.map((n, i) => [n, [...data.subarray(i * 4, i * 4 + 4)].map((v) => (v / 255) * 100)]));
}

/** The highest C+M+Y+K sharp produces over a 32-step RGB cube. */
async function maxInkOverCube(profilePath) {
  const steps = 32;
  const px = [];
  for (let r = 0; r < steps; r++) for (let g = 0; g < steps; g++) for (let b = 0; b < steps; b++) px.push(...[r, g, b].map((v) => Math.round((v * 255) / (steps - 1))));
  const { data } = await sharp(Buffer.from(px), { raw: { width: steps * steps, height: steps, channels: 3 } }).withIccProfile(profilePath, { attach: false }).raw().toBuffer({ resolveWithObject: true });
  let max = 0;
  for (let i = 0; i < data.length; i += 4) max = Math.max(max, data[i] + data[i + 1] + data[i + 2] + data[i + 3]);
  return (max / 255) * 100;
}

/** Writes the .ti3 from the model and runs colprof on it (about three minutes on two cores). */
function generate(model) {
  const patches = writeTi3(model);
  console.log(`Wrote ${TI3_OUT} (${patches} patches)`);
  const work = mkdtempSync(join(tmpdir(), 'galley-icc-'));
  try {
    copyFileSync(TI3_OUT, join(work, 'newsprint.ti3'));
    const p = condition.profile;
    run('colprof', [
      '-v', '-q', p.quality, '-nc', '-Z', 'mp',
      '-A', p.manufacturer, '-M', p.model, '-D', p.description, '-C', p.copyright,
      '-l', String(p.totalInkLimit), '-L', String(p.blackInkLimit),
      '-k', ...p.blackGeneration,
      '-S', p.perceptualSource, '-c', 'mt', '-d', 'pp',
      '-O', join(work, 'newsprint.icc'),
      join(work, 'newsprint'),
    ]);
    copyFileSync(join(work, 'newsprint.icc'), PROFILE_OUT);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function describeModel(model) {
  const names = ['W', 'C', 'M', 'CM', 'Y', 'CY', 'MY', 'CMY', 'K'];
  console.log('Neugebauer primaries (CIELAB D50):');
  names.forEach((name, mask) => console.log(`  ${name.padEnd(4)} ${model.primaries[mask].map((v) => fmt(v, 1)).join(' / ')}`));
  console.log(`  CMYK ${model.primaries[15].map((v) => fmt(v, 1)).join(' / ')}`);
  for (const [pair, mask] of [['MY', 6], ['CY', 5], ['CM', 3]]) {
    console.log(`  ${pair}: model vs cited ${condition.overprintCheck[pair].join('/')}: ΔE76 ${fmt(deltaE76(model.primaries[mask], condition.overprintCheck[pair]), 1)}`);
  }
  const tv = toneValueCurve(condition.toneValueIncreaseAt40 / 100);
  console.log(`Tone value curve: TVI at 40 % ${fmt((tv(0.4) - 0.4) * 100, 1)} %, at 80 % ${fmt((tv(0.8) - 0.8) * 100, 1)} %`);
  console.log(`Four-colour black C44 M38 Y38 K100 (WAN-IFRA's patch): L*a*b* ${model.lab([44, 38, 38, 100]).map((v) => fmt(v, 1)).join(' / ')}`);
}

async function main() {
  const model = createPrintModel(condition);
  describeModel(model);
  if (!process.argv.includes('--check-only')) generate(model);
  const bytes = readFileSync(PROFILE_OUT);
  console.log(`${PROFILE_OUT}: ${bytes.length} bytes`);

  const fit = run('profcheck', [TI3_OUT, PROFILE_OUT]).trim();
  console.log(`profcheck (absolute, CIE76): ${fit}`);

  // sRGB → Lab through Argyll's sRGB profile (icclu cannot read libvips's ICC v4 sRGB, the one
  // sharp assumes for untagged RGB; both are the IEC 61966-2-1 primaries and curve).
  const probeNames = Object.keys(PROBES);
  const labValues = icclu(SRGB_ICM, ['-f', 'f', '-i', 'r', '-p', 'l'], probeNames.map((n) => PROBES[n].map((v) => v / 255))).map((row) => row.slice(0, 3));
  const cmyks = icclu(PROFILE_OUT, ['-f', 'b', '-i', 'p', '-p', 'l', '-s', '100'], labValues).map((row) => row.slice(0, 4));
  const reference = Object.fromEntries(probeNames.map((n, i) => [n, { rgb: PROBES[n], lab: labValues[i].map((v) => Number(fmt(v, 3))), cmyk: cmyks[i].map((v) => Number(fmt(v, 3))) }]));

  const viaSharp = await sharpSeparations(PROFILE_OUT);
  let worst = 0;
  console.log('sRGB → CMYK %, perceptual: icclu (Argyll) | sharp (libvips + lcms2)');
  for (const [name, ref] of Object.entries(reference)) {
    const s = viaSharp[name];
    const diff = Math.max(...ref.cmyk.map((v, i) => Math.abs(v - s[i])));
    worst = Math.max(worst, diff);
    console.log(`  ${name.padEnd(8)} ${ref.cmyk.map((v) => fmt(v, 1).padStart(5)).join(' ')} | ${s.map((v) => fmt(v, 1).padStart(5)).join(' ')}  (max diff ${fmt(diff, 1)})`);
  }
  const maxInk = await maxInkOverCube(PROFILE_OUT);
  console.log(`Largest channel difference icclu vs sharp: ${fmt(worst, 2)} %; highest total ink over an sRGB cube (sharp): ${fmt(maxInk, 1)} %`);

  const check = {
    profile: condition.profile.file,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    totalInkLimit: condition.profile.totalInkLimit,
    intent: 'perceptual',
    profcheck: fit,
    maxInkOverSrgbCube: Number(fmt(maxInk, 2)),
    icclu: reference,
  };
  writeFileSync(CHECK_OUT, `${JSON.stringify(check, null, 2)}\n`);
  console.log(`Wrote ${CHECK_OUT}`);
}

await main();
