// StoriesDock.tsx: the right-hand dock of the layout screen: the stories panel above the story
// editor. Both follow TextFocus: the story open in the editor is marked in the list. Memoised
// on stable props: each panel reads the store itself.
import { memo, type ReactNode, useCallback, useSyncExternalStore } from 'react';
import { StoryEditor, type TextFocus } from '../story-editor';
import { StoriesPanel } from './StoriesPanel';
import './stories.css';

export interface StoriesDockProps {
  readonly focus: TextFocus;
  readonly menuOwnsCommands: boolean;
  readonly mac: boolean;
  readonly onReveal: (storyId: string) => void;
}

export const StoriesDock = memo(function StoriesDock(props: StoriesDockProps): ReactNode {
  const { focus, onReveal } = props;
  const open = useSyncExternalStore(focus.subscribe, () => focus.getState().storyId);
  const onOpen = useCallback(
    (storyId: string) => {
      focus.open(storyId);
      onReveal(storyId);
    },
    [focus, onReveal],
  );
  return (
    <aside className="stories-dock" data-testid="stories-dock">
      <StoriesPanel openStoryId={open} onOpen={onOpen} />
      <StoryEditor focus={focus} menuOwnsCommands={props.menuOwnsCommands} mac={props.mac} onReveal={onReveal} />
    </aside>
  );
});
