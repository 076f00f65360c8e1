// JobProgress.tsx: the progress bar both export dialogs show while a job runs and after it
// ends: the phase in words, the pipeline's detail (a page label, a file) and whole percent.
import { type ReactNode, useId } from 'react';
import type { ExportStatus } from '../../shared/export-api';
import { useI18n } from '../i18n';
import { PHASE_KEYS, progressPercent } from './exportDialogState';

export function JobProgress({ status }: { status: ExportStatus }): ReactNode {
  const { t } = useI18n();
  const labelId = useId();
  const percent = progressPercent(status);
  return (
    <div className="export-progress">
      <progress data-testid="export-progress" max={100} value={percent} aria-labelledby={labelId} aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100} />
      <span id={labelId} data-testid="export-percent">
        {t('export.progress', { phase: t(PHASE_KEYS[status.phase]), percent, detail: status.detail ?? '' })}
      </span>
    </div>
  );
}
