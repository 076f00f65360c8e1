// Frame flow: stories through threaded, multi-column frames, around wraps, on the baseline
// grid. See README.md in this folder for the rules.
export { flowStory, type StoryFlow, type StoryJob, spansColumns, onBaselineGrid, DEFAULT_MIN_WRAP_MEASURE_EM } from './flowStory';
export { pageFrames, storyThreads, threadOf, toThreadFrame } from './threads';
export { baselineGrid, columnSpans, contentBox, freeSpan, pt, snapDown, wrapRect } from './geometry';
export type { BaselineGrid, ComposeParagraph, FlowOptions, Rect, ThreadFrame } from './types';
export { jumpParagraphId, jumpText, type JumpDirection } from './jumpLines';
export { memoisedComposer } from './paragraphMemo';
