// useSidePanels.ts: the side panels' shown state for Workspace (sidePanels.ts), stored as it
// changes, and the stories panel brought back when the page asks the story editor for the keyboard.
import { useCallback, useEffect, useState } from 'react';
import type { TextFocus } from '../story-editor';
import { loadSidePanels, type SidePanel, type SidePanelsShown, storeSidePanels, wantsStoryEditor } from './sidePanels';

export interface SidePanels {
  readonly shown: SidePanelsShown;
  readonly toggle: (panel: SidePanel) => void;
}

export function useSidePanels(focus: TextFocus): SidePanels {
  const [shown, setShown] = useState(loadSidePanels);
  useEffect(() => storeSidePanels(shown), [shown]);
  useEffect(() => {
    let before = focus.getState();
    return focus.subscribe(() => {
      const after = focus.getState();
      if (wantsStoryEditor(before, after)) setShown((s) => (s.stories ? s : { ...s, stories: true }));
      before = after;
    });
  }, [focus]);
  const toggle = useCallback((panel: SidePanel) => setShown((s) => ({ ...s, [panel]: !s[panel] })), []);
  return { shown, toggle };
}
