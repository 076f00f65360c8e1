// NewEditionDialog.tsx: File ▸ New. A house preset (对开 broadsheet, 四开 tabloid) or a custom
// grid (columns × 字 at a body size, gutter, lines, head margin, trim), the paper and the date,
// and where the folder goes. The host creates the edition and switches the session to it.
import { type ReactNode, useMemo, useState } from 'react';
import type { EditionSwitch } from '../../shared/editions-api';
import type { Host } from '../host';
import { hostErrorText, type MessageKey, useI18n } from '../i18n';
import { FileError } from './FileError';
import { FileModal } from './FileModal';
import { buildRequest, type FormatChoice, type FormProblem, type GridFields, gridArea, gridOverflow, initialForm, localDate, type NewEditionForm, suggestedName } from './newEditionForm';

export interface NewEditionDialogProps {
  readonly host: Host;
  readonly documentsDir: string;
  readonly onClose: () => void;
  readonly onSwitched: (to: EditionSwitch) => void;
}

const CHOICES: ReadonlyArray<readonly [FormatChoice, MessageKey]> = [
  ['broadsheet', 'file.new.broadsheet'],
  ['tabloid', 'file.new.tabloid'],
  ['custom', 'file.new.custom'],
];

const GRID_FIELDS: ReadonlyArray<readonly [keyof GridFields, MessageKey]> = [
  ['gridName', 'file.grid.name'],
  ['trimWidthMm', 'file.grid.trimWidth'],
  ['trimHeightMm', 'file.grid.trimHeight'],
  ['bleedMm', 'file.grid.bleed'],
  ['columns', 'file.grid.columns'],
  ['charsPerColumn', 'file.grid.chars'],
  ['gutterEm', 'file.grid.gutter'],
  ['bodySize', 'file.grid.bodySize'],
  ['linePitch', 'file.grid.linePitch'],
  ['lines', 'file.grid.lines'],
  ['headMm', 'file.grid.head'],
];

export function NewEditionDialog({ host, documentsDir, onClose, onSwitched }: NewEditionDialogProps): ReactNode {
  const { t } = useI18n();
  const [form, setForm] = useState<NewEditionForm>(() => initialForm(localDate(new Date())));
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const area = useMemo(() => (form.choice === 'custom' ? gridArea(form.grid) : null), [form.choice, form.grid]);
  const set = (patch: Partial<NewEditionForm>): void => setForm((f) => ({ ...f, ...patch }));
  // A grid too big for its page is marked as it is typed, where the figures that make it are.
  const overflow = useMemo(() => (form.choice === 'custom' ? gridOverflow(form.grid) : []), [form.choice, form.grid]);
  const invalid = (field: FormProblem): boolean => problems.includes(field) || overflow.includes(field);

  const submit = (): void => {
    const built = buildRequest(form);
    if (!built.ok) {
      setProblems(built.problems);
      return;
    }
    setProblems([]);
    setBusy(true);
    setError(null);
    host.newEdition(built.request).then(onSwitched, (e: unknown) => {
      setBusy(false);
      setError(hostErrorText(e, t));
    });
  };

  return (
    <FileModal title={t('file.new.title')} testId="new-edition-dialog" onClose={onClose} busy={busy}>
      <fieldset className="file-fields" disabled={busy}>
        <legend>{t('file.new.format')}</legend>
        <div role="radiogroup" aria-label={t('file.new.format')} className="file-choices">
          {CHOICES.map(([choice, label]) => (
            <label key={choice}>
              <input type="radio" name="new-edition-format" value={choice} checked={form.choice === choice} onChange={() => set({ choice })} />
              {t(label)}
            </label>
          ))}
        </div>
        {form.choice === 'custom' && (
          <div className="file-grid" data-testid="custom-grid">
            {GRID_FIELDS.map(([field, label]) => (
              <label key={field}>
                <span>{t(label)}</span>
                <input
                  type="text"
                  inputMode={field === 'gridName' ? 'text' : 'decimal'}
                  aria-invalid={invalid(field)}
                  value={form.grid[field]}
                  onChange={(e) => set({ grid: { ...form.grid, [field]: e.target.value } })}
                />
              </label>
            ))}
            {area && (
              <p className={area.fits ? 'file-hint' : 'file-error'} data-testid="grid-area">
                {t(area.fits ? 'file.grid.area' : 'file.grid.tooBig', { width: area.widthMm.toFixed(1), height: area.heightMm.toFixed(1) })}
              </p>
            )}
          </div>
        )}
      </fieldset>
      <fieldset className="file-fields" disabled={busy}>
        <legend>{t('file.new.edition')}</legend>
        <label>
          <span>{t('file.new.paper')}</span>
          <input type="text" aria-invalid={invalid('paper')} value={form.paper} onChange={(e) => set({ paper: e.target.value })} />
        </label>
        <label>
          <span>{t('file.new.date')}</span>
          <input type="date" aria-invalid={invalid('date')} value={form.date} onChange={(e) => set({ date: e.target.value })} />
        </label>
        <label>
          <span>{t('file.folder')}</span>
          <input type="text" aria-invalid={invalid('folder')} value={form.folder} onChange={(e) => set({ folder: e.target.value })} />
        </label>
        <label>
          <span>{t('file.name')}</span>
          <input type="text" aria-invalid={invalid('name')} placeholder={suggestedName(form)} value={form.name} onChange={(e) => set({ name: e.target.value })} />
        </label>
        <p className="file-hint">{t('file.documentsHint', { dir: documentsDir })}</p>
      </fieldset>
      {problems.length > 0 && (
        <p className="file-error" role="alert">
          {t('file.new.fixFields')}
        </p>
      )}
      {error && (
        <FileError message={error} />
      )}
      <div className="modal-buttons">
        <button type="button" onClick={onClose} disabled={busy}>
          {t('file.cancel')}
        </button>
        <button type="button" className="primary" onClick={submit} disabled={busy}>
          {busy ? t('file.working') : t('file.new.create')}
        </button>
      </div>
    </FileModal>
  );
}
