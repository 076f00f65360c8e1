// SaveIndicator.tsx: the toolbar's save state. Edits are written by autosave shortly after
// they stop (the window asks after 0.8 s, the host by itself after 2 s); the indicator says
// whether the last write was an autosave or one the user asked for, and when it happened.
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { type MessageKey, useI18n } from '../i18n';
import type { SaveStatus } from '../state';

export interface SaveIndicatorProps {
  readonly status: SaveStatus;
  readonly revision: number;
  /** Bumped each time the user asks to save (button, Ctrl+S, menu). */
  readonly requests: number;
}

const LABELS: Readonly<Record<SaveStatus, MessageKey>> = {
  saved: 'save.saved',
  unsaved: 'save.unsaved',
  saving: 'save.saving',
  failed: 'save.failed',
};

export function SaveIndicator({ status, revision, requests }: SaveIndicatorProps): ReactNode {
  const { t, locale } = useI18n();
  const [last, setLast] = useState<{ at: Date; auto: boolean } | null>(null);
  const previous = useRef<SaveStatus>(status);
  const handled = useRef(requests);

  useEffect(() => {
    const was = previous.current;
    previous.current = status;
    if (status === 'saved' && was === 'saved' && handled.current !== requests) {
      // Asked to save with nothing pending: it is all written, and now the user knows it.
      handled.current = requests;
      setLast({ at: new Date(), auto: false });
      return;
    }
    if (status !== 'saved' || was === 'saved') return;
    // A save the user asked for since the last one makes this write theirs, not autosave's.
    const auto = handled.current === requests;
    handled.current = requests;
    setLast({ at: new Date(), auto });
  }, [status, requests]);

  // Formatting makes an Intl formatter (~0.4 ms), and the indicator renders with every edit.
  const when = useMemo(() => (last ? last.at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }) : null), [last, locale]);
  const text =
    status === 'saved' && last && when
      ? t(last.auto ? 'autosave.autosavedAt' : 'autosave.savedAt', { time: when })
      : t(LABELS[status]);
  return (
    <span
      className={`save-state save-${status}`}
      role="status"
      data-testid="save-state"
      data-status={status}
      data-revision={revision}
      data-autosaved={last ? String(last.auto) : undefined}
      title={t('autosave.explain')}
    >
      {text} · {t('save.revision', { revision })}
    </span>
  );
}
