// StoriesPanel.tsx: every story of the edition with its slug, status, length in 字 and the pages
// it is placed on; unplaced stories are marked. A row opens its story in the editor when clicked
// and places it when dragged onto the page (usePageStories.ts). The list is a readout: it follows
// the edition a frame after the page (useEditorReadout), so a keystroke paints the page first,
// and each row is memoised on what it shows, so only the typed story's row changes. Its handlers
// act on story ids only.
import { memo, type ReactNode, useMemo } from 'react';
import { currentEdition, useEditorReadout } from '../state';
import { type MessageKey, useI18n } from '../i18n';
import { endStoryDrag, startStoryDrag } from './dragStory';
import { placedOn, type StoryRow, storyRows } from './storyRows';

export interface StoriesPanelProps {
  readonly openStoryId: string | null;
  /** Stable (a row is memoised with it). */
  readonly onOpen: (storyId: string) => void;
}

export function StoriesPanel({ openStoryId, onOpen }: StoriesPanelProps): ReactNode {
  const { t } = useI18n();
  const edition = useEditorReadout(currentEdition);
  const rows = useMemo(() => (edition ? storyRows(edition) : []), [edition]);
  return (
    <section className="stories-panel" aria-labelledby="stories-panel-title" data-testid="stories-panel">
      <h2 className="panel-title" id="stories-panel-title">
        {t('stories.panel.title')}
      </h2>
      <p className="stories-hint">{rows.length === 0 ? t('stories.panel.empty') : t('stories.panel.hint')}</p>
      <ul className="story-rows">
        {rows.map((row) => (
          <StoryRowItem
            key={row.storyId}
            storyId={row.storyId}
            slug={row.slug}
            status={row.status}
            chars={row.chars}
            headline={row.headline}
            placed={row.placements.length > 0}
            pages={placedOn(row).join(' ')}
            open={row.storyId === openStoryId}
            onOpen={onOpen}
          />
        ))}
      </ul>
    </section>
  );
}

interface StoryRowItemProps {
  readonly storyId: string;
  readonly slug: string;
  readonly status: StoryRow['status'];
  readonly chars: number;
  readonly headline: string | null;
  readonly placed: boolean;
  /** The page labels it is placed on, space-separated. */
  readonly pages: string;
  readonly open: boolean;
  readonly onOpen: (storyId: string) => void;
}

const StoryRowItem = memo(function StoryRowItem(props: StoryRowItemProps): ReactNode {
  const { t } = useI18n();
  const { storyId } = props;
  const placement = props.placed ? t('stories.row.placed', { pages: props.pages }) : t('stories.row.unplaced');
  const status = t(`stories.status.${props.status}` as MessageKey);
  return (
    <li
      className={['story-row', props.placed ? '' : 'is-unplaced', props.open ? 'is-open' : ''].filter(Boolean).join(' ')}
      data-testid="story-row"
      data-story-id={storyId}
      data-placed={props.pages}
      data-chars={props.chars}
      draggable
      onDragStart={(e) => startStoryDrag(storyId, e.dataTransfer)}
      onDragEnd={endStoryDrag}
    >
      <button
        type="button"
        className="story-row-open"
        aria-current={props.open ? 'true' : undefined}
        aria-label={t('stories.row.label', { slug: props.slug, status, chars: props.chars, placement })}
        title={props.headline ?? props.slug}
        onClick={() => props.onOpen(storyId)}
      >
        <span className="story-row-slug">{props.slug}</span>
        <span className="story-row-meta">
          <span className={`story-status story-status-${props.status}`}>{status}</span>
          <span className="story-row-chars">{t('stories.row.chars', { chars: props.chars })}</span>
          <span className={props.placed ? 'story-row-placed' : 'story-row-unplaced'} data-testid="story-placement">
            {placement}
          </span>
        </span>
      </button>
    </li>
  );
});
