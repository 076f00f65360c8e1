// CursorReadout.tsx: where the pointer is on the page, in the rulers' units: millimetres from the
// trim corner, or 字 and 行 from the type area's corner. It re-renders on its own as the pointer
// moves (cursorTracker.ts), not with the page.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { type CursorTracker, useCursor } from './cursorTracker';
import { formatUnits, type RulerScale } from './rulerScale';

export function CursorReadout({ cursor, scales }: { cursor: CursorTracker; scales: { horizontal: RulerScale; vertical: RulerScale } }): ReactNode {
  const { t } = useI18n();
  const point = useCursor(cursor);
  const key = scales.horizontal.unit === 'mm' ? 'view.cursor.mm' : 'view.cursor.grid';
  const x = point ? formatUnits(point.x, scales.horizontal) : '';
  const y = point ? formatUnits(point.y, scales.vertical) : '';
  return (
    <output className="cursor-readout" data-testid="cursor-readout" aria-label={t('view.cursorLabel')} data-x={x} data-y={y} hidden={!point}>
      {point ? t(key, { x, y }) : ''}
    </output>
  );
}
