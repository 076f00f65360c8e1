// help.ts: `galley --help` and `galley <command> --help`, built from the command table so a new
// command documents itself.
import type { CliCommand, OptionSpec } from './command';
import type { Messages } from './messages';
import { GLOBAL_OPTIONS } from './parse';
import { padDisplay } from './textTable';

export function globalHelp(commands: readonly CliCommand[], m: Messages): string[] {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    m.usage,
    '',
    m.commandsHeading,
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary(m)}`),
    '',
    m.globalOptionsHeading,
    ...optionLines(GLOBAL_OPTIONS, m),
    '',
    m.moreHelp,
  ];
}

export function commandHelp(command: CliCommand, m: Messages): string[] {
  const lines = [m.commandUsage(command.usage), '', command.summary(m)];
  if (Object.keys(command.options).length > 0) lines.push('', m.optionsHeading, ...optionLines(command.options, m));
  lines.push('', m.globalOptionsHeading, ...optionLines(GLOBAL_OPTIONS, m));
  return lines;
}

function optionLines(options: Readonly<Record<string, OptionSpec>>, m: Messages): string[] {
  const entries = Object.entries(options).map(([name, spec]) => {
    const short = spec.short === undefined ? '    ' : `-${spec.short}, `;
    const value = spec.type === 'string' ? ` ${spec.valueName ?? 'VALUE'}` : '';
    return { left: `${short}--${name}${value}`, right: spec.describe(m) };
  });
  const width = Math.max(...entries.map((e) => e.left.length)) + 2;
  return entries.map((e) => `  ${padDisplay(e.left, width)}${e.right}`);
}
