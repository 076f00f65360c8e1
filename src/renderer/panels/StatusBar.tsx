// StatusBar.tsx: where the selected frame is, in millimetres from the trim's top-left corner.
import type { ReactNode } from 'react';
import { ptToMm } from '../../shared/model';
import { useI18n } from '../i18n';
import type { PlacedFrame } from '../state';

function mm(pt: number): string {
  return ptToMm(pt).toFixed(1);
}

export function StatusBar({ selected, label }: { selected: PlacedFrame | null; label: string }): ReactNode {
  const { t } = useI18n();
  if (!selected) {
    return (
      <footer className="status-bar" data-testid="status-bar">
        {t('status.noSelection')}
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
    </footer>
  );
}
