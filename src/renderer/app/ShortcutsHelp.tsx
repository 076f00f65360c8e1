// ShortcutsHelp.tsx: the keyboard shortcuts panel (F1, Ctrl+/ or Help ▸ Keyboard Shortcuts). It
// lists the shortcut registry as it stands, so it shows exactly the keys that work in this
// window: in a browser it leaves out what only the Electron menu offers.
import '../file/file.css';
import { type ReactNode, useMemo, useSyncExternalStore } from 'react';
import { type MessageKey, useI18n } from '../i18n';
import { FileModal } from '../file/FileModal';
import { helpRows } from './helpRows';
import { formatChord, isMacPlatform, SHORTCUT_GROUPS, type ShortcutGroup, type ShortcutRegistry, shortcutRegistry } from './shortcuts';

const GROUP_LABELS: Readonly<Record<ShortcutGroup, MessageKey>> = {
  file: 'shortcuts.group.file',
  edit: 'shortcuts.group.edit',
  view: 'shortcuts.group.view',
  frame: 'shortcuts.group.frame',
  text: 'shortcuts.group.text',
  help: 'shortcuts.group.help',
};

export function ShortcutsHelp({ onClose, electron, registry = shortcutRegistry }: { onClose: () => void; electron: boolean; registry?: ShortcutRegistry }): ReactNode {
  const { t } = useI18n();
  const shortcuts = useSyncExternalStore(registry.subscribe, registry.list);
  const groups = useMemo(() => helpRows(shortcuts, electron), [shortcuts, electron]);
  const mac = isMacPlatform();
  return (
    <FileModal title={t('shortcuts.title')} testId="shortcuts-help" onClose={onClose} className="shortcuts-help">
      <p className="file-hint">{t(mac ? 'shortcuts.modMac' : 'shortcuts.modOther')}</p>
      {SHORTCUT_GROUPS.filter((g) => groups.has(g)).map((group) => (
        <section key={group} aria-label={t(GROUP_LABELS[group])}>
          <h3>{t(GROUP_LABELS[group])}</h3>
          <table className="shortcuts-table">
            <tbody>
              {(groups.get(group) ?? []).map((row) => (
                <tr key={row.label} data-testid="shortcut-row">
                  <th scope="row">{t(row.label)}</th>
                  <td>
                    {row.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && ' / '}
                        <kbd>{formatChord(k, mac)}</kbd>
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <div className="modal-buttons">
        <button type="button" className="primary" onClick={onClose}>
          {t('file.close')}
        </button>
      </div>
    </FileModal>
  );
}
