// The edit journal and recovery, in process: a "crashed" session is one that is dropped without
// close() while a dead process's pid holds the lock (so the next open must take it over, as
// after a real crash). The real SIGKILL of `galley serve` is in crashRecovery.test.ts.
import { spawn } from 'node:child_process';
import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { JOURNAL_FILE, type JournaledOptions, openJournaledSession, readJournal } from '../../../../src/main/services/editions';
import { ServiceError } from '../../../../src/main/services/errors';
import { createEdition, loadEdition } from '../../../../src/main/services/store';
import type { Op } from '../../../../src/shared/model';
import { buildTestEdition } from '../../../fixtures/store/editions';
import { manualTimers } from '../../../fixtures/store/manualTimers';
import { tempDirs } from '../../../fixtures/store/tempDir';

const temp = tempDirs();
afterAll(() => temp.cleanup());

const host = os.hostname();
const me = { user: 'layout', host, pid: process.pid };
let clock = 0;
const now = (): Date => new Date(Date.UTC(2023, 4, 15, 8, 0, clock++));
const move = (x: number): Op => ({ type: 'moveFrame', pageId: 'page-1', frameId: 'frame-1', x, y: 100 });

let dir: string;
let ghost: { user: string; host: string; pid: number };

beforeEach(async () => {
  dir = path.join(await temp.make('galley-journal-'), 'j.galley');
  const { edition, assets } = buildTestEdition({ stories: 2, withImage: true });
  await createEdition(dir, edition, assets);
  // The pid of a process that has exited: its lock is stale, as after a crash.
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.on('exit', resolve));
  ghost = { user: 'layout', host, pid: child.pid ?? -1 };
});

function options(extra: Partial<JournaledOptions> = {}): JournaledOptions {
  const timers = manualTimers();
  return { owner: me, now, autosaveMs: 2000, setTimer: timers.setTimer, clearTimer: timers.clearTimer, onAutosaveError: () => {}, log: (e) => { throw e; }, ...extra };
}

async function frameXOnDisk(): Promise<number | undefined> {
  return (await loadEdition(dir)).edition.pages[0]?.frames.find((f) => f.id === 'frame-1')?.x;
}

// Crashed sessions are kept referenced, so their open journal handles are not closed by the
// garbage collector mid-test (a real crash closes them with the process).
const crashed: unknown[] = [];

/** A session of the ghost process that accepts edits and then "crashes" (is dropped unclosed). */
async function crashAfter(edits: readonly Op[][], saveAfter = 0): Promise<void> {
  const session = await openJournaledSession(dir, options({ owner: ghost }));
  crashed.push(session);
  for (const [i, ops] of edits.entries()) {
    session.applyOps(session.revision, ops);
    if (i + 1 === saveAfter) await session.save();
  }
  await session.journalWritten();
}

describe('openJournaledSession', () => {
  it('journals every accepted edit before journalWritten resolves', async () => {
    const session = await openJournaledSession(dir, options());
    session.applyOps(0, [move(11)]);
    session.applyOps(1, [move(12), move(13)]);
    await session.journalWritten();
    const journal = await readJournal(dir);
    expect(journal?.entries.map((e) => [e.revision, e.ops.length])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    await session.close();
  });

  it('starts the journal afresh at each save, keeping nothing already saved', async () => {
    const session = await openJournaledSession(dir, options());
    session.applyOps(0, [move(21)]);
    await session.save();
    session.applyOps(1, [move(22)]);
    await session.journalWritten();
    const journal = await readJournal(dir);
    expect(journal?.entries.map((e) => e.revision)).toEqual([2]);
    expect(journal?.savedAt).not.toBeNull();
    await session.close();
  });

  it('deletes the journal on a clean close, after saving everything', async () => {
    const session = await openJournaledSession(dir, options());
    session.applyOps(0, [move(31)]);
    await session.close();
    expect(await readJournal(dir)).toBeNull();
    expect(await frameXOnDisk()).toBe(31);
  });

  it('offers the edits a crashed session never saved, and recovers them as edits of the new session', async () => {
    await crashAfter([[move(41)], [move(42)], [move(43)]], 1);
    expect(await frameXOnDisk()).toBe(41);

    const session = await openJournaledSession(dir, options({ takeOverStaleLock: true }));
    expect(session.recovery).toMatchObject({ edits: 2 });
    expect(session.edition.pages[0]?.frames[0]?.x).toBe(41);
    expect(await session.resolveRecovery('recover')).toEqual({ recovered: 2 });
    expect(session.recovery).toBeNull();
    expect(session.edition.pages[0]?.frames[0]?.x).toBe(43);
    expect(await frameXOnDisk()).toBe(43);
    // The recovered journal is kept in history/ under a name that says so.
    expect((await readdir(path.join(dir, 'history'))).some((n) => /^journal-.*-recovered\.jsonl$/u.test(n))).toBe(true);
    await session.close();
  });

  it('opens the last saved state when recovery is declined, and keeps the edits in history/', async () => {
    await crashAfter([[move(51)], [move(52)]]);
    const session = await openJournaledSession(dir, options({ takeOverStaleLock: true }));
    expect(session.recovery?.edits).toBe(2);
    expect(await session.resolveRecovery('discard')).toEqual({ recovered: 0 });
    expect(session.edition.pages[0]?.frames[0]?.x).not.toBe(52);
    const declined = (await readdir(path.join(dir, 'history'))).find((n) => /-declined\.jsonl$/u.test(n));
    expect(declined).toBeDefined();
    const kept = await readJournal(dir, `history/${declined}`);
    expect(kept?.entries.map((e) => e.ops)).toEqual([[move(51)], [move(52)]]);
    await session.close();
  });

  it('ignores a last line cut short by the crash', async () => {
    await crashAfter([[move(61)], [move(62)]]);
    await appendFile(path.join(dir, JOURNAL_FILE), '{"revision":3,"time":"2023-05-15T08:00:00.000Z","ops":[{"type":"moveFr');
    const session = await openJournaledSession(dir, options({ takeOverStaleLock: true }));
    expect(session.recovery?.edits).toBe(2);
    await session.resolveRecovery('recover');
    expect(session.edition.pages[0]?.frames[0]?.x).toBe(62);
    await session.close();
  });

  it('does not replay a journal onto an edition.json that changed after it (another program wrote it)', async () => {
    await crashAfter([[move(71)]]);
    const file = path.join(dir, 'edition.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('"今日市中"', '"今日市中 改"'));
    const session = await openJournaledSession(dir, options({ takeOverStaleLock: true }));
    expect(session.recovery).toBeNull();
    expect((await readdir(path.join(dir, 'history'))).some((n) => /-unmatched\.jsonl$/u.test(n))).toBe(true);
    await session.close();
  });

  it('offers nothing after a clean close, and refuses to resolve what is not there', async () => {
    const first = await openJournaledSession(dir, options());
    first.applyOps(0, [move(81)]);
    await first.close();
    const session = await openJournaledSession(dir, options());
    expect(session.recovery).toBeNull();
    await expect(session.resolveRecovery('recover')).rejects.toBeInstanceOf(ServiceError);
    await session.close();
  });

  it('neither reads nor touches the journal when opened read-only', async () => {
    await crashAfter([[move(91)]]);
    const before = await readFile(path.join(dir, JOURNAL_FILE), 'utf8');
    const session = await openJournaledSession(dir, options({ readOnly: true }));
    expect(session.recovery).toBeNull();
    await session.close();
    expect(await readFile(path.join(dir, JOURNAL_FILE), 'utf8')).toBe(before);
  });
});
