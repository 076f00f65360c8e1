// stories/: the stories panel, placing a story by dragging it onto the page, and the page side of
// the story editor (clicks on text, the selection highlight) (issue 5, part 3).
export { StoriesDock, type StoriesDockProps } from './StoriesDock';
export { type PageStories, type PageStoriesOptions, usePageStories } from './usePageStories';
export { type DropBox, dropBox, placeStoryOps, storyDepth } from './placeStory';
export { placedOn, type StoryRow, storyRows } from './storyRows';
