#!/usr/bin/env node
// galley.mjs: the `galley` command. It runs the TypeScript sources through tsx, so the CLI works
// straight after `npm install`, with no build step; all the logic is in src/main/cli/.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// Pin tsx to the main-process tsconfig: tsx otherwise reads whatever tsconfig.json sits in the
// caller's working directory, which may belong to another project.
register({ tsconfig: fileURLToPath(new URL('../tsconfig.node.json', import.meta.url)) });

// `galley info x | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { runCli, processIo } = await import('../src/main/cli/main.ts');
const code = await runCli(process.argv.slice(2), processIo());
// Exit explicitly: a command that has finished must not linger on a forgotten handle. Writes to
// pipes and files are synchronous on POSIX, so nothing printed is lost; the empty write waits
// for a TTY or Windows pipe to drain first.
process.stdout.write('', () => process.exit(code));
