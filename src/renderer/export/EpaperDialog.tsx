// EpaperDialog.tsx: File → Export e-paper (数字报). The same order as the PDF dialog: preflight
// first with its issues listed, then the options (the bundle folder, a zip beside it, "export
// anyway" when preflight found errors), then a progress bar that follows the job in main; when
// it ends, the bundle folder and zip are named, or the refusal or failure is said in words.
import { type ReactNode, useId, useState } from 'react';
import type { Host } from '../host';
import { exportFailureText, useI18n } from '../i18n';
import { epaperOutcome, epaperRequest, type EpaperOutcome, megabytes, suggestedEpaperDir, zipPathFor } from './epaperDialogState';
import { canStartExport } from './exportDialogState';
import { ExportButtons, ExportModal, OverrideCheckbox } from './ExportModal';
import { JobProgress } from './JobProgress';
import { PreflightSection } from './PreflightSection';
import { launchEpaperExport, useExportJob } from './useExportJob';
import { useOutDir, usePreflight } from './usePreflight';

export interface EpaperDialogProps {
  readonly host: Host;
  readonly onClose: () => void;
}

export function EpaperDialog({ host, onClose }: EpaperDialogProps): ReactNode {
  const { t } = useI18n();
  const hintId = useId();
  const zipHintId = useId();
  const preflight = usePreflight(host);
  const [outDir, setOutDir] = useOutDir(host, suggestedEpaperDir);
  const [zip, setZip] = useState(false);
  const [override, setOverride] = useState(false);
  // The folder the running or finished job was asked to write, for its result line.
  const [requested, setRequested] = useState('');
  const job = useExportJob(host, launchEpaperExport);

  const errors = preflight.state.kind === 'done' ? preflight.state.report.errors : 0;
  const enabled = canStartExport({ preflight: preflight.state, override, outDir, running: job.running });
  const start = (): void => {
    const request = epaperRequest({ outDir, zip, override, errors });
    setRequested(request.outDir);
    job.start(request);
  };
  const outcome = epaperOutcome(job, requested);

  return (
    <ExportModal title={t('epaper.title')} testId="epaper-dialog" running={job.running} onClose={onClose}>
      <p className="export-hint">{t('epaper.intro')}</p>
      <PreflightSection state={preflight.state} onRecheck={preflight.recheck} disabled={job.running} onClose={onClose} />
      <fieldset className="export-options" disabled={job.running}>
        <legend>{t('export.options')}</legend>
        <label className="export-out-dir">
          {t('epaper.outDir')}
          <input type="text" data-testid="epaper-out-dir" value={outDir} spellCheck={false} aria-describedby={hintId} onChange={(e) => setOutDir(e.target.value)} />
        </label>
        <p id={hintId} className="export-hint">
          {t('epaper.outDirHint')}
        </p>
        <label className="export-wide">
          <input type="checkbox" data-testid="epaper-zip" checked={zip} aria-describedby={zipHintId} onChange={(e) => setZip(e.target.checked)} />
          {t('epaper.zip')}
        </label>
        <p id={zipHintId} className="export-hint">
          {zipPathFor(outDir) === '' ? t('epaper.zipHintEmpty') : t('epaper.zipHint', { file: zipPathFor(outDir) })}
        </p>
        <OverrideCheckbox errors={errors} checked={override} onChange={setOverride} />
      </fieldset>
      {outcome.kind !== 'idle' && (
        <section className="export-job" data-testid="export-job" data-state={job.status?.state ?? 'failed'}>
          {job.status !== null && <JobProgress status={job.status} />}
          <Outcome outcome={outcome} />
        </section>
      )}
      <ExportButtons startLabel={t('epaper.start')} enabled={enabled} running={job.running} onStart={start} onClose={onClose} />
    </ExportModal>
  );
}

function Outcome({ outcome }: { outcome: EpaperOutcome }): ReactNode {
  const { t } = useI18n();
  switch (outcome.kind) {
    case 'idle':
    case 'running':
      return null;
    case 'refused':
      return (
        <p role="alert" className="export-error" data-testid="export-error">
          {t('epaper.refused')}
        </p>
      );
    case 'failed':
      return (
        <p role="alert" className="export-error" data-testid="export-error">
          {t(outcome.message, { reason: exportFailureText(outcome.worded, t) ?? outcome.reason })}
        </p>
      );
    case 'done':
      return (
        <div role="status" data-testid="epaper-result">
          <p>{t('epaper.done')}</p>
          <ul className="export-files">
            <li data-testid="epaper-bundle-dir" data-file={outcome.bundleDir}>
              {t('epaper.bundleDir', { dir: outcome.bundleDir })}
            </li>
            {outcome.zipFile !== null && (
              <li data-testid="epaper-zip-file" data-file={outcome.zipFile}>
                {t('epaper.zipFile', { file: outcome.zipFile })}
              </li>
            )}
          </ul>
          {outcome.files !== null && outcome.bytes !== null && <p>{t('epaper.size', { files: outcome.files, size: megabytes(outcome.bytes) })}</p>}
          <p>{t('epaper.openHint')}</p>
          {outcome.logFile !== null && <p className="export-log">{t('export.log', { file: outcome.logFile })}</p>}
        </div>
      );
  }
}
