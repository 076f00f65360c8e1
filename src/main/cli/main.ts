// main.ts: the `galley` command line. bin/galley.mjs calls runCli; tests may too, with their own
// CliIo. Parsing, help and error reporting are the same for every command in commands/.
import type { CommandContext } from './command';
import { COMMANDS, findCommand } from './commands';
import { EXIT_USAGE, reportError, UsageError } from './failure';
import { commandHelp, globalHelp } from './help';
import type { CliIo } from './io';
import { messagesFor } from './messages';
import { checkPositionals, parseCommandLine, preparse } from './parse';
import { findProjectRoot, readVersion } from './projectPaths';

export { processIo } from './io';
export type { CliIo } from './io';

/** Runs one command line and resolves to the process exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let m = messagesFor('en');
  let debug = argv.includes('--debug');
  let commandName: string | null = null;
  try {
    const pre = preparse(argv, io.env);
    m = messagesFor(pre.lang);
    debug = pre.debug;
    commandName = pre.commandName;
    const projectRoot = findProjectRoot();
    const version = readVersion(projectRoot);

    // `galley help [command]` is the same as `galley [command] --help`.
    const askedHelp = pre.help || commandName === 'help';
    if (commandName === 'help') commandName = pre.rest.find((a) => !a.startsWith('-')) ?? null;
    if (commandName === null) {
      if (pre.version) {
        io.out(version);
        return 0;
      }
      // Bare `galley` is a usage error: show the help where errors go.
      const print = askedHelp ? io.out : io.err;
      for (const line of globalHelp(COMMANDS, m)) print(line);
      return askedHelp ? 0 : EXIT_USAGE;
    }
    const command = findCommand(commandName);
    if (!command) throw new UsageError(m.unknownCommand(commandName));
    const parsed = parseCommandLine(command, pre.rest, m);
    if (askedHelp) {
      for (const line of commandHelp(command, m)) io.out(line);
      return 0;
    }
    checkPositionals(command, parsed.positionals, m);
    const context: CommandContext = {
      args: parsed.positionals,
      values: parsed.values,
      io,
      lang: pre.lang,
      m,
      debug,
      version,
      projectRoot,
    };
    return await command.run(context);
  } catch (error) {
    return reportError(error, { m, debug, command: commandName, err: io.err });
  }
}
