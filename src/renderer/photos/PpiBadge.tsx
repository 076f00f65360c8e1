// PpiBadge.tsx: the effective resolution of a selected picture, on the page at its frame's
// bottom-left corner, in the preflight colour (green enough, amber warning, red error). It keeps
// one screen size at every zoom, like the frame labels.
import type { ReactNode } from 'react';
import type { Asset, ImageFrame, OutputSettings } from '../../shared/model';
import { imageFramePpi } from '../../shared/preflight';
import { useI18n } from '../i18n';
import { ppiLabel, ppiTone } from './ppiTone';
import './photos.css';

const BADGE_PX = 11;

export interface PpiBadgeProps {
  /** The frame as drawn (with a live crop, if one is being adjusted). */
  readonly frame: ImageFrame;
  readonly asset: Pick<Asset, 'pixelWidth' | 'pixelHeight'>;
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
  readonly output: Pick<OutputSettings, 'imageWarnPpi' | 'imageErrorPpi'>;
}

export function PpiBadge(props: PpiBadgeProps): ReactNode {
  const { t } = useI18n();
  const ppi = imageFramePpi(props.frame, props.asset);
  if (ppi === null) return null;
  const tone = ppiTone(ppi, props.output);
  const text = t('photos.ppi.value', { ppi: ppiLabel(ppi) });
  const size = BADGE_PX / props.zoom;
  const pad = 3 / props.zoom;
  // Width from the character count: the badge's digits and letters are all about 0.6 em wide.
  const width = text.length * size * 0.62 + 2 * pad;
  const height = size + 2 * pad;
  const bottom = props.y + props.frame.height;
  const why = tone === 'ok' ? t('photos.ppi.ok') : t(tone === 'warn' ? 'photos.ppi.warn' : 'photos.ppi.error', { threshold: tone === 'warn' ? props.output.imageWarnPpi : props.output.imageErrorPpi });
  return (
    <g className={`ppi-badge ppi-${tone}`} data-testid="ppi-badge" data-tone={tone} data-ppi={ppiLabel(ppi)}>
      <title>{`${t('photos.ppi.label')} ${text}: ${why}`}</title>
      <rect x={props.x + pad} y={bottom - pad - height} width={width} height={height} rx={2 / props.zoom} />
      <text x={props.x + 2 * pad} y={bottom - 2 * pad - size * 0.15} fontSize={size}>
        {text}
      </text>
    </g>
  );
}
