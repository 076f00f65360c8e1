// importIntoEdition.ts: adds imported stories to an edition, unplaced. Story ids are kept unless
// the edition already has one (an id source restarted, or the same file imported twice): then
// the new story gets the first free "<id>-2", "<id>-3" …, so nothing already there is replaced.
import type { Edition, ParagraphStyle, Story } from '../../../shared/model';
import { defaultStyles } from '../../../shared/model';
import type { ImportResult } from './types';

function freeId(id: string, taken: Set<string>): string {
  if (!taken.has(id)) return id;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

/** Paragraph styles the stories use that the edition lacks, taken from the default style sheet. */
function missingStyles(edition: Edition, stories: readonly Story[]): ParagraphStyle[] {
  const have = new Set(edition.styles.paragraph.map((s) => s.id));
  const used = new Set(stories.flatMap((s) => s.paragraphs.map((p) => p.style)));
  const defaults = defaultStyles(edition.format.bodySize, edition.format.baselineGrid.pitch, edition.format.sizeNames).paragraph;
  return defaults.filter((s) => used.has(s.id) && !have.has(s.id));
}

export function importIntoEdition(edition: Edition, result: Pick<ImportResult, 'stories'>): Edition {
  const taken = new Set(edition.stories.map((s) => s.id));
  const added = result.stories.map((story) => {
    const id = freeId(story.id, taken);
    taken.add(id);
    return id === story.id ? story : { ...story, id };
  });
  const styles = missingStyles(edition, added);
  return {
    ...edition,
    styles: styles.length === 0 ? edition.styles : { ...edition.styles, paragraph: [...edition.styles.paragraph, ...styles] },
    stories: [...edition.stories, ...added],
  };
}
