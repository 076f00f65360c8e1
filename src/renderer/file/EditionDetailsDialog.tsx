// EditionDetailsDialog.tsx: File ▸ Edition Details: the paper's name, the date, the issue
// numbers and the credits, as one undoable step. The running head and the masthead's date line
// follow them on every page.
import { type ReactNode, useState } from 'react';
import { useI18n } from '../i18n';
import { currentEdition, useEditorStore } from '../state';
import { detailsEdit, type EditionDetailsField, type EditionDetailsForm, detailsForm } from './editionDetails';
import { FileError } from './FileError';
import { FileModal } from './FileModal';

const FIELDS: ReadonlyArray<{ readonly field: EditionDetailsField; readonly type: 'text' | 'date' }> = [
  { field: 'paper', type: 'text' },
  { field: 'date', type: 'date' },
  { field: 'issue', type: 'text' },
  { field: 'totalIssue', type: 'text' },
  { field: 'editor', type: 'text' },
  { field: 'designer', type: 'text' },
  { field: 'proofreader', type: 'text' },
];

export function EditionDetailsDialog({ onClose }: { onClose: () => void }): ReactNode {
  const { t } = useI18n();
  const store = useEditorStore();
  const meta = currentEdition(store.getState())?.meta;
  const [form, setForm] = useState<EditionDetailsForm | null>(meta ? detailsForm(meta) : null);
  const [wrong, setWrong] = useState<{ field: EditionDetailsField; message: string } | null>(null);
  if (!meta || !form) return null;

  const submit = (): void => {
    const live = currentEdition(store.getState())?.meta ?? meta;
    const edit = detailsEdit(live, form);
    if (!edit.ok) {
      setWrong({ field: edit.field, message: t(edit.key) });
      return;
    }
    if (edit.op) store.applyOps([edit.op]);
    onClose();
  };

  return (
    <FileModal title={t('file.details.title')} testId="edition-details-dialog" onClose={onClose}>
      <div className="file-fields">
        {FIELDS.map(({ field, type }) => (
          <label key={field}>
            <span>{t(`file.details.${field}`)}</span>
            <input
              type={type}
              value={form[field]}
              aria-invalid={wrong?.field === field}
              onChange={(e) => setForm({ ...form, [field]: e.target.value })}
              onKeyDown={(e) => e.key === 'Enter' && submit()}
            />
          </label>
        ))}
        <p className="file-hint">{t('file.details.explain')}</p>
      </div>
      {wrong && <FileError message={wrong.message} />}
      <div className="modal-buttons">
        <button type="button" onClick={onClose}>
          {t('file.cancel')}
        </button>
        <button type="button" className="primary" onClick={submit}>
          {t('file.details.apply')}
        </button>
      </div>
    </FileModal>
  );
}
