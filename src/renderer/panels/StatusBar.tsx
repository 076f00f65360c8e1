// StatusBar.tsx: where the selected frame is, in millimetres from the trim's top-left corner,
// and the page's composition: characters no font has (never drawn), and how long it took.
import { memo, type ReactNode } from 'react';
import { ptToMm } from '../../shared/model';
import { useI18n } from '../i18n';
import type { PageLayoutState } from '../layout';
import type { PlacedFrame } from '../state';

function mm(pt: number): string {
  return ptToMm(pt).toFixed(1);
}

export const StatusBar = memo(function StatusBar({ selected, label, layout }: { selected: PlacedFrame | null; label: string; layout: PageLayoutState }): ReactNode {
  const { t } = useI18n();
  if (!selected) {
    return (
      <footer className="status-bar" data-testid="status-bar">
        {t('status.noSelection')}
        <LayoutStatus layout={layout} />
      </footer>
    );
  }
  const { frame } = selected;
  const flags = [selected.fromMaster ? t('status.master') : null, frame.locked ? t('status.locked') : null].filter(Boolean);
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span className="status-kind">{t(`frame.kind.${frame.kind}`)}</span>
      <span data-testid="status-geometry">
        {t('status.frame', { label: label || t('frame.unnamed'), x: mm(frame.x), y: mm(frame.y), width: mm(frame.width), height: mm(frame.height) })}
      </span>
      {flags.length > 0 && <span className="status-flags">{flags.join(' · ')}</span>}
      <LayoutStatus layout={layout} />
    </footer>
  );
});

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
