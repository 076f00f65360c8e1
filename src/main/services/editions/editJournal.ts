// editJournal.ts: every edit the session accepts is appended to history/journal.jsonl and
// fsynced before the window hears "done", so a crash (power cut, SIGKILL) between two saves
// loses nothing. The journal names the edition.json it continues (a SHA-256 of its bytes); after
// each save it starts afresh from the new edition.json, keeping only edits that arrived during
// the save. On a clean close it is deleted. Replaying it onto any other edition.json would apply
// edits twice or out of context, so recovery refuses a journal whose base does not match.
//
// history/journal.jsonl, one JSON value per line:
//   {"galleyJournal":1,"base":"<sha256 of edition.json>","savedAt":"<ISO>"}
//   {"revision":12,"time":"<ISO>","ops":[…]}        one line per accepted applyOps call
import { createHash } from 'node:crypto';
import { type FileHandle, mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { z } from 'zod';
import { type Op, OpSchema } from '../../../shared/model';
import { writeFileAtomic } from '../store/atomicWrite';
import { EDITION_FILE, HISTORY_DIR, isErrno, resolveInside } from '../store/paths';

export const JOURNAL_FILE = `${HISTORY_DIR}/journal.jsonl`;
/** Journals set aside (recovered in part, declined, or not matching) that are kept. */
export const KEEP_SET_ASIDE = 5;

const HeaderSchema = z.object({ galleyJournal: z.literal(1), base: z.string().regex(/^[0-9a-f]{64}$/u), savedAt: z.string().nullable() });
const EntrySchema = z.object({ revision: z.number().int().nonnegative(), time: z.string(), ops: z.array(OpSchema).min(1) });

export interface JournalEntry {
  readonly revision: number;
  readonly time: string;
  readonly ops: readonly Op[];
}

export interface JournalContents {
  readonly base: string;
  readonly savedAt: string | null;
  readonly entries: readonly JournalEntry[];
}

/** SHA-256 of edition.json as it is on disk now. */
export async function editionFileHash(dir: string): Promise<string> {
  return createHash('sha256').update(await readFile(resolveInside(dir, EDITION_FILE))).digest('hex');
}

export class EditJournal {
  #handle: FileHandle | null;
  #entries: JournalEntry[] = [];
  #queue: Promise<void> = Promise.resolve();
  #finished = false;

  private constructor(
    private readonly dir: string,
    handle: FileHandle,
    private readonly now: () => Date,
  ) {
    this.#handle = handle;
  }

  /** A fresh journal continuing edition.json as it is on disk now (replacing any old journal). */
  static async start(dir: string, now: () => Date): Promise<EditJournal> {
    const file = resolveInside(dir, JOURNAL_FILE);
    await mkdir(resolveInside(dir, HISTORY_DIR), { recursive: true });
    await writeFileAtomic(file, headerLine(await editionFileHash(dir), null));
    return new EditJournal(dir, await open(file, 'a'), now);
  }

  /** Appends one accepted edit; resolves once it is on disk. */
  append(revision: number, ops: readonly Op[]): Promise<void> {
    const entry: JournalEntry = { revision, time: this.now().toISOString(), ops };
    this.#entries.push(entry);
    return this.#enqueue(async (handle) => {
      await handle.appendFile(`${JSON.stringify(entry)}\n`);
      await handle.datasync();
    });
  }

  /**
   * Called right after a save committed edition.json at `savedRevision`: the journal restarts
   * from that file, keeping the edits made after it.
   */
  rebase(savedRevision: number): Promise<void> {
    return this.#enqueue(async (handle) => {
      this.#entries = this.#entries.filter((e) => e.revision > savedRevision);
      const file = resolveInside(this.dir, JOURNAL_FILE);
      const text = headerLine(await editionFileHash(this.dir), this.now().toISOString()) + this.#entries.map((e) => `${JSON.stringify(e)}\n`).join('');
      await writeFileAtomic(file, text);
      await handle.close();
      this.#handle = await open(file, 'a');
    });
  }

  /** Closes and deletes the journal (everything is saved: the caller made sure). */
  finish(): Promise<void> {
    const run = this.#enqueue(async (handle) => {
      this.#finished = true;
      await handle.close();
      this.#handle = null;
      await unlink(resolveInside(this.dir, JOURNAL_FILE)).catch((error: unknown) => {
        if (!isErrno(error, 'ENOENT')) throw error;
      });
    });
    return run;
  }

  #enqueue(work: (handle: FileHandle) => Promise<void>): Promise<void> {
    const run = this.#queue.then(() => {
      if (this.#finished || this.#handle === null) return;
      return work(this.#handle);
    });
    this.#queue = run.catch(() => {});
    return run;
  }
}

function headerLine(base: string, savedAt: string | null): string {
  return `${JSON.stringify({ galleyJournal: 1, base, savedAt })}\n`;
}

/**
 * Reads a journal file. Lines after the first that does not parse are ignored: a crash can cut
 * the last line short, and nothing after a damaged line can be trusted to follow from it.
 * Returns null when there is no journal or its header is unreadable.
 */
export async function readJournal(dir: string, file: string = JOURNAL_FILE): Promise<JournalContents | null> {
  let text: string;
  try {
    text = await readFile(resolveInside(dir, file), 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    throw error;
  }
  const [first, ...rest] = text.split('\n');
  const header = HeaderSchema.safeParse(parseLine(first ?? ''));
  if (!header.success) return null;
  const entries: JournalEntry[] = [];
  for (const line of rest) {
    if (line === '') continue;
    const entry = EntrySchema.safeParse(parseLine(line));
    if (!entry.success) break;
    entries.push(entry.data);
  }
  return { base: header.data.base, savedAt: header.data.savedAt, entries };
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return null;
  }
}

/**
 * Moves the journal out of the way under a name saying why (`pending`, `declined`, `unmatched`,
 * `partial`), keeping the newest KEEP_SET_ASIDE such files. Returns the new relative path.
 */
export async function setJournalAside(dir: string, why: string, now: Date, from: string = JOURNAL_FILE): Promise<string> {
  const existing = new Set(await readdir(resolveInside(dir, HISTORY_DIR)));
  const stem = `journal-${now.toISOString().replace(/[:.]/gu, '-')}-${why}`;
  // rename() would replace a file of the same name (a frozen test clock, two in one millisecond).
  let name = `${stem}.jsonl`;
  for (let n = 2; existing.has(name); n++) name = `${stem}-${n}.jsonl`;
  const to = `${HISTORY_DIR}/${name}`;
  await rename(resolveInside(dir, from), resolveInside(dir, to));
  await pruneSetAside(dir);
  return to;
}

async function pruneSetAside(dir: string): Promise<void> {
  const names = (await readdir(resolveInside(dir, HISTORY_DIR))).filter((n) => /^journal-.+\.jsonl$/u.test(n)).sort();
  for (const name of names.slice(0, Math.max(0, names.length - KEEP_SET_ASIDE))) {
    await unlink(resolveInside(dir, `${HISTORY_DIR}/${name}`)).catch(() => {});
  }
}
