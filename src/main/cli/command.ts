// command.ts: what a CLI command is. Each command lives in its own module under commands/ and is
// listed once in commands/index.ts; main.ts parses, dispatches and reports errors for all alike.
import type { CliIo } from './io';
import type { CliLang, Messages } from './messages';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  /** Shown in help after the option name, e.g. N for --port N. */
  readonly valueName?: string;
  readonly describe: (m: Messages) => string;
}

export type OptionValues = Readonly<Record<string, string | boolean | Array<string | boolean> | undefined>>;

export interface CommandContext {
  /** Positional arguments after the command name. */
  readonly args: readonly string[];
  readonly values: OptionValues;
  readonly io: CliIo;
  readonly lang: CliLang;
  readonly m: Messages;
  readonly debug: boolean;
  readonly version: string;
  /** The checkout or installed package root (where package.json, resources/ and out/ live). */
  readonly projectRoot: string;
}

export interface CliCommand {
  readonly name: string;
  /** The synopsis after `galley `, e.g. `info EDITION [--json]`. */
  readonly usage: string;
  readonly summary: (m: Messages) => string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** How many positionals the command takes, and what they are called in messages. */
  readonly positionals: { readonly min: number; readonly max: number; readonly names: string };
  /** Resolves to the exit code. Throws UsageError / CliFailure (or anything) on failure. */
  run(ctx: CommandContext): Promise<number>;
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function flagOption(values: OptionValues, name: string): boolean {
  return values[name] === true;
}
