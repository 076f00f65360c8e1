// importStories.ts: stories parsed by the host's importText become addStory ops at the end of
// the edition's story list, applied through the store as one undoable step.
import type { Edition, Op, Story } from '../../shared/model';

export function addStoryOps(edition: Edition, stories: readonly Story[]): Op[] {
  const taken = new Set(edition.stories.map((s) => s.id));
  // Ids come from the host (random); a clash would make the whole batch fail, so it is refused here first.
  const clash = stories.find((s) => taken.has(s.id));
  if (clash) throw new Error(`story id ${clash.id} is already in the edition`);
  const start = edition.stories.length;
  return stories.map((story, i) => ({ type: 'addStory', index: start + i, story }));
}
