// parse.ts: the command line → which command, its options and positionals. node:util parseArgs
// does the parsing; this adds the two-step dance a multi-command tool needs (find the command
// first, then parse strictly with that command's options plus the global ones).
import { parseArgs } from 'node:util';
import type { CliCommand, OptionSpec, OptionValues } from './command';
import { UsageError } from './failure';
import { type CliLang, isCliLang, type Messages, messagesFor } from './messages';

export const GLOBAL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  help: { type: 'boolean', short: 'h', describe: (m) => m.opt.help },
  version: { type: 'boolean', short: 'v', describe: (m) => m.opt.version },
  lang: { type: 'string', valueName: 'zh-CN|en', describe: (m) => m.opt.lang },
  debug: { type: 'boolean', describe: (m) => m.opt.debug },
};

export interface Preparsed {
  readonly lang: CliLang;
  readonly debug: boolean;
  readonly help: boolean;
  readonly version: boolean;
  /** The first positional: the command name, or null. */
  readonly commandName: string | null;
  /** argv without the command name. */
  readonly rest: readonly string[];
}

/**
 * A forgiving first pass: finds the global flags and the command name, whatever else is there.
 * Throws UsageError for a bad --lang (in English, since the language is what is wrong).
 */
export function preparse(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Preparsed {
  const { values, tokens } = parseArgs({
    args: [...argv],
    options: toParseArgs(GLOBAL_OPTIONS),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const langValue = values.lang;
  let lang: CliLang = 'en';
  if (typeof langValue === 'string') {
    if (!isCliLang(langValue)) throw new UsageError(messagesFor('en').badLang(langValue));
    lang = langValue;
  } else if (env.GALLEY_LANG !== undefined && isCliLang(env.GALLEY_LANG)) {
    lang = env.GALLEY_LANG;
  } else if (/^zh/iu.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '')) {
    // A Chinese desktop gets Chinese messages without asking, as the window does.
    lang = 'zh-CN';
  }
  const first = tokens.find((t) => t.kind === 'positional');
  const rest = first === undefined ? [...argv] : argv.filter((_, i) => i !== first.index);
  return {
    lang,
    debug: values.debug === true,
    help: values.help === true,
    version: values.version === true,
    commandName: first?.kind === 'positional' ? first.value : null,
    rest,
  };
}

export interface ParsedCommandLine {
  readonly values: OptionValues;
  readonly positionals: readonly string[];
}

/** The strict pass: only this command's options and the global ones are accepted. */
export function parseCommandLine(command: CliCommand, rest: readonly string[], m: Messages): ParsedCommandLine {
  let parsed: { values: OptionValues; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...rest],
      options: toParseArgs({ ...GLOBAL_OPTIONS, ...command.options }),
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    // parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes and a readable message.
    throw new UsageError(m.badArgs(error instanceof Error ? error.message : String(error)), { cause: error });
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

/** Checks the positional count once the user has not asked for --help. */
export function checkPositionals(command: CliCommand, positionals: readonly string[], m: Messages): void {
  const { min, max, names } = command.positionals;
  if (positionals.length < min) throw new UsageError(m.tooFewArgs(names));
  const extra = positionals[max];
  if (positionals.length > max && extra !== undefined) throw new UsageError(m.tooManyArgs(extra));
}

type ParseArgsOptions = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

function toParseArgs(specs: Readonly<Record<string, OptionSpec>>): ParseArgsOptions {
  const out: ParseArgsOptions = {};
  for (const [name, spec] of Object.entries(specs)) {
    out[name] = {
      type: spec.type,
      ...(spec.short === undefined ? {} : { short: spec.short }),
      ...(spec.multiple === undefined ? {} : { multiple: spec.multiple }),
    };
  }
  return out;
}
