// PasteReport.tsx: what a paste repaired and flagged, as the import report shows it: a summary
// line, then one line per note with its kind, place in the pasted text and message.
import type { ReactNode } from 'react';
import type { NormalisedPaste } from '../../shared/import';
import { type MessageKey, useI18n } from '../i18n';

export function PasteReport({ report, onClose }: { report: NormalisedPaste; onClose: () => void }): ReactNode {
  const { t, locale } = useI18n();
  const repaired = report.notes.filter((n) => n.repaired).length;
  const flagged = report.notes.length - repaired;
  const paragraphs = report.paragraphs.length;
  return (
    <div className="paste-report" role="status" data-testid="paste-report" data-notes={report.notes.length}>
      <p className="paste-report-summary">
        {report.notes.length === 0 ? t('stories.paste.clean', { paragraphs }) : t('stories.paste.summary', { paragraphs, repaired, flagged })}
        <button type="button" className="paste-report-close" aria-label={t('stories.paste.close')} title={t('stories.paste.close')} onClick={onClose}>
          ×
        </button>
      </p>
      {report.notes.length > 0 && (
        <ul>
          {report.notes.map((note, i) => (
            <li key={i} className={note.repaired ? 'is-repair' : 'is-flag'} data-kind={note.kind}>
              <span className="paste-report-kind">{t(`stories.paste.kind.${note.kind}` as MessageKey)}</span>{' '}
              {t('stories.paste.where', { paragraph: note.paragraphIndex + 1, offset: note.offset })}{note.repaired ? `“${note.before}” → “${note.after}” ` : `“${note.before}” `}
              {locale === 'zh-CN' ? note.message : note.messageEn}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
