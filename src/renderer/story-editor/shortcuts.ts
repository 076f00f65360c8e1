// shortcuts.ts: the story editor's keys, as data, so the help panel can list them and the specs
// can check them. Mod is Ctrl on Linux and Windows, Cmd on macOS. Paragraph styles are Mod+1…8
// in the order staff set a story from the top (引题 … 转版); browsers keep Ctrl+1…8 for their
// tabs, so Mod+Alt+1…8 does the same everywhere (as in Google Docs). Bold is Mod+B, emphasis
// dots (着重号) Mod+Shift+E; undo and redo are the application's (one history for layout and text).
import { CharacterStyleIds, ParagraphStyleIds } from '../../shared/model';

/** Paragraph styles for Mod+1 … Mod+8, in that order. */
export const PARAGRAPH_STYLE_KEYS: readonly string[] = [
  ParagraphStyleIds.kicker,
  ParagraphStyleIds.headline,
  ParagraphStyleIds.subhead,
  ParagraphStyleIds.byline,
  ParagraphStyleIds.body,
  ParagraphStyleIds.crosshead,
  ParagraphStyleIds.caption,
  ParagraphStyleIds.jump,
];

/**
 * Every key the story editor handles, for the help panel: [chords (space-separated
 * alternatives), message key of what it does], in the form FRAME_SHORTCUTS uses.
 */
export const STORY_SHORTCUTS = [
  ['Mod+1 Mod+Alt+1', 'stories.shortcut.kicker'],
  ['Mod+2 Mod+Alt+2', 'stories.shortcut.headline'],
  ['Mod+3 Mod+Alt+3', 'stories.shortcut.subhead'],
  ['Mod+4 Mod+Alt+4', 'stories.shortcut.byline'],
  ['Mod+5 Mod+Alt+5', 'stories.shortcut.body'],
  ['Mod+6 Mod+Alt+6', 'stories.shortcut.crosshead'],
  ['Mod+7 Mod+Alt+7', 'stories.shortcut.caption'],
  ['Mod+8 Mod+Alt+8', 'stories.shortcut.jump'],
  ['Mod+B', 'stories.shortcut.bold'],
  ['Mod+Shift+E', 'stories.shortcut.emphasis'],
  ['Mod+F', 'stories.shortcut.find'],
  ['Mod+H', 'stories.shortcut.replace'],
] as const;

export type StoryShortcut =
  | { readonly kind: 'paragraphStyle'; readonly styleId: string }
  | { readonly kind: 'charStyle'; readonly styleId: string }
  | { readonly kind: 'find'; readonly replace: boolean };

type KeyFacts = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** The story-editor action for a key press in the editor, or null (Lexical and the app handle the rest). */
export function storyShortcut(event: KeyFacts, mac: boolean): StoryShortcut | null {
  const mod = mac ? event.metaKey : event.ctrlKey;
  if (!mod) return null;
  const digit = /^Digit([1-8])$/u.exec(event.code);
  if (digit && !event.shiftKey) {
    const styleId = PARAGRAPH_STYLE_KEYS[Number(digit[1]) - 1];
    return styleId ? { kind: 'paragraphStyle', styleId } : null;
  }
  if (event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'e' && event.shiftKey) return { kind: 'charStyle', styleId: CharacterStyleIds.emphasis };
  if (key === 'b' && !event.shiftKey) return { kind: 'charStyle', styleId: CharacterStyleIds.bold };
  if (key === 'f' && !event.shiftKey) return { kind: 'find', replace: false };
  if (key === 'h' && !event.shiftKey) return { kind: 'find', replace: true };
  return null;
}
