import { describe, expect, it } from 'vitest';
import { PARAGRAPH_STYLE_KEYS, STORY_SHORTCUTS, storyShortcut } from '../../../../src/renderer/story-editor/shortcuts';
import { CharacterStyleIds, ParagraphStyleIds as P } from '../../../../src/shared/model';

const key = (over: Partial<KeyboardEvent>): Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'> => ({ key: '', code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...over });

describe('storyShortcut', () => {
  it('maps Mod+1…8 (and Mod+Alt+1…8) to 引题 … 转版', () => {
    expect(PARAGRAPH_STYLE_KEYS).toEqual([P.kicker, P.headline, P.subhead, P.byline, P.body, P.crosshead, P.caption, P.jump]);
    PARAGRAPH_STYLE_KEYS.forEach((styleId, i) => {
      expect(storyShortcut(key({ key: String(i + 1), code: `Digit${i + 1}`, ctrlKey: true }), false)).toEqual({ kind: 'paragraphStyle', styleId });
      expect(storyShortcut(key({ key: '¡', code: `Digit${i + 1}`, ctrlKey: true, altKey: true }), false)).toEqual({ kind: 'paragraphStyle', styleId });
    });
    expect(storyShortcut(key({ key: '9', code: 'Digit9', ctrlKey: true }), false)).toBeNull();
  });

  it('maps Mod+B to bold and Mod+Shift+E to emphasis, with Cmd on a Mac', () => {
    expect(storyShortcut(key({ key: 'b', ctrlKey: true }), false)).toEqual({ kind: 'charStyle', styleId: CharacterStyleIds.bold });
    expect(storyShortcut(key({ key: 'E', shiftKey: true, ctrlKey: true }), false)).toEqual({ kind: 'charStyle', styleId: CharacterStyleIds.emphasis });
    expect(storyShortcut(key({ key: 'E', shiftKey: true, metaKey: true }), true)).toEqual({ kind: 'charStyle', styleId: CharacterStyleIds.emphasis });
    expect(storyShortcut(key({ key: 'b', ctrlKey: true }), true)).toBeNull();
  });

  it('opens find with Mod+F and find and replace with Mod+H, and leaves other keys alone', () => {
    expect(storyShortcut(key({ key: 'f', ctrlKey: true }), false)).toEqual({ kind: 'find', replace: false });
    expect(storyShortcut(key({ key: 'h', ctrlKey: true }), false)).toEqual({ kind: 'find', replace: true });
    expect(storyShortcut(key({ key: 'z', ctrlKey: true }), false)).toBeNull();
    expect(storyShortcut(key({ key: 'e', ctrlKey: true }), false)).toBeNull();
    expect(storyShortcut(key({ key: 'b' }), false)).toBeNull();
  });

  it('lists every shortcut it handles for the help panel', () => {
    expect(STORY_SHORTCUTS.map(([keys]) => keys.split(' ')[0])).toEqual(['Mod+1', 'Mod+2', 'Mod+3', 'Mod+4', 'Mod+5', 'Mod+6', 'Mod+7', 'Mod+8', 'Mod+B', 'Mod+Shift+E', 'Mod+F', 'Mod+H']);
  });
});
