// ExportDialog.tsx: File → Export PDF. Preflight runs first and its issues are listed; the
// options follow (per-page files, marks, PDF/X flavour, out folder); Export stays disabled
// while preflight has errors unless "export anyway" is ticked; then a progress bar follows the
// job in main, and the files written (or the refusal, or the failure) are listed.
import { type ReactNode, useState } from 'react';
import type { ExportStatus } from '../../shared/export-api';
import type { Edition, PdfxVersion } from '../../shared/model';
import type { Host } from '../host';
import { exportFailureText, useI18n } from '../i18n';
import { canStartExport, kilobytes, PDFX_NAMES } from './exportDialogState';
import { ExportButtons, ExportModal, OverrideCheckbox } from './ExportModal';
import { JobProgress } from './JobProgress';
import { PreflightSection } from './PreflightSection';
import { launchPdfExport, useExportJob } from './useExportJob';
import { useOutDir, usePreflight } from './usePreflight';

export interface ExportDialogProps {
  readonly host: Host;
  /** The edition as the window shows it: its output settings give the defaults. */
  readonly edition: Edition;
  readonly onClose: () => void;
}

/** The PDFs go straight into the suggested folder beside the edition. */
const suggestPdfDir = (exportDir: string): string => exportDir;

export function ExportDialog({ host, edition, onClose }: ExportDialogProps): ReactNode {
  const { t } = useI18n();
  const preflight = usePreflight(host);
  const [perPage, setPerPage] = useState(true);
  const [marks, setMarks] = useState(edition.output.marks);
  const [pdfx, setPdfx] = useState<PdfxVersion>(edition.output.pdfx);
  const [outDir, setOutDir] = useOutDir(host, suggestPdfDir);
  const [override, setOverride] = useState(false);
  const job = useExportJob(host, launchPdfExport);

  const errors = preflight.state.kind === 'done' ? preflight.state.report.errors : 0;
  const enabled = canStartExport({ preflight: preflight.state, override, outDir, running: job.running });
  const start = (): void => job.start({ outDir: outDir.trim(), perPage, marks, pdfx, override: errors > 0 && override });

  return (
    <ExportModal title={t('export.title')} testId="export-dialog" running={job.running} onClose={onClose}>
      <PreflightSection state={preflight.state} onRecheck={preflight.recheck} disabled={job.running} onClose={onClose} />
      <fieldset className="export-options" disabled={job.running}>
        <legend>{t('export.options')}</legend>
        <label>
          <input type="checkbox" data-testid="export-per-page" checked={perPage} onChange={(e) => setPerPage(e.target.checked)} />
          {t('export.perPage')}
        </label>
        <label>
          <input type="checkbox" data-testid="export-marks" checked={marks} onChange={(e) => setMarks(e.target.checked)} />
          {t('export.marks')}
        </label>
        <label>
          {t('export.pdfx')}
          <select data-testid="export-pdfx" value={pdfx} onChange={(e) => setPdfx(e.target.value === '1a' ? '1a' : '4')}>
            <option value="4">{PDFX_NAMES['4']}</option>
            <option value="1a">{PDFX_NAMES['1a']}</option>
          </select>
        </label>
        <label className="export-out-dir">
          {t('export.outDir')}
          <input type="text" data-testid="export-out-dir" value={outDir} spellCheck={false} onChange={(e) => setOutDir(e.target.value)} />
        </label>
        <OverrideCheckbox errors={errors} checked={override} onChange={setOverride} />
      </fieldset>
      <JobSection status={job.status} error={job.error} />
      <ExportButtons startLabel={t('export.start')} enabled={enabled} running={job.running} onStart={start} onClose={onClose} />
    </ExportModal>
  );
}

function JobSection({ status, error }: { status: ExportStatus | null; error: string | null }): ReactNode {
  const { t } = useI18n();
  if (status === null && error === null) return null;
  const worded = exportFailureText(status?.reason, t);
  return (
    <section className="export-job" data-testid="export-job" data-state={status?.state ?? 'failed'}>
      {status !== null && <JobProgress status={status} />}
      {status?.state === 'done' && (
        <>
          <p>{t('export.done', { count: status.files?.length ?? 0 })}</p>
          <ul className="export-files" data-testid="export-files">
            {(status.files ?? []).map((f) => (
              <li key={f.file} data-testid="export-file" data-file={f.file}>
                {t('export.file', { file: f.file, size: kilobytes(f.bytes) })}
              </li>
            ))}
          </ul>
          {status.logFile !== undefined && <p className="export-log">{t('export.log', { file: status.logFile })}</p>}
        </>
      )}
      {status?.state === 'refused' && (
        <p role="alert" className="export-error" data-testid="export-error">
          {t('export.refused')}
        </p>
      )}
      {(status?.state === 'failed' || error !== null) && (
        <p role="alert" className="export-error" data-testid="export-error">
          {error === null && worded !== null ? t('export.failedBecause', { reason: worded }) : t('export.failed', { message: error ?? status?.error ?? '' })}
        </p>
      )}
    </section>
  );
}
