// recentEditions.ts: the recent editions list, a small JSON file in the user's config folder.
// It is written atomically (temp file, fsync, rename), so a crash leaves the old list or the
// new one. A file that does not parse (hand-edited, from a future version, half a disk) is not
// fatal: the list starts empty, and the broken file is kept beside it for whoever wants it.
import { mkdir, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { RecentEdition } from '../../../shared/editions-api';
import { writeFileAtomic } from '../store/atomicWrite';
import { isErrno } from '../store/paths';

export const RECENT_FILE = 'recent-editions.json';
export const RECENT_LIMIT = 12;

const EntrySchema = z.object({
  path: z.string().min(1),
  name: z.string(),
  paper: z.string(),
  date: z.string(),
  openedAt: z.string(),
});
type Entry = z.infer<typeof EntrySchema>;

const FileSchema = z.object({ version: z.literal(1), editions: z.array(z.unknown()) });

export interface RecentOpened {
  readonly path: string;
  readonly paper: string;
  readonly date: string;
}

export class RecentEditions {
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly configDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get file(): string {
    return path.join(this.configDir, RECENT_FILE);
  }

  /** Newest first, each marked with whether its folder still exists. */
  async list(): Promise<RecentEdition[]> {
    const entries = await this.#read();
    return Promise.all(entries.map(async (e) => ({ ...e, exists: await isFolder(e.path) })));
  }

  /** Puts `opened` first (once), keeps the newest RECENT_LIMIT. */
  add(opened: RecentOpened): Promise<void> {
    return this.#update((entries) => {
      const resolved = path.resolve(opened.path);
      const entry: Entry = { path: resolved, name: path.basename(resolved), paper: opened.paper, date: opened.date, openedAt: this.now().toISOString() };
      return [entry, ...entries.filter((e) => e.path !== resolved)].slice(0, RECENT_LIMIT);
    });
  }

  remove(folder: string): Promise<void> {
    const resolved = path.resolve(folder);
    return this.#update((entries) => entries.filter((e) => e.path !== resolved));
  }

  /** Whether `folder` is on the list (main wrote it, so the window may reopen it). */
  async includes(folder: string): Promise<boolean> {
    const resolved = path.resolve(folder);
    return (await this.#read()).some((e) => e.path === resolved);
  }

  // Updates go one at a time, so two opens in quick succession cannot drop each other's entry.
  #update(change: (entries: Entry[]) => Entry[]): Promise<void> {
    const run = this.#queue.then(async () => {
      const next = change(await this.#read());
      await mkdir(this.configDir, { recursive: true });
      await writeFileAtomic(this.file, `${JSON.stringify({ version: 1, editions: next }, null, 2)}\n`);
    });
    this.#queue = run.catch(() => {});
    return run;
  }

  async #read(): Promise<Entry[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return [];
      throw error;
    }
    let parsed: z.infer<typeof FileSchema>;
    try {
      parsed = FileSchema.parse(JSON.parse(text));
    } catch {
      await this.#setAside();
      return [];
    }
    // One bad entry costs only itself.
    return parsed.editions.flatMap((value) => {
      const entry = EntrySchema.safeParse(value);
      return entry.success && path.isAbsolute(entry.data.path) ? [entry.data] : [];
    });
  }

  async #setAside(): Promise<void> {
    const aside = `${this.file}.broken-${this.now().toISOString().replace(/[:.]/gu, '-')}`;
    await rename(this.file, aside).catch(() => {});
  }
}

async function isFolder(folder: string): Promise<boolean> {
  try {
    return (await stat(folder)).isDirectory();
  } catch {
    return false;
  }
}
