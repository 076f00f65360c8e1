// io.ts: the CLI's contact with the outside world, passed in so commands can run in-process.

export interface CliIo {
  /** Writes one line (a newline is added) to standard output. */
  readonly out: (line: string) => void;
  /** Writes one line to standard error. */
  readonly err: (line: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Resolves with the name of the first SIGINT or SIGTERM received (for `serve`). */
  readonly waitForStopSignal: () => Promise<string>;
  /**
   * Standard input as UTF-8 text chunks (for `lines`), opened only when a command asks. Absent
   * where there is none, as in in-process runs that do not give one.
   */
  readonly stdin?: () => StdinSource;
}

export interface StdinSource {
  /** A terminal, not a pipe or file: the user is typing, so say what is expected. */
  readonly isTTY: boolean;
  readonly chunks: AsyncIterable<string>;
}

/** The real process: stdout, stderr, its working directory and signals. */
export function processIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    cwd: process.cwd(),
    env: process.env,
    stdin: () => ({ isTTY: process.stdin.isTTY === true, chunks: process.stdin.setEncoding('utf8') }),
    waitForStopSignal: () =>
      new Promise((resolve) => {
        const stop = (signal: NodeJS.Signals): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve(signal);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      }),
  };
}
