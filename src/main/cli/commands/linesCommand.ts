// linesCommand.ts: `galley lines`, the inspection and conformance command of the composition
// engine. It runs the paragraph stages of src/shared/layout/inline on text from stdin, with the
// conformance defaults (no indent, no hanging punctuation, no Han–Latin autospace, orphan
// control only when asked): one paragraph into lines, its break opportunities, or a stream of
// JSON cases (--batch) so that a conformance suite needs one process, not one per case.
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
import { type Messages, messagesFor } from '../messages';

export const linesCommand: CliCommand = {
  name: 'lines',
  usage: 'lines --width-em N [--level GB|strict|loose|basic|none|uax14] [--size PT] [--font NAME] [--orphan-control] [--json] | --breaks | --batch',
  summary: (m) => m.lines.summary,
  options: {
    'width-em': { type: 'string', valueName: 'N', describe: (m) => m.lines.widthEm },
    level: { type: 'string', valueName: 'GB|strict|loose|basic|none|uax14', describe: (m) => m.lines.level },
    'orphan-control': { type: 'boolean', describe: (m) => m.lines.orphanControl },
    json: { type: 'boolean', describe: (m) => m.lines.json },
    breaks: { type: 'boolean', describe: (m) => m.lines.breaks },
    batch: { type: 'boolean', describe: (m) => m.lines.batch },
    size: { type: 'string', valueName: 'PT', describe: (m) => m.lines.size },
    font: { type: 'string', valueName: 'NAME', describe: (m) => m.lines.font },
  },
  positionals: { min: 0, max: 0, names: '' },
  async run({ values, io, m }) {
    const font = stringOption(values, 'font');
    if (font !== undefined) throw new CliFailure(m.lines.fontUnavailable(font));
    const level = parseLevel(stringOption(values, 'level') ?? 'GB', m);
    const size = parsePositive(stringOption(values, 'size'), m.lines.badSize);
    const widthEm = parsePositive(stringOption(values, 'width-em'), m.lines.badWidth);
    const orphanControl = flagOption(values, 'orphan-control');
    const batch = flagOption(values, 'batch');
    const breaks = flagOption(values, 'breaks');
    if (batch && (breaks || widthEm !== undefined)) throw new UsageError(m.lines.batchAlone);
    if (breaks && widthEm !== undefined) throw new UsageError(m.lines.breaksOrWidth);
    if (!batch && !breaks && widthEm === undefined) throw new UsageError(m.lines.missingMode);

    const stdin = openStdin(io, m, batch ? m.lines.waitingBatch : m.lines.waitingParagraph);
    if (batch) return runBatch(stdin, io, { level, orphanControl });

    const text = stripFinalNewline(await readAll(stdin));
    if (breaks) {
      io.out(JSON.stringify(breakOpportunities(text, level)));
      return 0;
    }
    const lines = fitLinesEm(text, { widthEm: widthEm ?? 0, level, orphanControl });
    if (flagOption(values, 'json')) {
      io.out(JSON.stringify({ widthEm, level, orphanControl, ...(size === undefined ? {} : { sizePt: size }), lines: lines.map((l) => lineJson(l, size)) }, null, 2));
    } else {
      for (const line of lines) io.out(line.text.replace(/[\r\n\u0085\u2028\u2029]+$/u, ''));
    }
    return 0;
  },
};

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

interface BatchDefaults {
  readonly level: ProhibitionLevel;
  readonly orphanControl: boolean;
}

/** One JSON line in, one JSON line out, as each input line arrives (a driver may wait for it). */
async function runBatch(chunks: AsyncIterable<string>, io: CliIo, defaults: BatchDefaults): Promise<number> {
  let pending = '';
  let lineNumber = 0;
  let failures = 0;
  const handle = (line: string): void => {
    lineNumber++;
    if (line.trim() === '') return;
    const answer = batchAnswer(line, defaults);
    if ('error' in answer) failures++;
    io.out(JSON.stringify('error' in answer ? { line: lineNumber, ...answer } : answer));
  };
  for await (const chunk of chunks) {
    pending += chunk;
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      handle(pending.slice(0, newline).replace(/\r$/u, ''));
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
  }
  if (pending !== '') handle(pending);
  return failures === 0 ? 0 : 1;
}

type BatchAnswer = { readonly id?: string; readonly breaks: number[]; readonly lines?: string[] } | { readonly id?: string; readonly error: string };

/** Batch output is read by programs, so its errors are in English whatever --lang says. */
const batchMessages = messagesFor('en').lines;

function batchAnswer(line: string, defaults: BatchDefaults): BatchAnswer {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    return { error: batchMessages.batchNotJson(error instanceof Error ? error.message : String(error)) };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { error: batchMessages.batchNotObject };
  const c = input as Record<string, unknown>;
  const id = typeof c.id === 'string' ? { id: c.id } : {};
  if (typeof c.text !== 'string') return { ...id, error: batchMessages.batchField('text', 'a string') };
  let level = defaults.level;
  if (c.level !== undefined) {
    const parsed = typeof c.level === 'string' ? parseProhibitionLevel(c.level) : null;
    if (parsed === null) return { ...id, error: batchMessages.batchField('level', 'one of GB, strict, loose, basic, none, uax14') };
    level = parsed;
  }
  const widthEm = c.widthEm;
  if (widthEm !== undefined && (typeof widthEm !== 'number' || !Number.isFinite(widthEm) || widthEm <= 0)) {
    return { ...id, error: batchMessages.batchField('widthEm', 'a positive number') };
  }
  const options = c.options ?? {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return { ...id, error: batchMessages.batchField('options', 'an object') };
  const { orphanControl = defaults.orphanControl, latinAdvanceEm } = options as Record<string, unknown>;
  if (typeof orphanControl !== 'boolean') return { ...id, error: batchMessages.batchField('options.orphanControl', 'true or false') };
  if (latinAdvanceEm !== undefined && (typeof latinAdvanceEm !== 'number' || !(latinAdvanceEm > 0 && latinAdvanceEm <= 1))) {
    return { ...id, error: batchMessages.batchField('options.latinAdvanceEm', 'a number in (0, 1]') };
  }
  const breaks = breakOpportunities(c.text, level);
  if (widthEm === undefined) return { ...id, breaks };
  const lines = fitLinesEm(c.text, { widthEm, level, orphanControl, ...(latinAdvanceEm === undefined ? {} : { latinAdvanceEm }) });
  return { ...id, breaks, lines: lines.map((l) => l.text) };
}
