// storyRows.ts: what the stories panel lists for each story: slug, status, length in 字, its
// headline, and the pages it is placed on (in page order); unplaced stories have none. The panel
// asks again on every keystroke, for an edition where one story changed: what a story's text
// gives (its length, its headline) is remembered per story object, and the placements per list
// of pages, so only the story typed in is counted again.
import { countChars, type Edition, type Page, ParagraphStyleIds, paragraphText, type Story, storyText } from '../../shared/model';

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

interface TextFacts {
  readonly chars: number;
  readonly headline: string | null;
}

// Model objects are never changed in place (ops make new ones), so an object is its own key.
const factsByStory = new WeakMap<Story, TextFacts>();
const placementsByPages = new WeakMap<readonly Page[], ReadonlyMap<string, readonly Placement[]>>();

function textFacts(story: Story): TextFacts {
  let facts = factsByStory.get(story);
  if (!facts) {
    const headline = story.paragraphs.find((p) => p.style === ParagraphStyleIds.headline);
    facts = { chars: countChars(storyText(story)), headline: headline ? paragraphText(headline) : null };
    factsByStory.set(story, facts);
  }
  return facts;
}

function placementsOf(pages: readonly Page[]): ReadonlyMap<string, readonly Placement[]> {
  let placements = placementsByPages.get(pages);
  if (!placements) {
    const found = new Map<string, Placement[]>();
    for (const page of pages) {
      for (const frame of page.frames) {
        if (frame.kind !== 'text' || frame.storyId === null) continue;
        const list = found.get(frame.storyId) ?? [];
        list.push({ pageId: page.id, label: page.label, frameId: frame.id });
        found.set(frame.storyId, list);
      }
    }
    placements = found;
    placementsByPages.set(pages, placements);
  }
  return placements;
}

export function storyRows(edition: Edition): StoryRow[] {
  const placements = placementsOf(edition.pages);
  return edition.stories.map((story) => ({
    storyId: story.id,
    slug: story.slug,
    status: story.status,
    ...textFacts(story),
    placements: placements.get(story.id) ?? [],
  }));
}

/** The distinct page labels of a row's placements, in order: "A01 A02". */
export function placedOn(row: StoryRow): string[] {
  return [...new Set(row.placements.map((p) => p.label))];
}
