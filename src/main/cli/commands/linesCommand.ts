// linesCommand.ts: `galley lines`, the inspection and conformance command of the composition
// engine. It runs the paragraph stages of src/shared/layout/inline on text from stdin, with the
// conformance defaults (no indent, no hanging punctuation, no Han–Latin autospace, orphan
// control only when asked): one paragraph into lines, its break opportunities, or a stream of
// JSON cases (--batch) so that a conformance suite needs one process, not one per case. Widths
// come from the em reference model, or with --font from real faces through the engine
// (linesWithFonts.ts).
import type { FontPair } from '../../../shared/layout/fonts';
import {
  breakOpportunities,
  type EmLine,
  fitLinesEm,
  parseProhibitionLevel,
  type ProhibitionLevel,
} from '../../../shared/layout/inline';
import { type CliCommand, flagOption, stringOption } from '../command';
import { CliFailure, UsageError } from '../failure';
import type { CliIo } from '../io';
import type { Messages } from '../messages';
import { runBatch } from './linesBatch';
import { composeLinesWithFont, DEFAULT_FONT_SIZE, type FontLines, fontLinesEnv, parseSize, UnknownFontError } from './linesWithFonts';

export const linesCommand: CliCommand = {
  name: 'lines',
  usage: 'lines --width-em N [--level GB|strict|loose|basic|none|uax14] [--size PT|字号] [--font NAME [--latin-font NAME] [--autospace]] [--orphan-control] [--json] | --breaks | --batch',
  summary: (m) => m.lines.summary,
  options: {
    'width-em': { type: 'string', valueName: 'N', describe: (m) => m.lines.widthEm },
    level: { type: 'string', valueName: 'GB|strict|loose|basic|none|uax14', describe: (m) => m.lines.level },
    'orphan-control': { type: 'boolean', describe: (m) => m.lines.orphanControl },
    json: { type: 'boolean', describe: (m) => m.lines.json },
    breaks: { type: 'boolean', describe: (m) => m.lines.breaks },
    batch: { type: 'boolean', describe: (m) => m.lines.batch },
    size: { type: 'string', valueName: 'PT|字号', describe: (m) => m.lines.size },
    font: { type: 'string', valueName: 'NAME', describe: (m) => m.lines.font },
    'latin-font': { type: 'string', valueName: 'NAME', describe: (m) => m.lines.latinFont },
    autospace: { type: 'boolean', describe: (m) => m.lines.autospace },
  },
  positionals: { min: 0, max: 0, names: '' },
  async run({ values, io, m, projectRoot }) {
    const level = parseLevel(stringOption(values, 'level') ?? 'GB', m);
    const sizeText = stringOption(values, 'size');
    const size = sizeText === undefined ? undefined : parseSize(sizeText);
    if (sizeText !== undefined && size === undefined) throw new UsageError(m.lines.badSize(sizeText));
    const widthEm = parsePositive(stringOption(values, 'width-em'), m.lines.badWidth);
    const orphanControl = flagOption(values, 'orphan-control');
    const batch = flagOption(values, 'batch');
    const breaks = flagOption(values, 'breaks');
    const font = fontPair(stringOption(values, 'font'), stringOption(values, 'latin-font'), m);
    const autospace = flagOption(values, 'autospace');
    if (autospace && !font) throw new UsageError(m.lines.needsFont('--autospace'));
    if (batch && (breaks || widthEm !== undefined)) throw new UsageError(m.lines.batchAlone);
    if (breaks && widthEm !== undefined) throw new UsageError(m.lines.breaksOrWidth);
    if (breaks && font) throw new UsageError(m.lines.breaksNoFont);
    if (!batch && !breaks && widthEm === undefined) throw new UsageError(m.lines.missingMode);

    const stdin = openStdin(io, m, batch ? m.lines.waitingBatch : m.lines.waitingParagraph);
    if (batch) return runBatch(stdin, io, { level, orphanControl, font, sizePt: size ?? DEFAULT_FONT_SIZE, autospace, projectRoot });

    const text = stripFinalNewline(await readAll(stdin));
    if (breaks) {
      io.out(JSON.stringify(breakOpportunities(text, level)));
      return 0;
    }
    if (font) {
      const sizePt = size ?? DEFAULT_FONT_SIZE;
      const env = await fontLinesEnv(projectRoot, font).catch((error: unknown) => {
        throw error instanceof UnknownFontError ? new CliFailure(m.lines.unknownFont(error.family, error.known), { cause: error }) : error;
      });
      const set = composeLinesWithFont(text, { font, sizePt, widthEm: widthEm ?? 0, level, orphanControl, autospace }, env);
      for (const g of set.missing) io.err(m.lines.missingGlyph(g.char, hex(g.char), g.offset));
      if (flagOption(values, 'json')) io.out(JSON.stringify(fontJson(set, { font, sizePt, widthEm, level, orphanControl, autospace }), null, 2));
      else for (const line of set.lines) io.out(printable(line.text));
      return 0;
    }
    const lines = fitLinesEm(text, { widthEm: widthEm ?? 0, level, orphanControl });
    if (flagOption(values, 'json')) {
      io.out(JSON.stringify({ widthEm, level, orphanControl, ...(size === undefined ? {} : { sizePt: size }), lines: lines.map((l) => lineJson(l, size)) }, null, 2));
    } else {
      for (const line of lines) io.out(printable(line.text));
    }
    return 0;
  },
};

/** A line as printed: without the line break that may end it. */
function printable(text: string): string {
  return text.replace(/[\r\n\u0085\u2028\u2029]+$/u, '');
}

function hex(char: string): string {
  return (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}

/** --font NAME alone names both faces (a CJK font draws Latin too); --latin-font overrides Latin. */
function fontPair(cjk: string | undefined, latin: string | undefined, m: Messages): FontPair | undefined {
  if (cjk === undefined) {
    if (latin !== undefined) throw new UsageError(m.lines.needsFont('--latin-font'));
    return undefined;
  }
  if (cjk.trim() === '') throw new UsageError(m.lines.badFont('--font'));
  if (latin !== undefined && latin.trim() === '') throw new UsageError(m.lines.badFont('--latin-font'));
  return { cjk, latin: latin ?? cjk };
}

interface FontJsonHead {
  readonly font: FontPair;
  readonly sizePt: number;
  readonly widthEm: number | undefined;
  readonly level: ProhibitionLevel;
  readonly orphanControl: boolean;
  readonly autospace: boolean;
}

function fontJson(set: FontLines, head: FontJsonHead) {
  const { font, sizePt, widthEm, level, orphanControl, autospace } = head;
  return {
    font,
    sizePt,
    widthEm,
    measurePt: set.measurePt,
    level,
    orphanControl,
    autospace,
    method: set.method,
    lines: set.lines,
    missing: set.missing,
  };
}

function parseLevel(value: string, m: Messages): ProhibitionLevel {
  const level = parseProhibitionLevel(value);
  if (level === null) throw new UsageError(m.lines.badLevel(value));
  return level;
}

function parsePositive(value: string | undefined, message: (value: string) => string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) throw new UsageError(message(value));
  return n;
}

function lineJson(line: EmLine, size: number | undefined) {
  const { text, start, end, naturalEm, widthEm, adjustmentEm, resolution, hyphenated } = line;
  const pt = size === undefined ? {} : { widthPt: round(widthEm * size), adjustmentPt: round(adjustmentEm * size) };
  return { text, start, end, naturalEm, widthEm, adjustmentEm, ...pt, resolution, hyphenated };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function openStdin(io: CliIo, m: Messages, waiting: string): AsyncIterable<string> {
  if (!io.stdin) throw new CliFailure(m.lines.noStdin);
  const source = io.stdin();
  if (source.isTTY) io.err(waiting);
  return source.chunks;
}

async function readAll(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

/** `echo 文字 | galley lines` brings one newline that is not part of the paragraph. */
function stripFinalNewline(text: string): string {
  return text.replace(/\r?\n$/u, '');
}
