// panelShortcuts.ts: keys that panels handle with their own listeners, entered in the registry
// as listed shortcuts so the help panel shows them too. Each comes from the table its panel
// dispatches from (the frame editor's FRAME_SHORTCUTS, the story editor's STORY_SHORTCUTS), so
// the two cannot drift apart.
import { FRAME_SHORTCUTS } from '../frames';
import { STORY_SHORTCUTS } from '../story-editor';
import type { ListedShortcut } from './shortcuts';

/** "V T F L B" lists single keys; anything else is one chord. */
function chords(keys: string): string[] {
  return keys.includes(' ') ? keys.split(' ') : [keys];
}

export const PANEL_SHORTCUTS: readonly ListedShortcut[] = [
  ...FRAME_SHORTCUTS.map(([keys, label]): ListedShortcut => ({ id: `frames.${label}`, group: 'frame', label, keys: chords(keys) })),
  // The story editor's keys (Mod+1…8 with their Mod+Alt alternatives, bold, emphasis, find).
  ...STORY_SHORTCUTS.map(([keys, label]): ListedShortcut => ({ id: label, group: 'text', label, keys: keys.split(' ') })),
];
