// SaveAsDialog.tsx: File ▸ Save As. The host saves, copies the whole edition folder to the new
// place and continues there; the old folder stays as it was at this save.
import { type ReactNode, useEffect, useState } from 'react';
import type { EditionSwitch } from '../../shared/editions-api';
import type { Host } from '../host';
import { useI18n } from '../i18n';
import { FileModal, hostMessage } from './FileModal';
import { proposedCopy } from './proposedCopy';

export interface SaveAsDialogProps {
  readonly host: Host;
  readonly onClose: () => void;
  readonly onSwitched: (to: EditionSwitch) => void;
}

export function SaveAsDialog({ host, onClose, onSwitched }: SaveAsDialogProps): ReactNode {
  const { t } = useI18n();
  const [folder, setFolder] = useState('');
  const [name, setName] = useState('');
  const [documentsDir, setDocumentsDir] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    host.listRecent({}).then(
      (answer) => {
        if (!live) return;
        const proposal = proposedCopy(answer.current);
        setDocumentsDir(answer.documentsDir);
        setFolder((f) => f || proposal.folder);
        setName((n) => n || proposal.name);
      },
      (e: unknown) => live && setError(hostMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [host]);

  const submit = (): void => {
    if (folder.trim() === '' || name.trim() === '') return;
    setBusy(true);
    setError(null);
    host.saveAs({ folder: folder.trim(), name: name.trim() }).then(onSwitched, (e: unknown) => {
      setBusy(false);
      setError(hostMessage(e));
    });
  };

  return (
    <FileModal title={t('file.saveAs.title')} testId="save-as-dialog" onClose={onClose} busy={busy}>
      <fieldset className="file-fields" disabled={busy}>
        <label>
          <span>{t('file.folder')}</span>
          <input type="text" value={folder} onChange={(e) => setFolder(e.target.value)} />
        </label>
        <label>
          <span>{t('file.name')}</span>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && submit()} />
        </label>
        {documentsDir && <p className="file-hint">{t('file.documentsHint', { dir: documentsDir })}</p>}
        <p className="file-hint">{t('file.saveAs.explain')}</p>
      </fieldset>
      {error && (
        <p className="file-error" role="alert" data-testid="file-error">
          {error}
        </p>
      )}
      <div className="modal-buttons">
        <button type="button" onClick={onClose} disabled={busy}>
          {t('file.cancel')}
        </button>
        <button type="button" className="primary" onClick={submit} disabled={busy || folder.trim() === '' || name.trim() === ''}>
          {busy ? t('file.working') : t('file.saveAs.save')}
        </button>
      </div>
    </FileModal>
  );
}
