// exportLog.ts: the export log, `galley-export.log` in the out folder, one JSON object per line.
// It lives with the outputs, not in the edition: exporting never modifies the edition (its
// folder's bytes are the same before and after), and the plant's folder is where someone asks
// "who sent this file, and was preflight overridden?". A line is appended, never rewritten:
// earlier lines, and those another machine appends to a shared folder, are never lost. An e-paper
// export logs beside its bundle folder, not in it: the bundle is published as it is, and a log
// in it would differ on every export.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { PdfxVersion } from '../../../shared/model';
import type { PreflightIssue } from '../../../shared/preflight/report';

export const EXPORT_LOG_FILE = 'galley-export.log';

export interface ExportActor {
  readonly user: string;
  readonly host: string;
}

/** Export despite preflight errors: who chose it, when, and the errors they overrode. */
export interface OverrideRecord {
  readonly by: ExportActor;
  readonly at: string;
  readonly errors: readonly PreflightIssue[];
}

export interface LoggedFile {
  readonly name: string;
  readonly label: string | null;
  readonly bytes: number;
  readonly sha256: string;
}

export interface ExportLogEntry {
  /** Format of the line; bumped if a key changes meaning. */
  readonly v: 1;
  /**
   * `exported`: written before the PDFs are moved into place, so no PDF reaches the folder
   * unrecorded; `failed`: follows an `exported` line with the same id when moving them failed.
   */
  readonly event: 'exported' | 'failed';
  readonly id: string;
  readonly at: string;
  readonly by: ExportActor;
  readonly edition: { readonly dir: string | null; readonly paper: string; readonly date: string; readonly issue: number | null };
  readonly options?: { readonly pdfx: PdfxVersion; readonly marks: boolean; readonly perPage: boolean; readonly pages: readonly string[] | null; readonly pattern: string };
  readonly profile?: { readonly description: string; readonly source: string; readonly outputConditionIdentifier: string };
  readonly preflight?: { readonly errors: number; readonly warnings: number };
  readonly override?: OverrideRecord | null;
  /** What was exported; absent on the print export's lines (which came first). */
  readonly kind?: 'pdf' | 'epaper';
  /** An e-paper export: the bundle folder and zip (relative to the log's folder), and its PDF/X. */
  readonly epaper?: { readonly bundle: string; readonly zip: string | null; readonly pdfx: PdfxVersion; readonly pages: number; readonly articles: number; readonly bytes: number };
  /** The files written; an e-paper export's are named relative to the log's folder (bundle/pdf/A01.pdf). */
  readonly files?: readonly LoggedFile[];
  readonly error?: string;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Appends one line and flushes it. One write of a whole line in append mode: lines from two
 * processes do not interleave, and a crash can at worst leave a last line cut short, which a
 * reader skips (parseExportLog); the next line then starts on a line of its own.
 */
export async function appendExportLog(outDir: string, entry: ExportLogEntry): Promise<string> {
  const file = join(outDir, EXPORT_LOG_FILE);
  const handle = await open(file, 'a+');
  try {
    const { size } = await handle.stat();
    let newline = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) newline = '\n';
    }
    await handle.write(`${newline}${JSON.stringify(entry)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return file;
}

/** The log's entries, oldest first; a line that is not JSON (cut short by a crash) is skipped. */
export function parseExportLog(text: string): ExportLogEntry[] {
  const entries: ExportLogEntry[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      // Our own lines; a reader that needs more than the fields it reads should validate them.
      entries.push(JSON.parse(line) as ExportLogEntry);
    } catch {
      // See the doc comment.
    }
  }
  return entries;
}
