// ExportDialog.tsx: File → Export PDF. Preflight runs first and its issues are listed; the
// options follow (per-page files, marks, PDF/X flavour, out folder); Export stays disabled
// while preflight has errors unless "export anyway" is ticked; then a progress bar follows the
// job in main, and the files written (or the refusal, or the failure) are listed.
import { type KeyboardEvent, type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ExportStatus } from '../../shared/export-api';
import type { Edition, PdfxVersion } from '../../shared/model';
import { formatPreflightIssue, type PreflightIssue } from '../../shared/preflight';
import type { Host } from '../host';
import { useI18n } from '../i18n';
import { canStartExport, kilobytes, PDFX_NAMES, PHASE_KEYS, type PreflightState, progressPercent, SEVERITY_ICONS, SEVERITY_KEYS } from './exportDialogState';
import { useExportJob } from './useExportJob';

export interface ExportDialogProps {
  readonly host: Host;
  /** The edition as the window shows it: its output settings give the defaults. */
  readonly edition: Edition;
  readonly onClose: () => void;
}

export function ExportDialog({ host, edition, onClose }: ExportDialogProps): ReactNode {
  const { t } = useI18n();
  const titleId = useId();
  const [preflight, setPreflight] = useState<PreflightState>({ kind: 'running' });
  const [perPage, setPerPage] = useState(true);
  const [marks, setMarks] = useState(edition.output.marks);
  const [pdfx, setPdfx] = useState<PdfxVersion>(edition.output.pdfx);
  const [outDir, setOutDir] = useState('');
  const [override, setOverride] = useState(false);
  const job = useExportJob(host);
  const dialogRef = useRef<HTMLDivElement>(null);
  useEffect(() => dialogRef.current?.focus(), []);

  const runPreflight = useCallback(() => {
    setPreflight({ kind: 'running' });
    let current = true;
    host.preflight({}).then(
      (report) => current && setPreflight({ kind: 'done', report }),
      (e: unknown) => current && setPreflight({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
  }, [host]);

  useEffect(() => runPreflight(), [runPreflight]);
  useEffect(() => {
    let current = true;
    host.getAppInfo({}).then(
      (info) => current && setOutDir((dir) => (dir === '' ? info.exportDir : dir)),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [host]);

  const errors = preflight.kind === 'done' ? preflight.report.errors : 0;
  const enabled = canStartExport({ preflight, override, outDir, running: job.running });
  const start = (): void => job.start({ outDir: outDir.trim(), perPage, marks, pdfx, override: errors > 0 && override });
  const onKeyDown = (event: KeyboardEvent): void => {
    // The dialog owns the keyboard while it is open: arrows must not nudge the selected frame
    // behind it, nor Ctrl+Z undo an edit the user cannot see (the workspace listens on window).
    event.stopPropagation();
    if (event.key === 'Escape' && !job.running) onClose();
  };

  return (
    <div className="modal-backdrop">
      <div ref={dialogRef} tabIndex={-1} className="modal export-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid="export-dialog" onKeyDown={onKeyDown}>
        <h2 id={titleId}>{t('export.title')}</h2>
        <PreflightSection state={preflight} onRecheck={runPreflight} disabled={job.running} />
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
          {errors > 0 && (
            <label className="export-override">
              <input type="checkbox" data-testid="export-override" checked={override} onChange={(e) => setOverride(e.target.checked)} />
              {t('export.override', { errors })}
            </label>
          )}
        </fieldset>
        <JobSection status={job.status} error={job.error} />
        <div className="modal-buttons">
          <button type="button" className="primary" data-testid="export-start" disabled={!enabled} onClick={start}>
            {t('export.start')}
          </button>
          <button type="button" data-testid="export-close" disabled={job.running} onClick={onClose}>
            {t('export.close')}
          </button>
        </div>
      </div>
    </div>
  );
}

function PreflightSection({ state, onRecheck, disabled }: { state: PreflightState; onRecheck: () => void; disabled: boolean }): ReactNode {
  const { t } = useI18n();
  return (
    <section className="export-preflight" data-testid="preflight" data-state={state.kind} aria-busy={state.kind === 'running'}>
      <h3>
        {t('export.preflight.title')}
        <button type="button" data-testid="preflight-recheck" disabled={disabled || state.kind === 'running'} onClick={onRecheck}>
          {t('export.preflight.recheck')}
        </button>
      </h3>
      {state.kind === 'running' && <p>{t('export.preflight.running')}</p>}
      {state.kind === 'failed' && (
        <p role="alert" className="export-error">
          {t('export.preflight.failed', { message: state.message })}
        </p>
      )}
      {state.kind === 'done' && (
        <>
          <p data-testid="preflight-summary" data-errors={state.report.errors} data-warnings={state.report.warnings}>
            {state.report.issues.length === 0 ? t('export.preflight.clean') : t('export.preflight.summary', { errors: state.report.errors, warnings: state.report.warnings })}
          </p>
          {state.report.issues.length > 0 && (
            <ul className="preflight-issues" data-testid="preflight-issues">
              {state.report.issues.map((issue, i) => (
                <IssueRow key={`${issue.code}-${issue.pageId ?? ''}-${issue.frameId ?? ''}-${i}`} issue={issue} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function IssueRow({ issue }: { issue: PreflightIssue }): ReactNode {
  const { t, locale } = useI18n();
  return (
    <li className={`preflight-issue severity-${issue.severity}`} data-testid="preflight-issue" data-severity={issue.severity} data-code={issue.code}>
      <span className="severity-icon" role="img" aria-label={t(SEVERITY_KEYS[issue.severity])} title={t(SEVERITY_KEYS[issue.severity])}>
        {SEVERITY_ICONS[issue.severity]}
      </span>
      <span className="issue-page">{issue.pageLabel ?? t('export.issue.edition')}</span>
      <span className="issue-frame">{issue.frameName ?? issue.frameId ?? ''}</span>
      <span className="issue-message">{formatPreflightIssue(issue, locale)}</span>
    </li>
  );
}

function JobSection({ status, error }: { status: ExportStatus | null; error: string | null }): ReactNode {
  const { t } = useI18n();
  if (status === null && error === null) return null;
  const percent = status === null ? 0 : progressPercent(status);
  return (
    <section className="export-job" data-testid="export-job" data-state={status?.state ?? 'failed'}>
      {status !== null && (
        <div className="export-progress">
          <progress data-testid="export-progress" max={100} value={percent} aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100} />
          <span data-testid="export-percent">{t('export.progress', { phase: t(PHASE_KEYS[status.phase]), percent, detail: status.detail ?? '' })}</span>
        </div>
      )}
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
          {t('export.failed', { message: error ?? status?.error ?? '' })}
        </p>
      )}
    </section>
  );
}
