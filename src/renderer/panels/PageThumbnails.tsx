// PageThumbnails.tsx: every page of the edition in miniature, with its label; click to open it.
import type { ReactNode } from 'react';
import type { Edition, Page } from '../../shared/model';
import { useI18n } from '../i18n';
import { framesOnPage } from '../state';

const THUMB_WIDTH_PX = 120;

export function PageThumbnails(props: { edition: Edition; currentPageId: string | null; onOpen: (pageId: string) => void }): ReactNode {
  const { edition } = props;
  const { t } = useI18n();
  return (
    <nav className="thumbnails" aria-label={t('pages.title')} data-testid="thumbnails">
      <h2 className="panel-title">{t('pages.title')}</h2>
      <ol>
        {edition.pages.map((page) => {
          const current = page.id === props.currentPageId;
          return (
            <li key={page.id}>
              <button
                type="button"
                className={current ? 'thumbnail is-current' : 'thumbnail'}
                data-testid="page-thumbnail"
                data-page-id={page.id}
                aria-current={current ? 'page' : undefined}
                title={t('pages.thumbnail', { number: page.number, label: page.label })}
                onClick={() => props.onOpen(page.id)}
              >
                <Miniature edition={edition} page={page} />
                <span className="thumbnail-label">{t('page.section', { label: page.label, section: page.section })}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function Miniature({ edition, page }: { edition: Edition; page: Page }): ReactNode {
  const { width, height } = edition.format.trim;
  return (
    <svg className="thumbnail-svg" width={THUMB_WIDTH_PX} height={(THUMB_WIDTH_PX * height) / width} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      <rect className="thumbnail-paper" x={0} y={0} width={width} height={height} />
      {framesOnPage(edition, page).map(({ frame }) => (
        <rect key={frame.id} className={`thumbnail-frame thumbnail-${frame.kind}`} x={frame.x} y={frame.y} width={frame.width} height={Math.max(frame.height, 2)} />
      ))}
    </svg>
  );
}
