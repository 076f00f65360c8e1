// electron-binary.mjs: where the Electron executable is, without triggering the electron
// package's lazy download (requiring 'electron' would try to fetch it, which fails offline).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const electronDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'electron');

/** Absolute path of the Electron binary, or null when it was never downloaded. */
export function findElectronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : process.platform === 'win32' ? 'electron.exe' : 'electron';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, relative) : existsSync(pathFile) ? join(electronDir, 'dist', relative) : null;
  return candidate && existsSync(candidate) ? candidate : null;
}

/** The one paragraph shown wherever Electron is needed but missing. */
export function electronMissingMessage(sampleDir) {
  return [
    'Galley could not start its desktop window: the Electron binary is not installed on this machine.',
    'npm installs the electron package without its binary and fetches the binary from GitHub on first use, which this',
    'machine cannot reach. To get it, run `npx install-electron` on a machine with internet access (or set',
    'ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron 45 build, as from the zip on',
    'github.com/electron/electron/releases) and run `npm start` again. Meanwhile the same app runs in a browser:',
    `\`npx galley serve "${sampleDir}"\` serves the sample edition on 127.0.0.1 and prints the address to open.`,
  ].join('\n');
}
