// sidePanels.ts: which side panels of the layout screen are shown (版面栏, 属性栏, 稿件栏). On a
// laptop the three take 750 px and leave the page a third of the window; staff hide the ones
// they are not using, as in InDesign or VS Code, and the page takes the room. Window state, not
// the edition's: kept per browser profile, so a hidden panel stays hidden on the next start.
import type { TextFocusState } from '../story-editor';

export const SIDE_PANELS = ['pages', 'inspector', 'stories'] as const;
export type SidePanel = (typeof SIDE_PANELS)[number];
export type SidePanelsShown = Readonly<Record<SidePanel, boolean>>;

export const ALL_SHOWN: SidePanelsShown = { pages: true, inspector: true, stories: true };
const STORAGE_KEY = 'galley.sidePanels';

/** What was stored, or all shown for nothing stored or anything unreadable (a hand-edited value). */
export function parseSidePanels(stored: string | null): SidePanelsShown {
  if (stored === null) return ALL_SHOWN;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return ALL_SHOWN;
  }
  if (typeof value !== 'object' || value === null) return ALL_SHOWN;
  const record = value as Record<string, unknown>;
  return { pages: record['pages'] !== false, inspector: record['inspector'] !== false, stories: record['stories'] !== false };
}

export function loadSidePanels(): SidePanelsShown {
  try {
    return parseSidePanels(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return ALL_SHOWN;
  }
}

export function storeSidePanels(shown: SidePanelsShown): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(shown));
  } catch {
    // Private windows may refuse storage; the choice then lasts for this page only.
  }
}

/**
 * Whether a change of the story editor's focus asks for the stories panel, where the editor is:
 * a double click on the page's text (the caret with the keyboard, to type). A plain click or a
 * selected frame does not: staff who hid the panel to lay out would have it back on every click.
 */
export function wantsStoryEditor(before: TextFocusState, after: TextFocusState): boolean {
  return after.request !== null && after.request.focus && after.request.seq !== before.request?.seq;
}
