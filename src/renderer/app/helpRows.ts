// helpRows.ts: the help panel's rows from the shortcut registry, without React.
import type { MessageKey } from '../i18n';
import type { RegisteredShortcut, ShortcutGroup } from './shortcuts';

export interface HelpRow {
  readonly label: MessageKey;
  readonly keys: readonly string[];
}

/** Rows by group, one row per action (entries sharing a label merge), as this window offers them. */
export function helpRows(shortcuts: readonly RegisteredShortcut[], electron: boolean): Map<ShortcutGroup, HelpRow[]> {
  const groups = new Map<ShortcutGroup, HelpRow[]>();
  for (const s of shortcuts) {
    if (s.electronOnly && !electron) continue;
    const rows = groups.get(s.group) ?? [];
    const row = rows.find((r) => r.label === s.label);
    if (row) rows[rows.indexOf(row)] = { label: row.label, keys: [...row.keys, ...s.keys] };
    else rows.push({ label: s.label, keys: s.keys });
    groups.set(s.group, rows);
  }
  return groups;
}
