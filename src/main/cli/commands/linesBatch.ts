// linesBatch.ts: `galley lines --batch`, the conformance driver's mode: JSON lines in, one JSON
// line out per input line, written as each arrives. A line may name a font and size, and is then
// set by the real engine (linesWithFonts.ts) instead of the em model.
import type { FontPair } from '../../../shared/layout/fonts';
import { breakOpportunities, fitLinesEm, parseProhibitionLevel, type ProhibitionLevel } from '../../../shared/layout/inline';
import type { CliIo } from '../io';
import { messagesFor } from '../messages';
import { composeLinesWithFont, fontLinesEnv, parseSize, UnknownFontError } from './linesWithFonts';

export interface BatchDefaults {
  readonly level: ProhibitionLevel;
  readonly orphanControl: boolean;
  /** From --font/--latin-font: lines without a "font" of their own use it; none → em model. */
  readonly font: FontPair | undefined;
  readonly sizePt: number;
  readonly autospace: boolean;
  readonly projectRoot: string;
}

/** One JSON line in, one JSON line out, as each input line arrives (a driver may wait for it). */
export async function runBatch(chunks: AsyncIterable<string>, io: CliIo, defaults: BatchDefaults): Promise<number> {
  let pending = '';
  let lineNumber = 0;
  let failures = 0;
  const handle = async (line: string): Promise<void> => {
    lineNumber++;
    if (line.trim() === '') return;
    const answer = await batchAnswer(line, defaults);
    if ('error' in answer) failures++;
    io.out(JSON.stringify('error' in answer ? { line: lineNumber, ...answer } : answer));
  };
  for await (const chunk of chunks) {
    pending += chunk;
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      await handle(pending.slice(0, newline).replace(/\r$/u, ''));
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
  }
  if (pending !== '') await handle(pending);
  return failures === 0 ? 0 : 1;
}

type BatchAnswer =
  | { readonly id?: string; readonly breaks: number[]; readonly lines?: string[]; readonly missing?: ReadonlyArray<{ offset: number; char: string }> }
  | { readonly id?: string; readonly error: string };

/** Batch output is read by programs, so its errors are in English whatever --lang says. */
const batchMessages = messagesFor('en').lines;

const isFamily = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

async function batchAnswer(line: string, defaults: BatchDefaults): Promise<BatchAnswer> {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    return { error: batchMessages.batchNotJson(error instanceof Error ? error.message : String(error)) };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { error: batchMessages.batchNotObject };
  const c = input as Record<string, unknown>;
  const id = typeof c.id === 'string' ? { id: c.id } : {};
  const fail = (field: string, expected: string): BatchAnswer => ({ ...id, error: batchMessages.batchField(field, expected) });
  if (typeof c.text !== 'string') return fail('text', 'a string');
  let level = defaults.level;
  if (c.level !== undefined) {
    const parsed = typeof c.level === 'string' ? parseProhibitionLevel(c.level) : null;
    if (parsed === null) return fail('level', 'one of GB, strict, loose, basic, none, uax14');
    level = parsed;
  }
  const widthEm = c.widthEm;
  if (widthEm !== undefined && (typeof widthEm !== 'number' || !Number.isFinite(widthEm) || widthEm <= 0)) return fail('widthEm', 'a positive number');
  const options = c.options ?? {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return fail('options', 'an object');
  const { orphanControl = defaults.orphanControl, latinAdvanceEm, autospace = defaults.autospace } = options as Record<string, unknown>;
  if (typeof orphanControl !== 'boolean') return fail('options.orphanControl', 'true or false');
  if (typeof autospace !== 'boolean') return fail('options.autospace', 'true or false');
  if (latinAdvanceEm !== undefined && (typeof latinAdvanceEm !== 'number' || !(latinAdvanceEm > 0 && latinAdvanceEm <= 1))) {
    return fail('options.latinAdvanceEm', 'a number in (0, 1]');
  }
  if (c.font !== undefined && !isFamily(c.font)) return fail('font', 'a font family name');
  if (c.latinFont !== undefined && !isFamily(c.latinFont)) return fail('latinFont', 'a font family name');
  const sizePt = c.size === undefined ? defaults.sizePt : typeof c.size === 'number' || typeof c.size === 'string' ? parseSize(String(c.size)) : undefined;
  if (sizePt === undefined) return fail('size', 'a positive number of points or a 字号 name (小五)');
  const cjk = isFamily(c.font) ? c.font : defaults.font?.cjk;
  const font: FontPair | undefined = cjk === undefined ? undefined : { cjk, latin: isFamily(c.latinFont) ? c.latinFont : isFamily(c.font) ? c.font : (defaults.font?.latin ?? cjk) };
  if (!font && c.latinFont !== undefined) return fail('latinFont', 'given with "font"');
  if (!font && autospace) return fail('options.autospace', 'given with "font" (the em model has no autospace)');
  if (font && latinAdvanceEm !== undefined) return fail('options.latinAdvanceEm', 'left out with "font" (the font gives every advance)');

  const breaks = breakOpportunities(c.text, level);
  if (widthEm === undefined) return { ...id, breaks };
  if (!font) {
    const lines = fitLinesEm(c.text, { widthEm, level, orphanControl, ...(latinAdvanceEm === undefined ? {} : { latinAdvanceEm }) });
    return { ...id, breaks, lines: lines.map((l) => l.text) };
  }
  let env;
  try {
    env = await fontLinesEnv(defaults.projectRoot, font);
  } catch (error) {
    if (error instanceof UnknownFontError) return { ...id, error: error.message };
    throw error;
  }
  const set = composeLinesWithFont(c.text, { font, sizePt, widthEm, level, orphanControl, autospace }, env);
  return { ...id, breaks, lines: set.lines.map((l) => l.text), ...(set.missing.length > 0 ? { missing: set.missing } : {}) };
}
