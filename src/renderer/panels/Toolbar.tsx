// Toolbar.tsx: the File menu, zoom, rulers and guides, undo/redo and save state, in one row on
// a 1366 px laptop in either language (the exports are in the File menu, photo import beside the
// frame tools, the language in the status bar: a second row took the page 43 px of height). Memoised: Workspace renders again on every
// keystroke and hands this stable props.
import { memo, type ReactNode } from 'react';
import { type MessageKey, useI18n } from '../i18n';
import { ViewControls } from '../canvas/ViewControls';
import type { SaveStatus, ViewAction, ViewState } from '../state';

export interface ToolbarProps {
  readonly view: ViewState;
  readonly onView: (action: ViewAction) => void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly canSave: boolean;
  readonly onSave: () => void;
  readonly saveStatus: SaveStatus;
  readonly revision: number;
  /** The File menu (src/renderer/file), first in the toolbar. */
  readonly fileMenu?: ReactNode;
  /** Replaces the plain save-state text (the File area's indicator says autosaved and when). */
  readonly saveIndicator?: ReactNode;
}

const SAVE_LABELS: Readonly<Record<SaveStatus, MessageKey>> = {
  saved: 'save.saved',
  unsaved: 'save.unsaved',
  saving: 'save.saving',
  failed: 'save.failed',
};

export const Toolbar = memo(function Toolbar(props: ToolbarProps): ReactNode {
  const { t } = useI18n();
  const { view, onView } = props;
  return (
    <div className="toolbar" role="toolbar" data-testid="toolbar">
      {props.fileMenu && <div className="tool-group">{props.fileMenu}</div>}
      <ViewControls view={view} onView={onView} />
      <div className="tool-group">
        <button type="button" data-testid="undo" disabled={!props.canUndo} onClick={props.onUndo}>
          {t('toolbar.undo')}
        </button>
        <button type="button" data-testid="redo" disabled={!props.canRedo} onClick={props.onRedo}>
          {t('toolbar.redo')}
        </button>
        <button type="button" data-testid="save" disabled={!props.canSave} onClick={props.onSave}>
          {t('toolbar.save')}
        </button>
        {props.saveIndicator ?? (
          <span className={`save-state save-${props.saveStatus}`} data-testid="save-state" data-status={props.saveStatus} data-revision={props.revision}>
            {t(SAVE_LABELS[props.saveStatus])} · {t('save.revision', { revision: props.revision })}
          </span>
        )}
      </div>
    </div>
  );
});
