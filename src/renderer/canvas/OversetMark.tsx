// OversetMark.tsx: the red "+N 字" on the last frame of a story that did not fit (the count and
// the frame come from the layout's overset report).
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

const MARK_PX = 12;

export function OversetMark(props: { x: number; y: number; width: number; height: number; chars: number; zoom: number }): ReactNode {
  const { t } = useI18n();
  const size = MARK_PX / props.zoom;
  const pad = 3 / props.zoom;
  const label = t('layout.overset', { count: props.chars });
  // A rough box width (full-width digits and 字 are about 1 em, ASCII about ½): the mark only
  // needs a background, not typesetting.
  const width = (label.length * 0.62 + 0.6) * size;
  const right = props.x + props.width;
  const bottom = props.y + props.height;
  return (
    <g className="overset-mark" data-testid="overset-mark" data-chars={props.chars}>
      <rect x={right - width - pad} y={bottom - size - 3 * pad} width={width + pad} height={size + 2 * pad} />
      <text x={right - width - pad / 2} y={bottom - 2 * pad} fontSize={size}>
        {label}
      </text>
    </g>
  );
}
