// DropPreview.tsx: where a story dragged over the page would go: the frame outline, its column
// divisions, and how many columns it takes.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import type { DropBox } from './placeStory';

export function DropPreview({ box, slug, gutter, zoom }: { box: DropBox; slug: string; gutter: number; zoom: number }): ReactNode {
  const { t } = useI18n();
  const column = (box.width - (box.columns - 1) * gutter) / box.columns;
  return (
    <g className="story-drop-preview" pointerEvents="none" data-testid="story-drop-preview" data-columns={box.columns}>
      <rect x={box.x} y={box.y} width={box.width} height={box.height} vectorEffect="non-scaling-stroke" />
      {Array.from({ length: box.columns - 1 }, (_, i) => (
        <line key={i} x1={box.x + (i + 1) * column + (i + 0.5) * gutter} x2={box.x + (i + 1) * column + (i + 0.5) * gutter} y1={box.y} y2={box.y + box.height} vectorEffect="non-scaling-stroke" />
      ))}
      <text x={box.x + 4 / zoom} y={box.y + 14 / zoom} fontSize={12 / zoom}>
        {t('stories.drop.preview', { slug, columns: box.columns })}
      </text>
    </g>
  );
}
