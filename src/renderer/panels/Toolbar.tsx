// Toolbar.tsx: zoom, rulers and guides, undo/redo, save state, export and language.
import type { ReactNode } from 'react';
import { type MessageKey, useI18n } from '../i18n';
import { effectiveZoom, type SaveStatus, type ViewAction, type ViewState } from '../state';
import { LanguageSelect } from './LanguageSelect';

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
  /** Opens the export dialog (the same as File → Export PDF in the Electron menu). */
  readonly onExport: () => void;
}

const SAVE_LABELS: Readonly<Record<SaveStatus, MessageKey>> = {
  saved: 'save.saved',
  unsaved: 'save.unsaved',
  saving: 'save.saving',
  failed: 'save.failed',
};

/** Pixels per point at 100 %: a point is 1/72 in and CSS assumes 96 px per inch. */
const PX_PER_PT_AT_100 = 96 / 72;

export function Toolbar(props: ToolbarProps): ReactNode {
  const { t } = useI18n();
  const { view, onView } = props;
  const percent = Math.round((effectiveZoom(view) / PX_PER_PT_AT_100) * 100);
  return (
    <div className="toolbar" role="toolbar" data-testid="toolbar">
      <div className="tool-group">
        <button type="button" data-testid="zoom-out" onClick={() => onView({ type: 'zoomOut' })} title={t('toolbar.zoomOut')} aria-label={t('toolbar.zoomOut')}>
          −
        </button>
        <span className="zoom-value" data-testid="zoom-value">
          {t('toolbar.zoomValue', { percent })}
        </span>
        <button type="button" data-testid="zoom-in" onClick={() => onView({ type: 'zoomIn' })} title={t('toolbar.zoomIn')} aria-label={t('toolbar.zoomIn')}>
          +
        </button>
        <button type="button" data-testid="zoom-fit" aria-pressed={view.zoom === 'fit'} onClick={() => onView({ type: 'zoomFit' })}>
          {t('toolbar.zoomFit')}
        </button>
      </div>
      <div className="tool-group">
        <Toggle id="toggle-rulers" on={view.rulers} label={t('toolbar.rulers')} onClick={() => onView({ type: 'toggleRulers' })} />
        <Toggle id="toggle-guides" on={view.guides} label={t('toolbar.guides')} onClick={() => onView({ type: 'toggleGuides' })} />
        <Toggle id="toggle-baseline" on={view.baseline} label={t('toolbar.baseline')} disabled={!view.guides} onClick={() => onView({ type: 'toggleBaseline' })} />
      </div>
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
        <span className={`save-state save-${props.saveStatus}`} data-testid="save-state" data-status={props.saveStatus} data-revision={props.revision}>
          {t(SAVE_LABELS[props.saveStatus])} · {t('save.revision', { revision: props.revision })}
        </span>
      </div>
      <div className="tool-group">
        <button type="button" data-testid="export-pdf" onClick={props.onExport}>
          {t('toolbar.exportPdf')}
        </button>
      </div>
      <div className="tool-group tool-group-end">
        <LanguageSelect />
      </div>
    </div>
  );
}

function Toggle(props: { id: string; on: boolean; label: string; disabled?: boolean; onClick: () => void }): ReactNode {
  return (
    <button type="button" className="toggle" data-testid={props.id} aria-pressed={props.on} disabled={props.disabled ?? false} onClick={props.onClick}>
      {props.label}
    </button>
  );
}
