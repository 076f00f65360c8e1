import { describe, expect, it, vi } from 'vitest';
import { TextFocus } from '../../../../src/renderer/story-editor/textFocus';

describe('TextFocus', () => {
  it('opens a story, forgetting the selection of the one before', () => {
    const focus = new TextFocus();
    focus.open('s1');
    focus.select([{ storyId: 's1', paragraphId: 'p', start: 1, end: 3 }]);
    expect(focus.getRanges()).toHaveLength(1);
    focus.open('s2');
    expect(focus.getState()).toMatchObject({ storyId: 's2', ranges: [], request: null });
  });

  it('asks for the caret at a place, each request new even at the same place', () => {
    const focus = new TextFocus();
    focus.openAt({ storyId: 's1', paragraphId: 'p', start: 4 }, false);
    const first = focus.getState().request;
    focus.openAt({ storyId: 's1', paragraphId: 'p', start: 4 }, true);
    const second = focus.getState().request;
    expect(first).toMatchObject({ storyId: 's1', paragraphId: 'p', start: 4, end: 4, focus: false });
    expect(second?.seq).toBeGreaterThan(first?.seq ?? 0);
    expect(second?.focus).toBe(true);
  });

  it('tells subscribers about changes, but not about a selection that did not move', () => {
    const focus = new TextFocus();
    const listener = vi.fn();
    focus.subscribe(listener);
    focus.select([{ storyId: 's', paragraphId: 'p', start: 0, end: 0 }]);
    focus.select([{ storyId: 's', paragraphId: 'p', start: 0, end: 0 }]);
    focus.open(null);
    expect(listener).toHaveBeenCalledTimes(1);
    focus.showFind(true);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(focus.getState().find?.replace).toBe(true);
  });
});
