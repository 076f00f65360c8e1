// OpenEditionDialog.tsx: File ▸ Open and the recent editions. A recent edition opens with one
// click; another is named by its folder path (absolute, or inside the documents folder). When
// someone else holds the edition's lock, the host says who, and the dialog offers to open it
// read-only or, when their process is gone, to take the lock over.
import { type ReactNode, useEffect, useState } from 'react';
import type { EditionSwitch, ListRecentResponse, OpenMode } from '../../shared/editions-api';
import { type Host, HostError } from '../host';
import { hostErrorText, useI18n } from '../i18n';
import { FileError } from './FileError';
import { FileModal } from './FileModal';

export interface OpenEditionDialogProps {
  readonly host: Host;
  readonly onClose: () => void;
  readonly onSwitched: (to: EditionSwitch) => void;
}

interface Refusal {
  readonly path: string;
  readonly message: string;
  /** The lock is held: read-only and take-over are the ways on. */
  readonly locked: boolean;
}

export function OpenEditionDialog({ host, onClose, onSwitched }: OpenEditionDialogProps): ReactNode {
  const { t, locale } = useI18n();
  const [listing, setListing] = useState<ListRecentResponse | null>(null);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  useEffect(() => {
    let live = true;
    host.listRecent({}).then(
      (answer) => live && setListing(answer),
      (e: unknown) => live && setRefusal({ path: '', message: hostErrorText(e, t, { time: (iso) => formatWhen(iso, locale) }), locked: false }),
    );
    return () => {
      live = false;
    };
  }, [host]);

  const open = (where: string, mode: OpenMode): void => {
    if (where.trim() === '') return;
    setBusy(true);
    setRefusal(null);
    host.openEdition({ path: where.trim(), mode }).then(onSwitched, (e: unknown) => {
      setBusy(false);
      setRefusal({ path: where.trim(), message: hostErrorText(e, t, { time: (iso) => formatWhen(iso, locale) }), locked: e instanceof HostError && e.code === 'conflict' });
    });
  };

  const forget = (where: string): void => {
    setRefusal(null);
    host.forgetRecent({ path: where }).then(setListing, (e: unknown) => setRefusal({ path: '', message: hostErrorText(e, t), locked: false }));
  };

  const others = listing?.recent.filter((entry) => entry.path !== listing.current) ?? [];
  return (
    <FileModal title={t('file.open.title')} testId="open-edition-dialog" onClose={onClose} busy={busy}>
      <section aria-label={t('file.open.recent')}>
        <h3>{t('file.open.recent')}</h3>
        {listing === null && <p className="file-hint">{t('file.loading')}</p>}
        {listing !== null && others.length === 0 && <p className="file-hint">{t('file.open.noRecent')}</p>}
        <ul className="file-recent" data-testid="recent-editions">
          {others.map((entry) => (
            <li key={entry.path}>
              <button
                type="button"
                disabled={busy || !entry.exists}
                aria-label={t('file.open.recentItem', { name: entry.name })}
                title={entry.path}
                onClick={() => open(entry.path, 'edit')}
              >
                <strong>{entry.paper || entry.name}</strong> <span>{entry.date}</span>
                <span className="file-path">{entry.exists ? entry.path : t('file.open.missing', { path: entry.path })}</span>
                <span className="file-when">{formatWhen(entry.openedAt, locale)}</span>
              </button>
              {/* A folder that has gone may come back (an unmounted share), so it stays until taken off. */}
              {!entry.exists && (
                <button type="button" className="file-recent-forget" disabled={busy} aria-label={t('file.open.forget', { name: entry.name })} onClick={() => forget(entry.path)}>
                  {t('file.open.forgetShort')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <fieldset className="file-fields" disabled={busy}>
        <legend>{t('file.open.byPath')}</legend>
        <label>
          <span>{t('file.open.path')}</span>
          <input
            type="text"
            value={path}
            placeholder={listing ? `${listing.documentsDir}/…/name.galley` : ''}
            onChange={(e) => setPath(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && open(path, 'edit')}
          />
        </label>
        {listing && <p className="file-hint">{t('file.documentsHint', { dir: listing.documentsDir })}</p>}
      </fieldset>
      {refusal && (
        <FileError message={refusal.message}>
          {refusal.locked && (
            <div className="modal-buttons">
              <button type="button" onClick={() => open(refusal.path, 'readOnly')}>
                {t('file.open.readOnly')}
              </button>
              <button type="button" onClick={() => open(refusal.path, 'takeOver')}>
                {t('file.open.takeOver')}
              </button>
            </div>
          )}
        </FileError>
      )}
      <div className="modal-buttons">
        <button type="button" onClick={onClose} disabled={busy}>
          {t('file.cancel')}
        </button>
        <button type="button" className="primary" onClick={() => open(path, 'edit')} disabled={busy || path.trim() === ''}>
          {busy ? t('file.working') : t('file.open.open')}
        </button>
      </div>
    </FileModal>
  );
}

function formatWhen(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString(locale);
}
