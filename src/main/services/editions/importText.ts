// importText.ts: the importText host method. The window reads a copy file (a file picker, a
// drop) and sends its text; main parses it with the same importers as `galley import` and sends
// the stories back without touching the edition. The window adds them with addStory ops through
// its store, so an import is one undoable step in the same history as every other edit.
import { randomUUID } from 'node:crypto';
import type { NewId } from '../../../shared/model';
import { ServiceError } from '../errors';
import type { HostHandlers } from '../hostDispatch';
import { decodeTextFile, detectFormat, formatImportReport, ImportError, importMarkdown, importPlainText, importSeedText } from '../import';

const randomIds: NewId = (kind) => `${kind}-${randomUUID()}`;

export function textImportHandlers(newId: NewId = randomIds): Pick<HostHandlers, 'importText'> {
  return {
    importText: async ({ name, text, base64, locale }) => {
      const options = { newId, sourceName: name };
      try {
        const decoded = base64 === undefined ? (text ?? '') : decodeTextFile(Buffer.from(base64, 'base64'), name);
        // A BOM may lead pasted text too; the importers expect none.
        const clean = decoded.replace(/^\uFEFF/u, '');
        if (clean.trim() === '') throw new ImportError(name, '', 'there is no text to import');
        const format = detectFormat(name, clean);
        const result = format === 'markdown' ? importMarkdown(clean, options) : format === 'seed' ? importSeedText(clean, options) : importPlainText(clean, options);
        return { stories: result.stories, report: formatImportReport(result.report, locale) };
      } catch (error) {
        if (error instanceof ImportError) throw new ServiceError('invalid-request', error.message);
        throw error;
      }
    },
  };
}
