// StoriesDock.tsx: the right-hand dock of the layout screen: the stories panel above the story
// editor. Both follow TextFocus: the story open in the editor is marked in the list.
import { type ReactNode, useSyncExternalStore } from 'react';
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
  return (
    <aside className="stories-dock" data-testid="stories-dock">
      <StoriesPanel
        edition={props.edition}
        openStoryId={open}
        onOpen={(storyId) => {
          focus.open(storyId);
          props.onReveal(storyId);
        }}
      />
      <StoryEditor focus={focus} menuOwnsCommands={props.menuOwnsCommands} mac={props.mac} onReveal={props.onReveal} />
    </aside>
  );
}
