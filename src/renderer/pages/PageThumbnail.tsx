// PageThumbnail.tsx: one page in miniature (its frames and its master's, as boxes) with its label
// and section; a button that opens the page, can be dragged to reorder, and moves with Alt+arrows.
import type { KeyboardEvent, PointerEvent, ReactNode } from 'react';
import type { Edition, Page } from '../../shared/model';
import { useI18n } from '../i18n';
import { framesOnPage } from '../state';

export interface PageThumbnailProps {
  /** What the miniature needs of the edition: the masters and the paper. */
  readonly edition: Pick<Edition, 'masters' | 'format'>;
  readonly page: Page;
  readonly width: number;
  readonly current: boolean;
  /** 'before' or 'after': a dragged page would land on that side of this one. */
  readonly drop: 'before' | 'after' | null;
  readonly dragging: boolean;
  readonly onPointerDown: (event: PointerEvent<HTMLButtonElement>) => void;
  readonly onClick: () => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

export function PageThumbnail(props: PageThumbnailProps): ReactNode {
  const { edition, page } = props;
  const { t } = useI18n();
  const master = edition.masters.find((m) => m.id === page.masterId);
  const classes = ['thumbnail', props.current ? 'is-current' : '', props.dragging ? 'is-dragging' : '', props.drop ? `drop-${props.drop}` : ''].filter(Boolean).join(' ');
  return (
    <button
      type="button"
      className={classes}
      data-testid="page-thumbnail"
      data-page-id={page.id}
      data-label={page.label}
      data-number={page.number}
      data-section={page.section}
      data-master-id={page.masterId ?? ''}
      aria-current={props.current ? 'page' : undefined}
      title={[t('pages.thumbnail', { number: page.number, label: page.label }), page.section, master?.name].filter(Boolean).join(' · ')}
      onPointerDown={props.onPointerDown}
      onClick={props.onClick}
      onKeyDown={props.onKeyDown}
    >
      <Miniature edition={edition} page={page} width={props.width} />
      <span className="thumbnail-label">{page.section ? t('page.section', { label: page.label, section: page.section }) : page.label}</span>
    </button>
  );
}

function Miniature({ edition, page, width }: { edition: Pick<Edition, 'masters' | 'format'>; page: Page; width: number }): ReactNode {
  const trim = edition.format.trim;
  return (
    <svg className="thumbnail-svg" width={width} height={(width * trim.height) / trim.width} viewBox={`0 0 ${trim.width} ${trim.height}`} aria-hidden="true">
      <rect className="thumbnail-paper" x={0} y={0} width={trim.width} height={trim.height} />
      {framesOnPage(edition, page).map(({ frame, fromMaster }) => (
        <rect
          key={frame.id}
          className={`thumbnail-frame thumbnail-${frame.kind}${fromMaster ? ' thumbnail-master' : ''}`}
          x={frame.x}
          y={frame.y}
          width={frame.width}
          height={Math.max(frame.height, 2)}
        />
      ))}
    </svg>
  );
}
