import { describe, expect, it } from 'vitest';
import { ALL_SHOWN, parseSidePanels, wantsStoryEditor } from '../../../../src/renderer/panels/sidePanels';
import type { TextFocusState } from '../../../../src/renderer/story-editor';

describe('parseSidePanels: the stored choice of side panels', () => {
  it('reads back what was stored', () => {
    expect(parseSidePanels(JSON.stringify({ pages: false, inspector: true, stories: false }))).toEqual({ pages: false, inspector: true, stories: false });
  });

  it('shows every panel when nothing, or nothing readable, was stored', () => {
    for (const stored of [null, '', '{', 'null', '42', '"pages"']) expect(parseSidePanels(stored), String(stored)).toEqual(ALL_SHOWN);
  });

  it('hides only a panel stored as hidden (false), so a panel added later starts shown', () => {
    expect(parseSidePanels(JSON.stringify({ pages: false, inspector: 'no' }))).toEqual({ pages: false, inspector: true, stories: true });
  });
});

describe('wantsStoryEditor: when the page brings the hidden stories panel back', () => {
  const idle: TextFocusState = { storyId: 's1', ranges: [], request: null, find: null };
  const request = (seq: number, focus: boolean): TextFocusState => ({ ...idle, request: { seq, storyId: 's1', paragraphId: 'p1', start: 3, end: 3, focus } });

  it('on a double click on the text (the caret with the keyboard)', () => {
    expect(wantsStoryEditor(idle, request(1, true))).toBe(true);
    expect(wantsStoryEditor(request(1, false), request(2, true))).toBe(true);
  });

  it('not on a plain click, a story opened by selecting its frame, or the same request seen again', () => {
    expect(wantsStoryEditor(idle, request(1, false))).toBe(false);
    expect(wantsStoryEditor(idle, { ...idle, storyId: 's2' })).toBe(false);
    expect(wantsStoryEditor(request(1, true), { ...request(1, true), ranges: [] })).toBe(false);
  });
});
