// story-editor/: the Lexical story editor (galley view), the only place that imports Lexical;
// its converters map Lexical state to the story model and back (issue 5, part 3).
export { $lexicalToParagraphs, $storyToLexical, normaliseParagraphs } from './convert';
export { findMatches, replaceOps } from './findReplace';
export { PARAGRAPH_STYLE_KEYS, STORY_SHORTCUTS, storyShortcut } from './shortcuts';
export { StoryEditor, type StoryEditorProps } from './StoryEditor';
export { type CaretRequest, TextFocus, type TextFocusState } from './textFocus';
