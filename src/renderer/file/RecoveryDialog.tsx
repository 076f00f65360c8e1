// RecoveryDialog.tsx: shown when the edition opened after a session that never closed (a crash,
// a killed process) and edits of it never reached a save. The user chooses: recover those
// edits (the host replays and saves them), or open the last saved state (the edits are kept in
// the edition's history/ folder, not deleted). The choice cannot be skipped: editing first would
// build on a state the user has not chosen.
import { type ReactNode, useEffect, useState } from 'react';
import type { Recovery, RecoveryChoice } from '../../shared/editions-api';
import type { Host } from '../host';
import { hostErrorText, useI18n } from '../i18n';
import { useEditorStore } from '../state';
import { FileError } from './FileError';
import { FileModal } from './FileModal';

export function RecoveryDialog({ host }: { host: Host }): ReactNode {
  const { t, locale } = useI18n();
  const store = useEditorStore();
  const [recovery, setRecovery] = useState<Recovery | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    host.getRecovery({}).then(
      (answer) => live && setRecovery(answer.recovery),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [host]);

  if (!recovery) return null;
  const choose = (choice: RecoveryChoice): void => {
    setBusy(true);
    setError(null);
    host.resolveRecovery({ choice }).then(
      async ({ recovered }) => {
        setRecovery(null);
        await store.load(choice === 'recover' ? { key: 'recovery.done', params: { count: recovered }, tone: 'info' } : { key: 'recovery.declined', tone: 'info' });
      },
      (e: unknown) => {
        setBusy(false);
        setError(hostErrorText(e, t));
      },
    );
  };
  const when = (iso: string | null): string => (iso === null ? t('recovery.unknownTime') : new Date(iso).toLocaleString(locale));
  return (
    <FileModal title={t('recovery.title')} testId="recovery-dialog" onClose={null} busy={busy}>
      <p>{t('recovery.explain', { edits: recovery.edits, last: when(recovery.lastEditAt), saved: when(recovery.savedAt) })}</p>
      {error && (
        <FileError message={error} />
      )}
      <div className="modal-buttons">
        <button type="button" onClick={() => choose('discard')} disabled={busy}>
          {t('recovery.discard')}
        </button>
        <button type="button" className="primary" onClick={() => choose('recover')} disabled={busy}>
          {t('recovery.recover')}
        </button>
      </div>
    </FileModal>
  );
}
