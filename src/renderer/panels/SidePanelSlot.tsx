// SidePanelSlot.tsx: one side panel's place in the layout screen. Shown, the panel with a small
// hide button in its top corner; hidden, a narrow rail with the panel's name set vertically, which
// brings it back. The canvas measures itself again either way and re-fits the page.
import type { ReactNode } from 'react';
import { type MessageKey, useI18n } from '../i18n';
import type { SidePanel } from './sidePanels';

const NAMES: Readonly<Record<SidePanel, MessageKey>> = {
  pages: 'sidePanel.pages',
  inspector: 'sidePanel.inspector',
  stories: 'sidePanel.stories',
};

export function SidePanelSlot(props: { panel: SidePanel; shown: boolean; side: 'left' | 'right'; onToggle: (panel: SidePanel) => void; children: ReactNode }): ReactNode {
  const { t } = useI18n();
  const name = t(NAMES[props.panel]);
  // The arrow points the way the panel goes: towards the window's edge to hide, away to show.
  const towardsEdge = props.side === 'left' ? '‹' : '›';
  const awayFromEdge = props.side === 'left' ? '›' : '‹';
  if (!props.shown) {
    return (
      <button
        type="button"
        className={`side-panel-rail side-${props.side}`}
        data-testid={`side-panel-show-${props.panel}`}
        aria-expanded={false}
        aria-label={t('sidePanel.show', { panel: name })}
        title={t('sidePanel.show', { panel: name })}
        onClick={() => props.onToggle(props.panel)}
      >
        <span aria-hidden="true">{awayFromEdge}</span>
        <span className="side-panel-rail-name" aria-hidden="true">
          {name}
        </span>
      </button>
    );
  }
  return (
    <div className={`side-panel side-panel-${props.panel} side-${props.side}`} data-testid={`side-panel-${props.panel}`}>
      <button
        type="button"
        className="side-panel-hide"
        data-testid={`side-panel-hide-${props.panel}`}
        aria-expanded={true}
        aria-label={t('sidePanel.hide', { panel: name })}
        title={t('sidePanel.hide', { panel: name })}
        onClick={() => props.onToggle(props.panel)}
      >
        {towardsEdge}
      </button>
      {props.children}
    </div>
  );
}
