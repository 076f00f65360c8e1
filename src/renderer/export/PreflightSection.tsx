// PreflightSection.tsx: the preflight report as both export dialogs list it, with a button to
// check again. Each issue shows its severity as a word-labelled mark (not colour alone), the
// page, the frame and the message in the window's language.
import type { ReactNode } from 'react';
import { formatPreflightIssue, type PreflightIssue } from '../../shared/preflight';
import { useI18n } from '../i18n';
import { type PreflightState, SEVERITY_ICONS, SEVERITY_KEYS } from './exportDialogState';

export function PreflightSection({ state, onRecheck, disabled }: { state: PreflightState; onRecheck: () => void; disabled: boolean }): ReactNode {
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
