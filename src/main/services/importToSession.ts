// importToSession.ts: imports copy files into the open edition as undoable addStory ops, so an
// import goes through the same path as every other edit (and the same autosave and lock).
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { Op } from '../../shared/model';
import { formatImportReport, importFile } from './import';
import type { EditionSession } from './session';

/** Returns the report lines (what was created, what was repaired) for the user. */
export async function importFilesToSession(session: EditionSession, files: readonly string[], locale: 'zh-CN' | 'en'): Promise<string[]> {
  const lines: string[] = [];
  for (const file of files) {
    const result = await importFile(file, { newId: (kind) => `${kind}-${randomUUID()}`, sourceName: basename(file) });
    const start = session.edition.stories.length;
    const ops: Op[] = result.stories.map((story, i) => ({ type: 'addStory', index: start + i, story }));
    if (ops.length > 0) session.applyOps(session.revision, ops);
    lines.push(...formatImportReport(result.report, locale));
  }
  await session.save();
  return lines;
}
