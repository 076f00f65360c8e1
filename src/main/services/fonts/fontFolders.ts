// fontFolders.ts: where fonts are looked for, and the walks that find them.
//
// System folders belong to the operating system and the user: symbolic links there are normal
// (fontconfig setups, Homebrew) and are followed, with a guard against loops. An edition's
// fonts/ folder may come from anyone, and what is found there is served to the renderer, so
// there no symbolic link is followed and every file must really lie inside the folder.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { isFontFileName } from './fontFile';

/** The folder inside an edition that holds its own fonts. */
export const EDITION_FONTS_DIR = 'fonts';

export interface FoundFile {
  readonly path: string;
  /** How messages and listings name it: `fonts/…` inside an edition, else the path. */
  readonly display: string;
}

export interface FolderProblem {
  readonly file: string;
  readonly reason: string;
}

export interface FolderScan {
  readonly files: FoundFile[];
  readonly problems: FolderProblem[];
}

/** The usual font folders of each desktop platform; missing ones are skipped by the scan. */
export function systemFontDirs(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string[] {
  if (platform === 'darwin') return ['/System/Library/Fonts', '/Library/Fonts', join(home, 'Library', 'Fonts')];
  if (platform === 'win32') {
    const windows = env['WINDIR'] ?? env['SystemRoot'] ?? 'C:\\Windows';
    const local = env['LOCALAPPDATA'] ?? join(home, 'AppData', 'Local');
    return [join(windows, 'Fonts'), join(local, 'Microsoft', 'Windows', 'Fonts')];
  }
  const dataHome = env['XDG_DATA_HOME'] ?? join(home, '.local', 'share');
  return ['/usr/share/fonts', '/usr/local/share/fonts', join(home, '.fonts'), join(dataHome, 'fonts')];
}

const MAX_DEPTH = 8;

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** Font files under system folders, following links; absent folders are not a problem. */
export async function scanSystemFolders(dirs: readonly string[]): Promise<FolderScan> {
  const files: FoundFile[] = [];
  const problems: FolderProblem[] = [];
  const seen = new Set<string>();
  const walk = async (dir: string, depth: number): Promise<void> => {
    let real: string;
    try {
      real = await realpath(dir);
    } catch {
      return; // a folder that does not exist on this machine
    }
    if (seen.has(real) || depth > MAX_DEPTH) return;
    seen.add(real);
    let names: string[];
    try {
      names = (await readdir(real)).sort();
    } catch (error) {
      problems.push({ file: dir, reason: `cannot be listed (${code(error)})` });
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      const info = await stat(path).catch(() => null); // a dangling link is skipped
      if (info?.isDirectory()) await walk(path, depth + 1);
      else if (info?.isFile() && isFontFileName(name)) files.push({ path, display: path });
    }
  };
  for (const dir of dirs) await walk(dir, 0);
  return { files, problems };
}

/**
 * Font files in `<editionDir>/fonts/`, its subfolders included. Symbolic links are refused
 * (reported, never followed), and so is anything whose real path is not inside the folder.
 */
export async function scanEditionFonts(editionDir: string): Promise<FolderScan> {
  const root = join(editionDir, EDITION_FONTS_DIR);
  const files: FoundFile[] = [];
  const problems: FolderProblem[] = [];
  const rootInfo = await lstat(root).catch(() => null);
  if (!rootInfo) return { files, problems };
  if (rootInfo.isSymbolicLink() || !rootInfo.isDirectory()) {
    problems.push({ file: EDITION_FONTS_DIR, reason: 'is not a real folder (a symbolic link or a file); fonts in it are not read' });
    return { files, problems };
  }
  const realRoot = await realpath(root);
  const display = (path: string): string => [EDITION_FONTS_DIR, ...relative(root, path).split(sep)].join('/');
  const walk = async (dir: string, depth: number): Promise<void> => {
    let names: string[];
    try {
      names = (await readdir(dir)).sort();
    } catch (error) {
      problems.push({ file: display(dir), reason: `cannot be listed (${code(error)})` });
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      const info = await lstat(path).catch(() => null);
      if (!info) continue;
      if (info.isSymbolicLink()) {
        problems.push({ file: display(path), reason: 'is a symbolic link; only real files inside the edition are read' });
        continue;
      }
      if (info.isDirectory()) {
        if (depth < MAX_DEPTH) await walk(path, depth + 1);
        continue;
      }
      if (!info.isFile() || !isFontFileName(name)) continue;
      const real = await realpath(path).catch(() => null);
      if (real === null || !(real === realRoot || real.startsWith(realRoot + sep))) {
        problems.push({ file: display(path), reason: 'lies outside the edition folder' });
        continue;
      }
      files.push({ path, display: display(path) });
    }
  };
  await walk(root, 0);
  return { files, problems };
}
