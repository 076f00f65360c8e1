// PreflightSection.tsx: the preflight report as both export dialogs list it, with a button to
// check again. Each issue shows its severity as a word-labelled mark (not colour alone), the
// page, the frame and the message in the window's language; an issue on a page has 转到, which
// closes the dialog and shows that page with the frame selected, to fix it there.
import type { ReactNode } from 'react';
import { formatPreflightIssue, type PreflightIssue } from '../../shared/preflight';
import { useI18n } from '../i18n';
import { currentPage, type EditorStore, useEditorStore } from '../state';
import { type PreflightState, SEVERITY_ICONS, SEVERITY_KEYS } from './exportDialogState';

export function PreflightSection(props: { state: PreflightState; onRecheck: () => void; disabled: boolean; onClose: () => void }): ReactNode {
  const { state, onRecheck, disabled } = props;
  const { t } = useI18n();
  const store = useEditorStore();
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
                <IssueRow
                  key={`${issue.code}-${issue.pageId ?? ''}-${issue.frameId ?? ''}-${i}`}
                  issue={issue}
                  onGoTo={
                    issue.pageId === null || disabled
                      ? null
                      : () => {
                          showIssue(store, issue);
                          props.onClose();
                        }
                  }
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** The issue's page, with its frame selected when the frame is the page's own (not its master's). */
function showIssue(store: EditorStore, issue: PreflightIssue): void {
  if (issue.pageId === null) return;
  store.selectPage(issue.pageId);
  const own = currentPage(store.getState())?.frames.some((f) => f.id === issue.frameId) ?? false;
  if (own && issue.frameId !== null) store.select(issue.frameId);
}

function IssueRow({ issue, onGoTo }: { issue: PreflightIssue; onGoTo: (() => void) | null }): ReactNode {
  const { t, locale } = useI18n();
  return (
    <li className={`preflight-issue severity-${issue.severity}`} data-testid="preflight-issue" data-severity={issue.severity} data-code={issue.code}>
      <span className="severity-icon" role="img" aria-label={t(SEVERITY_KEYS[issue.severity])} title={t(SEVERITY_KEYS[issue.severity])}>
        {SEVERITY_ICONS[issue.severity]}
      </span>
      <span className="issue-page">{issue.pageLabel ?? t('export.issue.edition')}</span>
      <span className="issue-frame">{issue.frameName ?? issue.frameId ?? ''}</span>
      <span className="issue-message">{formatPreflightIssue(issue, locale)}</span>
      {onGoTo && (
        <button type="button" className="issue-go" data-testid="preflight-go" aria-label={t('export.issue.goToLabel', { page: issue.pageLabel ?? '', frame: issue.frameName ?? '' })} onClick={onGoTo}>
          {t('export.issue.goTo')}
        </button>
      )}
    </li>
  );
}
