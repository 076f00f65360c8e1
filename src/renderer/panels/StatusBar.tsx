// StatusBar.tsx: where the selected frame is, in millimetres from the trim's top-left corner
// (with several selected, how many and the box around them), and the page's composition:
// characters no font has (never drawn), and how long it took; which edition is open; and the window's language, which is
// set once and needs no place in the toolbar.
import { memo, type ReactNode } from 'react';
import { ptToMm } from '../../shared/model';
import { boundsOf } from '../frames/geometry';
import { useI18n } from '../i18n';
import type { PageLayoutState } from '../layout';
import type { PlacedFrame } from '../state';
import { LanguageSelect } from './LanguageSelect';

function mm(pt: number): string {
  return ptToMm(pt).toFixed(1);
}

export interface StatusBarProps {
  /** The primary selected frame, and its label. */
  readonly selected: PlacedFrame | null;
  readonly label: string;
  /** Every selected frame on the shown page. */
  readonly selection: readonly PlacedFrame[];
  readonly layout: PageLayoutState;
  /** The open edition's folder name: after Save As or Open it is the one thing that says which. */
  readonly editionName: string;
}

export const StatusBar = memo(function StatusBar({ selected, label, selection, layout, editionName }: StatusBarProps): ReactNode {
  const { t } = useI18n();
  return (
    <footer className="status-bar" data-testid="status-bar">
      <SelectionStatus selected={selected} label={label} selection={selection} />
      {editionName && (
        <span className="status-edition" data-testid="status-edition">
          {t('status.edition', { name: editionName })}
        </span>
      )}
      <LayoutStatus layout={layout} />
      <LanguageSelect />
    </footer>
  );
});

function SelectionStatus({ selected, label, selection }: Omit<StatusBarProps, 'layout' | 'editionName'>): ReactNode {
  const { t } = useI18n();
  // One frame's numbers would read as the selection's: show the box around all of them.
  const bounds = selection.length > 1 ? boundsOf(selection.map((p) => p.frame)) : null;
  if (bounds) {
    return (
      <>
        <span className="status-kind">{t('frames.panel.many', { count: selection.length })}</span>
        <span data-testid="status-geometry">{t('status.bounds', { x: mm(bounds.x), y: mm(bounds.y), width: mm(bounds.width), height: mm(bounds.height) })}</span>
      </>
    );
  }
  if (!selected) return <span>{t('status.noSelection')}</span>;
  const { frame } = selected;
  const flags = [selected.fromMaster ? t('status.master') : null, frame.locked ? t('status.locked') : null].filter(Boolean);
  return (
    <>
      <span className="status-kind">{t(`frame.kind.${frame.kind}`)}</span>
      <span data-testid="status-geometry">
        {t('status.frame', { label: label || t('frame.unnamed'), x: mm(frame.x), y: mm(frame.y), width: mm(frame.width), height: mm(frame.height) })}
      </span>
      {flags.length > 0 && <span className="status-flags">{flags.join(' · ')}</span>}
    </>
  );
}

function LayoutStatus({ layout }: { layout: PageLayoutState }): ReactNode {
  const { t } = useI18n();
  if (layout.phase === 'loading') {
    return (
      <span className="status-layout" role="status" data-testid="layout-loading">
        {t('layout.loadingFonts')}
      </span>
    );
  }
  if (layout.phase !== 'ready') return null;
  const missing = layout.composition.missingGlyphs.length;
  return (
    <span className="status-layout" data-testid="layout-status" data-missing-glyphs={missing} data-compose-ms={layout.ms.toFixed(1)} data-font-bytes={layout.fontBytes}>
      {missing > 0 && (
        <span className="status-missing" data-testid="missing-glyphs">
          {t('layout.missingGlyphs', { count: missing })}
        </span>
      )}
      <span className="status-compose">{t('layout.composed', { ms: layout.ms.toFixed(0) })}</span>
    </span>
  );
}
