// StoriesPanel.tsx: every story of the edition with its slug, status, length in 字 and the pages
// it is placed on; unplaced stories are marked. A row opens its story in the editor when clicked
// and places it when dragged onto the page (usePageStories.ts).
import { type ReactNode, useMemo } from 'react';
import type { Edition } from '../../shared/model';
import { type MessageKey, useI18n } from '../i18n';
import { endStoryDrag, startStoryDrag } from './dragStory';
import { placedOn, storyRows } from './storyRows';

export interface StoriesPanelProps {
  readonly edition: Edition;
  readonly openStoryId: string | null;
  readonly onOpen: (storyId: string) => void;
}

export function StoriesPanel({ edition, openStoryId, onOpen }: StoriesPanelProps): ReactNode {
  const { t } = useI18n();
  const rows = useMemo(() => storyRows(edition), [edition]);
  return (
    <section className="stories-panel" aria-labelledby="stories-panel-title" data-testid="stories-panel">
      <h2 className="panel-title" id="stories-panel-title">
        {t('stories.panel.title')}
      </h2>
      <p className="stories-hint">{rows.length === 0 ? t('stories.panel.empty') : t('stories.panel.hint')}</p>
      <ul className="story-rows">
        {rows.map((row) => {
          const pages = placedOn(row);
          const placement = pages.length > 0 ? t('stories.row.placed', { pages: pages.join(' ') }) : t('stories.row.unplaced');
          const status = t(`stories.status.${row.status}` as MessageKey);
          return (
            <li
              key={row.storyId}
              className={['story-row', pages.length === 0 ? 'is-unplaced' : '', row.storyId === openStoryId ? 'is-open' : ''].filter(Boolean).join(' ')}
              data-testid="story-row"
              data-story-id={row.storyId}
              data-placed={pages.join(' ')}
              data-chars={row.chars}
              draggable
              onDragStart={(e) => startStoryDrag(row.storyId, e.dataTransfer)}
              onDragEnd={endStoryDrag}
            >
              <button
                type="button"
                className="story-row-open"
                aria-current={row.storyId === openStoryId ? 'true' : undefined}
                aria-label={t('stories.row.label', { slug: row.slug, status, chars: row.chars, placement })}
                title={row.headline ?? row.slug}
                onClick={() => onOpen(row.storyId)}
              >
                <span className="story-row-slug">{row.slug}</span>
                <span className="story-row-meta">
                  <span className={`story-status story-status-${row.status}`}>{status}</span>
                  <span className="story-row-chars">{t('stories.row.chars', { chars: row.chars })}</span>
                  <span className={pages.length === 0 ? 'story-row-unplaced' : 'story-row-placed'} data-testid="story-placement">
                    {placement}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
