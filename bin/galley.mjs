#!/usr/bin/env node
// galley.mjs: the `galley` command; all the logic is in src/main/cli/. It runs the CLI bundle in
// out/cli/ (scripts/buildCli.mjs), which starts about 0.6 s faster than transpiling the
// TypeScript sources with tsx on every run. The bundle is checked against its sources on every
// run and rebuilt first when any changed (about 0.3 s, once), so `npx galley` works straight
// after `npm ci` and never runs old code. GALLEY_FROM_SOURCE=1 runs the sources through tsx
// instead, as does a bundle that cannot be built or written (a read-only install), with a
// one-line warning on stderr.
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const nodeReadyMs = performance.now();
const debug = process.argv.includes('--debug');

// `galley info x | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

async function fromBundle() {
  if (process.env.GALLEY_FROM_SOURCE === '1') return null;
  try {
    const { cliBundle } = await import('../scripts/buildCli.mjs');
    const bundle = await cliBundle();
    // Stack traces (--debug) should name the TypeScript sources, through the bundle's source map.
    if (debug) process.setSourceMapsEnabled(true);
    return await import(pathToFileURL(bundle).href);
  } catch (error) {
    const why = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message.split('\n')[0]) : String(error);
    process.stderr.write(`galley: warning: the CLI bundle could not be built or loaded, so the sources run through tsx (slower): ${why}\n`);
    return null;
  }
}

async function fromSource() {
  const { register } = await import('tsx/esm/api');
  // Pin tsx to the main-process tsconfig: tsx otherwise reads whatever tsconfig.json sits in the
  // caller's working directory, which may belong to another project.
  register({ tsconfig: fileURLToPath(new URL('../tsconfig.node.json', import.meta.url)) });
  return import('../src/main/cli/main.ts');
}

const { runCli, processIo } = (await fromBundle()) ?? (await fromSource());
if (process.env.GALLEY_TIMINGS === '1') process.stderr.write(`galley-timing start-up: node ready ${nodeReadyMs.toFixed(1)} ms, CLI code loaded ${performance.now().toFixed(1)} ms\n`);
const code = await runCli(process.argv.slice(2), processIo());
// Exit explicitly: a command that has finished must not linger on a forgotten handle. Writes to
// pipes and files are synchronous on POSIX, so nothing printed is lost; the empty write waits
// for a TTY or Windows pipe to drain first.
process.stdout.write('', () => process.exit(code));
