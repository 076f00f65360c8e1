// StoriesDock.tsx: the right-hand dock of the layout screen: the stories panel above the story
// editor. Both follow TextFocus: the story open in the editor is marked in the list. The list
// renders from a deferred edition, so typing repaints the page before the counts catch up.
import { type ReactNode, useDeferredValue, useMemo, useSyncExternalStore } from 'react';
import type { Edition } from '../../shared/model';
import { StoryEditor, type TextFocus } from '../story-editor';
import { StoriesPanel } from './StoriesPanel';
import './stories.css';

export interface StoriesDockProps {
  readonly edition: Edition;
  readonly focus: TextFocus;
  readonly menuOwnsCommands: boolean;
  readonly mac: boolean;
  readonly onReveal: (storyId: string) => void;
}

export function StoriesDock(props: StoriesDockProps): ReactNode {
  const { focus } = props;
  const open = useSyncExternalStore(focus.subscribe, () => focus.getState().storyId);
  const listed = useDeferredValue(props.edition);
  const { onReveal } = props;
  const list = useMemo(
    () => (
      <StoriesPanel
        edition={listed}
        openStoryId={open}
        onOpen={(storyId) => {
          focus.open(storyId);
          onReveal(storyId);
        }}
      />
    ),
    [listed, open, focus, onReveal],
  );
  return (
    <aside className="stories-dock" data-testid="stories-dock">
      {list}
      <StoryEditor focus={focus} menuOwnsCommands={props.menuOwnsCommands} mac={props.mac} onReveal={props.onReveal} />
    </aside>
  );
}
