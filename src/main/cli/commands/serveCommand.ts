// serveCommand.ts: `galley serve EDITION [--port N] [--read-only] [--take-over] [--documents DIR]`.
// Opens the edition (taking its lock unless read-only), serves it with the renderer on
// 127.0.0.1, and on SIGINT/SIGTERM saves, releases the lock and exits 0. The window may switch
// to another edition (new, open, save as) inside the documents folder; the one open at the stop
// is the one saved and closed.
import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startHttpHost } from '../../http';
import { defaultConfigDir, defaultDocumentsDir, EditionsHost, RecentEditions } from '../../services/editions';
import { createFontService } from '../../services/fonts';
import { currentOwner } from '../../services/session';
import { type CliCommand, flagOption, stringOption } from '../command';
import { existingEditionDir, openingEdition } from '../editionDir';
import { CliFailure, UsageError } from '../failure';
import { randomIds } from '../ids';
import type { Messages } from '../messages';
import { defaultRendererDir } from '../projectPaths';

/**
 * The line scripts and the end-to-end tests parse (they match
 * /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+/); it stays in English in every language.
 */
export function servingLine(edition: string, url: string): string {
  return `Galley is serving ${edition} at ${url}`;
}

export const serveCommand: CliCommand = {
  name: 'serve',
  usage: 'serve EDITION [--port N] [--read-only] [--take-over] [--documents DIR]',
  summary: (m) => m.serve.summary,
  options: {
    port: { type: 'string', valueName: 'N', describe: (m) => m.serve.port },
    'read-only': { type: 'boolean', describe: (m) => m.serve.readOnly },
    'take-over': { type: 'boolean', describe: (m) => m.serve.takeOver },
    'renderer-dir': { type: 'string', valueName: 'DIR', describe: (m) => m.serve.rendererDir },
    documents: { type: 'string', valueName: 'DIR', describe: (m) => m.serve.documents },
  },
  positionals: { min: 1, max: 1, names: 'EDITION' },
  async run({ args, values, io, m, version, projectRoot }) {
    const port = parsePort(stringOption(values, 'port'), m);
    const rendererOption = stringOption(values, 'renderer-dir');
    const rendererDir = rendererOption === undefined ? defaultRendererDir(projectRoot) : resolve(io.cwd, rendererOption);
    const dir = await existingEditionDir(io.cwd, args[0] ?? '', m);
    // Checked before the lock is taken, so a missing build costs nothing to retry.
    await access(join(rendererDir, 'index.html')).catch(() => {
      throw new CliFailure(m.serve.rendererMissing(join(rendererDir, 'index.html')));
    });

    const documentsOption = stringOption(values, 'documents');
    const log = (message: string, error?: unknown): void => io.err(`${message}${error instanceof Error ? `: ${error.stack ?? error.message}` : ''}`);
    const fonts = createFontService({ projectRoot });
    const editions = new EditionsHost({
      transport: 'http',
      version,
      fonts,
      documentsDir: documentsOption === undefined ? defaultDocumentsDir() : resolve(io.cwd, documentsOption),
      recent: new RecentEditions(defaultConfigDir()),
      newId: randomIds(),
      sessionOptions: {
        owner: currentOwner(),
        onAutosaveError: (error) => io.err(m.errorPrefix + m.serve.autosaveFailed(error instanceof Error ? error.message : String(error))),
        log: (error) => log('edit journal', error),
      },
      log: (error) => log('editions', error),
    });
    const mode = flagOption(values, 'read-only') ? 'readOnly' : flagOption(values, 'take-over') ? 'takeOver' : 'edit';
    const session = await openingEdition(dir, m, () => editions.open(dir, mode));
    let host;
    try {
      host = await startHttpHost({ editions, rendererDir, port, version, fonts, log });
    } catch (error) {
      await editions.close();
      if (isErrno(error, 'EADDRINUSE') || isErrno(error, 'EACCES')) throw new CliFailure(m.serve.portUnavailable(port), { cause: error });
      throw error;
    }

    io.out(servingLine(dir, host.url));
    if (session.readOnly) {
      const h = session.lockedBy;
      io.out(m.serve.readOnlyNote(h ? m.lockHolder(h.user, h.host, h.pid, h.since) : null));
    }
    const recovery = session.recovery;
    if (recovery) io.out(m.serve.recoveryPending(recovery.edits, recovery.lastEditAt));
    io.out(m.serve.stopHint);

    const signal = await io.waitForStopSignal();
    io.out(m.serve.stopping(signal));
    await host.close();
    await editions.close();
    io.out(m.serve.stopped);
    return 0;
  },
};

function parsePort(value: string | undefined, m: Messages): number {
  if (value === undefined) return 0;
  if (!/^\d{1,5}$/u.test(value) || Number(value) > 65535) throw new UsageError(m.serve.badPort(value));
  return Number(value);
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
