// SaveAsDialog.tsx: File ▸ Save As. The host saves, copies the whole edition folder to the new
// place and continues there; the old folder stays as it was at this save.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { EditionFolderNameSchema, type EditionSwitch } from '../../shared/editions-api';
import type { Host } from '../host';
import { hostErrorText, useI18n } from '../i18n';
import { FileError } from './FileError';
import { FileModal } from './FileModal';
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
  // The proposal comes from the host a moment later; it must not land in a field the user is in
  // or has typed in. Landing between the selection of a field's text and the typing that
  // replaces it, it would be typed after rather than over (the name twice, as an e2e run saw).
  const folderInput = useRef<HTMLInputElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const edited = useRef({ folder: false, name: false });
  const untouched = (field: 'folder' | 'name'): boolean => {
    const input = field === 'folder' ? folderInput.current : nameInput.current;
    return !edited.current[field] && (input === null || input !== input.ownerDocument.activeElement);
  };

  useEffect(() => {
    let live = true;
    host.listRecent({}).then(
      (answer) => {
        if (!live) return;
        const proposal = proposedCopy(answer.current, t('file.saveAs.copyName'));
        setDocumentsDir(answer.documentsDir);
        if (untouched('folder')) setFolder((f) => f || proposal.folder);
        if (untouched('name')) setName((n) => n || proposal.name);
      },
      (e: unknown) => live && setError(hostErrorText(e, t)),
    );
    return () => {
      live = false;
    };
  }, [host]);

  const submit = (): void => {
    if (folder.trim() === '' || name.trim() === '') return;
    // Checked here as the host would, so the refusal is worded and points at the field.
    if (!EditionFolderNameSchema.safeParse(name.trim()).success) {
      setError(t('file.badName'));
      nameInput.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    host.saveAs({ folder: folder.trim(), name: name.trim() }).then(onSwitched, (e: unknown) => {
      setBusy(false);
      setError(hostErrorText(e, t));
    });
  };

  return (
    <FileModal title={t('file.saveAs.title')} testId="save-as-dialog" onClose={onClose} busy={busy}>
      <fieldset className="file-fields" disabled={busy}>
        <label>
          <span>{t('file.folder')}</span>
          <input
            ref={folderInput}
            type="text"
            value={folder}
            onChange={(e) => {
              edited.current.folder = true;
              setFolder(e.target.value);
            }}
          />
        </label>
        <label>
          <span>{t('file.name')}</span>
          <input
            type="text"
            ref={nameInput}
            value={name}
            onChange={(e) => {
              edited.current.name = true;
              setName(e.target.value);
            }}
            onKeyDown={(e) => e.key === 'Enter' && submit()}
          />
        </label>
        {documentsDir && <p className="file-hint">{t('file.documentsHint', { dir: documentsDir })}</p>}
        <p className="file-hint">{t('file.saveAs.explain')}</p>
      </fieldset>
      {error && (
        <FileError message={error} />
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
