// storyRows.ts: what the stories panel lists for each story: slug, status, length in 字, its
// headline, and the pages it is placed on (in page order); unplaced stories have none.
import { countChars, type Edition, ParagraphStyleIds, paragraphText, storyText } from '../../shared/model';

export interface Placement {
  readonly pageId: string;
  readonly label: string;
  readonly frameId: string;
}

export interface StoryRow {
  readonly storyId: string;
  readonly slug: string;
  readonly status: Edition['stories'][number]['status'];
  /** 字 as staff count them (countChars: whitespace excluded). */
  readonly chars: number;
  readonly headline: string | null;
  /** Text frames holding the story, in page order then thread order on the page. */
  readonly placements: readonly Placement[];
}

export function storyRows(edition: Edition): StoryRow[] {
  const placements = new Map<string, Placement[]>();
  for (const page of edition.pages) {
    for (const frame of page.frames) {
      if (frame.kind !== 'text' || frame.storyId === null) continue;
      const list = placements.get(frame.storyId) ?? [];
      list.push({ pageId: page.id, label: page.label, frameId: frame.id });
      placements.set(frame.storyId, list);
    }
  }
  return edition.stories.map((story) => {
    const headline = story.paragraphs.find((p) => p.style === ParagraphStyleIds.headline);
    return {
      storyId: story.id,
      slug: story.slug,
      status: story.status,
      chars: countChars(storyText(story)),
      headline: headline ? paragraphText(headline) : null,
      placements: placements.get(story.id) ?? [],
    };
  });
}

/** The distinct page labels of a row's placements, in order: "A01 A02". */
export function placedOn(row: StoryRow): string[] {
  return [...new Set(row.placements.map((p) => p.label))];
}
