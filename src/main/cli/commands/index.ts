// The command table. A new command is one module here and one line below; help, parsing and
// error reporting come with it.
import type { CliCommand } from '../command';
import { checkCommand } from './checkCommand';
import { exportCommand } from './exportCommand';
import { importCommand } from './importCommand';
import { infoCommand } from './infoCommand';
import { layoutCommand } from './layoutCommand';
import { linesCommand } from './linesCommand';
import { newCommand } from './newCommand';
import { serveCommand } from './serveCommand';

export const COMMANDS: readonly CliCommand[] = [newCommand, importCommand, infoCommand, serveCommand, linesCommand, layoutCommand, checkCommand, exportCommand];

export function findCommand(name: string): CliCommand | undefined {
  return COMMANDS.find((command) => command.name === name);
}
