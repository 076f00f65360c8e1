// ViewControls.tsx: the toolbar's view controls: zoom (out, level, in, fit page, fit width,
// 100 %), rulers and their unit, and the guide layers (all, margins, columns, baseline grid,
// ruler guides). It also binds Ctrl/Cmd+1 and Ctrl/Cmd+Alt+0, which no menu item owns.
import { type ReactNode, useMemo } from 'react';
import { useI18n } from '../i18n';
import { ACTUAL_SIZE_ZOOM, type RulerUnit, type ViewAction, type ViewState, zoomPercent } from '../state';
import { useViewShortcuts, viewZoomShortcuts } from './viewShortcuts';

export function ViewControls({ view, onView }: { view: ViewState; onView: (action: ViewAction) => void }): ReactNode {
  const { t } = useI18n();
  const shortcuts = useMemo(() => viewZoomShortcuts(onView), [onView]);
  useViewShortcuts(shortcuts);
  const percent = zoomPercent(view);
  return (
    <>
      <div className="tool-group" role="group" aria-label={t('view.zoomGroup')}>
        <button type="button" data-testid="zoom-out" onClick={() => onView({ type: 'zoomOut' })} title={t('toolbar.zoomOut')} aria-label={t('toolbar.zoomOut')}>
          −
        </button>
        <output className="zoom-value" data-testid="zoom-value" aria-label={t('view.zoomValueLabel')} data-percent={percent}>
          {t('toolbar.zoomValue', { percent })}
        </output>
        <button type="button" data-testid="zoom-in" onClick={() => onView({ type: 'zoomIn' })} title={t('toolbar.zoomIn')} aria-label={t('toolbar.zoomIn')}>
          +
        </button>
        <button type="button" data-testid="zoom-fit" aria-pressed={view.zoom === 'fit'} title={t('view.zoomFitTitle')} onClick={() => onView({ type: 'zoomFit' })}>
          {t('toolbar.zoomFit')}
        </button>
        <button
          type="button"
          data-testid="zoom-fit-width"
          aria-pressed={view.zoom === 'fitWidth'}
          title={t('view.zoomFitWidthTitle')}
          onClick={() => onView({ type: 'zoomFitWidth' })}
        >
          {t('view.zoomFitWidth')}
        </button>
        <button
          type="button"
          data-testid="zoom-actual"
          aria-pressed={view.zoom === ACTUAL_SIZE_ZOOM}
          title={t('view.zoomActualTitle')}
          onClick={() => onView({ type: 'zoomActual' })}
        >
          {t('view.zoomActual')}
        </button>
      </div>
      <div className="tool-group" role="group" aria-label={t('view.guidesGroup')}>
        <Toggle id="toggle-rulers" on={view.rulers} label={t('toolbar.rulers')} onClick={() => onView({ type: 'toggleRulers' })} />
        <select
          className="ruler-unit"
          data-testid="ruler-unit"
          aria-label={t('view.rulerUnit')}
          title={t('view.rulerUnit')}
          value={view.rulerUnit}
          disabled={!view.rulers}
          onChange={(event) => onView({ type: 'setRulerUnit', unit: rulerUnit(event.target.value) })}
        >
          <option value="mm">{t('view.rulerUnit.mm')}</option>
          <option value="grid">{t('view.rulerUnit.grid')}</option>
        </select>
        <Toggle id="toggle-guides" on={view.guides} label={t('toolbar.guides')} onClick={() => onView({ type: 'toggleGuides' })} />
        <Toggle id="toggle-margins" on={view.margins} label={t('view.margins')} disabled={!view.guides} onClick={() => onView({ type: 'toggleMargins' })} />
        <Toggle id="toggle-columns" on={view.columns} label={t('view.columns')} disabled={!view.guides} onClick={() => onView({ type: 'toggleColumns' })} />
        <Toggle id="toggle-baseline" on={view.baseline} label={t('toolbar.baseline')} disabled={!view.guides} onClick={() => onView({ type: 'toggleBaseline' })} />
        <Toggle id="toggle-ruler-guides" on={view.rulerGuides} label={t('view.rulerGuides')} disabled={!view.guides} onClick={() => onView({ type: 'toggleRulerGuides' })} />
      </div>
    </>
  );
}

function rulerUnit(value: string): RulerUnit {
  return value === 'grid' ? 'grid' : 'mm';
}

function Toggle(props: { id: string; on: boolean; label: string; disabled?: boolean; onClick: () => void }): ReactNode {
  return (
    <button type="button" className="toggle" data-testid={props.id} aria-pressed={props.on} disabled={props.disabled ?? false} onClick={props.onClick}>
      {props.label}
    </button>
  );
}
