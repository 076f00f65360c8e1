// ImportTextDialog.tsx: File ▸ Import Text. Copy files (.txt, .md, a seed page) or pasted text
// go to the host, which parses them with the same importers as `galley import` and answers
// stories; they are added to the edition as ONE undoable step, and the import report (what was
// found, what was repaired) is shown.
import { type ReactNode, useState } from 'react';
import type { Story } from '../../shared/model';
import type { Host } from '../host';
import { hostErrorText, useI18n } from '../i18n';
import { currentEdition, isEditable, useEditorStore } from '../state';
import { encodeBase64 } from './encodeBase64';
import { FileError } from './FileError';
import { FileModal } from './FileModal';
import { addStoryOps } from './importStories';

export interface ImportTextDialogProps {
  readonly host: Host;
  readonly onClose: () => void;
}

type Phase = { kind: 'choose' } | { kind: 'working' } | { kind: 'done'; stories: number; report: readonly string[] };

export function ImportTextDialog({ host, onClose }: ImportTextDialogProps): ReactNode {
  const { t, locale } = useI18n();
  const store = useEditorStore();
  const [files, setFiles] = useState<readonly File[]>([]);
  const [pasted, setPasted] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [error, setError] = useState<string | null>(null);

  const run = async (): Promise<void> => {
    if (!isEditable(store.getState())) {
      setError(t('file.import.notEditable'));
      return;
    }
    setPhase({ kind: 'working' });
    setError(null);
    const stories: Story[] = [];
    const report: string[] = [];
    try {
      for (const file of files) {
        const base64 = encodeBase64(new Uint8Array(await file.arrayBuffer()));
        const answer = await host.importText({ name: file.name, base64, locale });
        stories.push(...answer.stories);
        report.push(`${file.name}:`, ...answer.report.map((line) => `  ${line}`));
      }
      if (pasted.trim() !== '') {
        const answer = await host.importText({ name: t('file.import.pastedName'), text: pasted, locale });
        stories.push(...answer.stories);
        report.push(`${t('file.import.pastedName')}:`, ...answer.report.map((line) => `  ${line}`));
      }
      const edition = currentEdition(store.getState());
      if (edition && stories.length > 0) store.applyOps(addStoryOps(edition, stories));
      setPhase({ kind: 'done', stories: stories.length, report });
    } catch (e) {
      setPhase({ kind: 'choose' });
      setError(hostErrorText(e, t));
    }
  };

  const working = phase.kind === 'working';
  return (
    <FileModal title={t('file.import.title')} testId="import-text-dialog" onClose={onClose} busy={working}>
      {phase.kind !== 'done' ? (
        <fieldset className="file-fields" disabled={working}>
          <label>
            <span>{t('file.import.files')}</span>
            <input type="file" accept=".txt,.md,.markdown,text/plain,text/markdown" multiple onChange={(e) => setFiles(Array.from(e.target.files ?? []))} />
          </label>
          <label className="file-paste">
            <span>{t('file.import.paste')}</span>
            <textarea rows={5} value={pasted} onChange={(e) => setPasted(e.target.value)} />
          </label>
          <p className="file-hint">{t('file.import.explain')}</p>
        </fieldset>
      ) : (
        <section aria-label={t('file.import.report')} data-testid="import-report" data-stories={phase.stories}>
          <p role="status">{t('file.import.added', { count: phase.stories })}</p>
          <pre className="file-report">{phase.report.join('\n')}</pre>
        </section>
      )}
      {error && (
        <FileError message={error} />
      )}
      <div className="modal-buttons">
        {phase.kind === 'done' ? (
          <button type="button" className="primary" onClick={onClose}>
            {t('file.close')}
          </button>
        ) : (
          <>
            <button type="button" onClick={onClose} disabled={working}>
              {t('file.cancel')}
            </button>
            <button type="button" className="primary" onClick={() => void run()} disabled={working || (files.length === 0 && pasted.trim() === '')}>
              {working ? t('file.working') : t('file.import.run')}
            </button>
          </>
        )}
      </div>
    </FileModal>
  );
}
