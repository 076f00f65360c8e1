// ExportModal.tsx: what both export dialogs share: a modal that takes the focus when it
// opens, keeps the keyboard to itself and closes on Escape unless a job is running (closing
// then would lose sight of an export that is still writing files). Also their
// "export anyway" box and their Start and Close buttons.
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n';

export interface ExportModalProps {
  readonly title: string;
  readonly testId: string;
  /** An export is running: Escape does not close. */
  readonly running: boolean;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

export function ExportModal({ title, testId, running, onClose, children }: ExportModalProps): ReactNode {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  useEffect(() => dialogRef.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent): void => {
    // The dialog owns the keyboard while it is open: arrows must not nudge the selected frame
    // behind it, nor Ctrl+Z undo an edit the user cannot see (the workspace listens on window).
    event.stopPropagation();
    if (event.key === 'Escape' && !running) onClose();
  };
  return (
    <div className="modal-backdrop">
      <div ref={dialogRef} tabIndex={-1} className="modal export-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid={testId} onKeyDown={onKeyDown}>
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}

/** "Export anyway": shown only when preflight found errors, which otherwise refuse the export. */
export function OverrideCheckbox({ errors, checked, onChange }: { errors: number; checked: boolean; onChange: (checked: boolean) => void }): ReactNode {
  const { t } = useI18n();
  if (errors <= 0) return null;
  return (
    <label className="export-override">
      <input type="checkbox" data-testid="export-override" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {t('export.override', { errors })}
    </label>
  );
}

/** Start and Close; Close waits while a job runs, for the same reason Escape does. */
export function ExportButtons({ startLabel, enabled, running, onStart, onClose }: { startLabel: string; enabled: boolean; running: boolean; onStart: () => void; onClose: () => void }): ReactNode {
  const { t } = useI18n();
  return (
    <div className="modal-buttons">
      <button type="button" className="primary" data-testid="export-start" disabled={!enabled} onClick={onStart}>
        {startLabel}
      </button>
      <button type="button" data-testid="export-close" disabled={running} onClick={onClose}>
        {t('export.close')}
      </button>
    </div>
  );
}
