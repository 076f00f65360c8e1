// dragStory.ts: a story dragged from the stories panel. The drag carries its id under STORY_MIME;
// browsers hide drag data until the drop, so the id is also kept here for the page's preview.
export const STORY_MIME = 'application/x-galley-story';

let dragged: string | null = null;

export function startStoryDrag(storyId: string, data: DataTransfer): void {
  dragged = storyId;
  data.setData(STORY_MIME, storyId);
  data.effectAllowed = 'copy';
}

export function endStoryDrag(): void {
  dragged = null;
}

/** The story being dragged over the page, if the drag came from the stories panel. */
export function draggedStory(data: DataTransfer): string | null {
  return data.types.includes(STORY_MIME) ? dragged : null;
}
