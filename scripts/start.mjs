// start.mjs: `npm start`. With the Electron binary present it runs electron-vite (build, then
// the window on the sample edition). Without it, it says so in one paragraph and offers the
// browser host instead, creating the sample edition first if needed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { electronMissingMessage, findElectronBinary } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const documents = process.env.XDG_DOCUMENTS_DIR || join(homedir(), 'Documents');
const sampleDir = join(documents, 'Galley', '示例版面.galley');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (findElectronBinary()) {
  run(bin('electron-vite'), ['preview']);
} else {
  // Make the sample edition first, so the command the paragraph offers works as printed.
  const galley = join(root, 'bin', 'galley.mjs');
  if (!existsSync(sampleDir)) {
    const made = spawnSync(process.execPath, [galley, 'new', '--sample', sampleDir], { cwd: root, stdio: 'ignore' });
    if (made.status !== 0) spawnSync(process.execPath, [galley, 'new', '--sample', sampleDir], { cwd: root, stdio: 'inherit' });
  }
  console.log(`\n${electronMissingMessage(sampleDir)}\n`);
  if (process.stdin.isTTY && process.stdout.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    const answer = (await rl.question('Start the browser host on the sample edition now? 现在用浏览器打开示例版面？ [Y/n] ')).trim().toLowerCase();
    rl.close();
    if (answer === '' || answer === 'y' || answer === 'yes') {
      if (!existsSync(join(root, 'out', 'renderer', 'index.html'))) spawnSync(bin('electron-vite'), ['build'], { cwd: root, stdio: 'inherit' });
      run(process.execPath, [galley, 'serve', sampleDir]);
    }
  }
}
