// Banners.tsx: the read-only banner and the dismissable notice for conflicts and failures.
import type { ReactNode } from 'react';
import type { LockInfo } from '../../shared/host-api';
import { useI18n } from '../i18n';
import type { Notice } from '../state';

export function ReadOnlyBanner({ lockedBy }: { lockedBy: LockInfo | null }): ReactNode {
  const { t, locale } = useI18n();
  return (
    <div className="banner banner-readonly" role="status" data-testid="readonly-banner">
      {lockedBy
        ? t('readOnly.banner', { user: lockedBy.user, host: lockedBy.host, pid: lockedBy.pid, since: formatSince(lockedBy.since, locale) })
        : t('readOnly.bannerNoLock')}
    </div>
  );
}

function formatSince(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(locale);
}

export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }): ReactNode {
  const { t } = useI18n();
  return (
    <div className={`banner banner-${notice.tone}`} role="alert" data-testid="notice">
      <span>{t(notice.key, notice.params)}</span>
      <button type="button" onClick={onDismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
